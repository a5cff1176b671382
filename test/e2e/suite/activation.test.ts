// Which files light up: the article language, the include globs, the
// "Read this file as an article" command, and not a code project's README.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, extensionId, file, marginaliaDiagnostics, openArticle, waitFor } from './helpers';
import { note } from './index';

suite('activation and article selection', () => {
  // First test of the first file: nothing is open yet.
  test('a README.md alone activates the extension but starts no server', async () => {
    const readme = await vscode.workspace.openTextDocument(file('README.md'));
    await vscode.window.showTextDocument(readme);
    const marginalia = await api();
    await marginalia.idle();
    const open = vscode.workspace.textDocuments.filter((d) => marginalia.isArticle(d)).map((d) => d.uri.path);
    assert.deepEqual(open, [], 'precondition: no article is open yet');
    assert.equal(marginalia.isRunning(), false, 'no language server for a code project');
  });

  test('an .article file is an article and gets analysed', async () => {
    const document = await openArticle('election-explainer.article');
    assert.equal(document.languageId, 'article');
    const marginalia = await api();
    assert.ok(marginalia.isRunning(), 'the server runs once an article is open');
    assert.equal(marginalia.status(document.uri)?.state, 'ready');
  });

  test('a .txt under articles/ matches the default include globs', async () => {
    const document = await openArticle('articles/summit-report.txt');
    assert.equal(document.languageId, 'plaintext');
    assert.ok((await api()).isArticle(document));
  });

  test('a .txt matched by the include globs of a .marginalia.json is an article', async () => {
    const document = await openArticle('newsroom/desk/story.txt');
    assert.ok((await api()).isArticle(document));
  });

  test("a code project's README.md and LICENSE.txt do not light up", async () => {
    const marginalia = await api();
    const readme = await vscode.workspace.openTextDocument(file('README.md'));
    await vscode.window.showTextDocument(readme);
    const licence = await vscode.workspace.openTextDocument(file('LICENSE.txt'));
    assert.equal(marginalia.isArticle(readme), false);
    assert.equal(marginalia.isArticle(licence), false);
    // Barrier: an article opened after them is analysed; had the README been
    // sent to the server, its status would have come first.
    await openArticle('articles/court-report.txt');
    assert.equal(marginalia.status(readme.uri), undefined, 'no analysis status for README.md');
    assert.equal(marginalia.status(licence.uri), undefined, 'no analysis status for LICENSE.txt');
    assert.deepEqual(marginaliaDiagnostics(readme.uri), []);
  });

  test('"Read this file as an article" switches a file and the server reads it', async () => {
    const marginalia = await api();
    const document = await vscode.workspace.openTextDocument(file('drafts/switch-me.txt'));
    await vscode.window.showTextDocument(document);
    assert.equal(marginalia.isArticle(document), false, 'drafts/ is not matched by default');
    const ready = waitFor(
      marginalia.onStatus,
      (s) => s.uri === document.uri.toString() && s.state === 'ready',
      'the analysis of the switched file',
    );
    await vscode.commands.executeCommand('marginalia.readAsArticle');
    await ready;
    const switched = vscode.window.activeTextEditor?.document;
    assert.equal(switched?.languageId, 'article');
    assert.ok(switched && marginalia.isArticle(switched));
  });

  test('the extension under test is the one the runner meant (folder or installed .vsix)', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    const expected = process.env.MARGINALIA_E2E_EXTENSION_ROOT;
    note(`extension loaded from ${extension.extensionPath}`);
    if (expected) assert.ok(extension.extensionPath.startsWith(expected), `${extension.extensionPath} is under ${expected}`);
    else assert.ok(extension.packageJSON.contributes.semanticTokenTypes.length >= 10);
  });

  test('activation time is logged and within budget', async () => {
    const ms = await vscode.commands.executeCommand<number>('marginalia.activationTime');
    assert.equal(typeof ms, 'number');
    assert.ok(ms > 0 && ms <= 300, `activation took ${ms} ms (budget 300 ms)`);
    note(`activation time: ${ms.toFixed(1)} ms`);
    // For the runner's summary and the benchmark (test-artifacts/activation.json).
    const out = process.env.MARGINALIA_E2E_RUN_DIR;
    if (out) writeFileSync(join(out, 'activation.json'), JSON.stringify({ activationMs: ms }) + '\n');
  });
});
