// Unsourced claims in the Problems list, none on attributed sentences, and a
// code action that edits the file and clears its diagnostic.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, openArticle, positionOf } from './helpers';

const unsourced = (ds: readonly vscode.Diagnostic[]) =>
  ds.filter((d) => d.source === 'marginalia' && codeOf(d) === 'claim.unsourced');

/** The unsourced-claim diagnostic whose range holds `needle`, if any. */
function onSentence(document: vscode.TextDocument, ds: readonly vscode.Diagnostic[], needle: string) {
  const at = positionOf(document, needle);
  return unsourced(ds).find((d) => d.range.contains(at));
}

suite('diagnostics and code actions', () => {
  test('an unsourced claim with an amount is flagged; attributed sentences are not', async () => {
    const document = await openArticle('articles/summit-report.txt');
    const ds = await diagnosticsWhere(document.uri, (d) => unsourced(d).length > 0, 'unsourced-claim diagnostics');
    assert.ok(onSentence(document, ds, 'Norway spent US$1.4 billion'), 'the Norway spending sentence is flagged');
    assert.equal(onSentence(document, ds, 'Halvorsen said the region'), undefined, '"Halvorsen said" is attributed');
    assert.equal(onSentence(document, ds, 'he told reporters'), undefined, '"he told reporters" is attributed');
    for (const d of unsourced(ds)) assert.match(d.message, /\S/, 'a message for the reader');
  });

  test('a quick fix on an unsourced claim edits the file and clears the diagnostic', async () => {
    const document = await openArticle('articles/court-report.txt');
    const needle = 'Council tax in the town rose 11.5 percent';
    const ds = await diagnosticsWhere(
      document.uri,
      (d) => onSentence(document, d, needle) !== undefined,
      'the council-tax claim to be flagged',
    );
    const diagnostic = onSentence(document, ds, needle);
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.diagnostics?.some((d) => codeOf(d) === 'claim.unsourced') || /sourced/i.test(a.title));
    assert.ok(fix, `a quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const before = document.getText();
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.notEqual(document.getText(), before, 'the document changed');
    assert.match(document.getText(), /marginalia:\s*sourced/, 'a sourced directive was inserted');
    await diagnosticsWhere(
      document.uri,
      (d) => onSentence(document, d, needle) === undefined,
      'the diagnostic to go once the claim is marked sourced',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

suite('long articles', () => {
  test('a long article (analysed in the server worker) gets its diagnostics and hover cards', async () => {
    // About 400,000 characters: above the 200,000 at which the server hands the analysis to its worker thread.
    const paragraph = 'Northwind Mining, the largest copper producer in Chile, earned US$2.4 billion in 2025. Maria Lopez, the chief executive, said the company would hire 300 workers next year.\n\n';
    const text = paragraph.repeat(Math.ceil(400_000 / paragraph.length));
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'articles', 'long-article.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await openArticle('articles/long-article.txt');
    const ds = await diagnosticsWhere(document.uri, (d) => unsourced(d).length > 0, 'the long article to be flagged');
    const last = document.positionAt(text.lastIndexOf('Northwind Mining'));
    assert.ok(unsourced(ds).some((d) => d.range.start.isEqual(last)), 'the last paragraph is flagged at the right place');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, last.translate(0, 2));
    const card = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(card, /Northwind Mining/, card);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
