// The language features on a sample, through VS Code's own commands (the
// same path as a user's hover, F12, outline and colouring).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openArticle, positionOf } from './helpers';

const SUMMIT = 'articles/summit-report.txt';
const COURT = 'articles/court-report.txt';

/** Semantic tokens decoded into { text, type, modifiers }. */
async function semanticTokens(document: vscode.TextDocument) {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
    'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
    'vscode.provideDocumentSemanticTokens',
    document.uri,
  );
  assert.ok(legend && tokens, 'the server provides semantic tokens');
  const out: { text: string; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let char = 0;
  const d = tokens.data;
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const start = new vscode.Position(line, char);
    const text = document.getText(new vscode.Range(start, start.translate(0, d[i + 2])));
    const modifiers = legend.tokenModifiers.filter((_, bit) => (d[i + 4] & (1 << bit)) !== 0);
    out.push({ text, type: legend.tokenTypes[d[i + 3]], modifiers });
  }
  return { legend, tokens: out };
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

suite('language features', () => {
  test('hover on a date shows a date card', async () => {
    const document = await openArticle(SUMMIT);
    const text = await hoverText(document, positionOf(document, 'on Tuesday', 5));
    assert.match(text, /date/i, text);
    assert.match(text, /Tuesday/, text);
  });

  test('hover on an amount shows the amount and its currency', async () => {
    const document = await openArticle(SUMMIT);
    const text = await hoverText(document, positionOf(document, 'US$1.4 billion', 4));
    assert.match(text, /USD/, text);
    assert.match(text, /1[.,]?4|1,400,000,000|1400000000/, text);
  });

  test('hover on a person names the person', async () => {
    const document = await openArticle(SUMMIT);
    const text = await hoverText(document, positionOf(document, 'Halvorsen said', 2));
    assert.match(text, /person/i, text);
    assert.match(text, /Ingrid Halvorsen/, text);
  });

  test('hover on a sentence with two reporting verbs lists the second attribution', async () => {
    const document = await openArticle(SUMMIT);
    const text = await hoverText(document, positionOf(document, 'a shared coastguard fleet', 4));
    assert.match(text, /Sourced/, text);
    assert.match(text, /Also attributed in this sentence/, text);
    assert.match(text, /called for/, text);
  });

  test('definition from a surname goes to the full name', async () => {
    const document = await openArticle(SUMMIT);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'Koskinen is expected', 3),
    );
    assert.ok(locations.length > 0, 'a definition');
    const first = locations[0];
    const range = 'targetRange' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.match(document.getText(range), /Matti Koskinen/);
  });

  test('definition from a title and surname ("Mr Reyes") goes to Daniel Reyes', async () => {
    const document = await openArticle(COURT);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'Mr Reyes', 4),
    );
    assert.ok(locations.length > 0, 'a definition');
    const first = locations[0];
    const range = 'targetRange' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.match(document.getText(range), /Daniel Reyes/);
  });

  test('definition from a pronoun ("he told reporters") goes to Matti Koskinen', async () => {
    const document = await openArticle(SUMMIT);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'he told reporters', 0),
    );
    assert.ok(locations.length > 0, 'a definition');
    const first = locations[0];
    const range = 'targetRange' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.match(document.getText(range), /Matti Koskinen/);
  });

  test('"Show the analysis as JSON" opens the SCHEMA.md JSON of the article', async () => {
    await openArticle(SUMMIT);
    await vscode.commands.executeCommand('marginalia.showAnalysis');
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.languageId, 'json');
    const json = JSON.parse(shown.getText()) as { file?: string; entities?: { type: string; text: string }[] };
    assert.equal(json.file, 'summit-report.txt');
    assert.ok(json.entities?.some((e) => e.type === 'money' && e.text === 'US$1.4 billion'), 'the amount is in the JSON');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('references list every mention of an actor', async () => {
    const document = await openArticle(SUMMIT);
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'Halvorsen said', 2),
    );
    const texts = references.map((r) => document.getText(r.range));
    assert.ok(texts.some((t) => /Ingrid Halvorsen/.test(t)), texts.join(' | '));
    assert.ok(references.length >= 2, texts.join(' | '));
  });

  test('document symbols list the entities grouped by type', async () => {
    const document = await openArticle(SUMMIT);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.ok(symbols.length > 0, 'some symbols');
    const names = flatten(symbols).map((s) => s.name);
    assert.ok(names.some((n) => /Tuesday/.test(n)), names.join(' | '));
    assert.ok(names.some((n) => /US\$1\.4 billion/.test(n)), names.join(' | '));
    assert.ok(symbols.some((s) => s.children.length > 0), 'grouped: a top-level symbol has children');
  });

  test('semantic tokens: the contributed legend and typed tokens', async () => {
    const document = await openArticle(SUMMIT);
    const { legend, tokens } = await semanticTokens(document);
    assert.deepEqual(legend.tokenTypes.slice(0, 10), [
      'person', 'organization', 'place', 'nationality', 'date', 'money', 'percent', 'event', 'work', 'quantity',
    ]);
    assert.deepEqual(legend.tokenModifiers.slice(0, 2), ['definition', 'unsourced']);
    const typeOf = (text: string) => tokens.find((t) => t.text.includes(text))?.type;
    assert.equal(typeOf('Tuesday'), 'date');
    assert.equal(typeOf('1.4 billion'), 'money');
    assert.equal(typeOf('38 per cent'), 'percent');
    assert.equal(typeOf('Halvorsen'), 'person');
  });
});
