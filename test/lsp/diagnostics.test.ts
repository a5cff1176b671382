/**
 * Protocol tests of the unsourced-claim diagnostics on the real server: they
 * appear on open, move with edits, and go away when a quick fix inserts a
 * source or marks the sentence sourced. Per-document settings are asked
 * with the document as scopeUri; a bad setting is reported once.
 */
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { articleUri, TestServer } from './client';

const FIGURES = 'Northwind Mining, the largest copper producer in Chile, earned US$2.4 billion in 2025.';
const QUOTE = 'Maria Lopez, the chief executive, said the company would hire 300 workers next year.';
const TEXT = `${FIGURES}\n\n${QUOTE}\n`;

let server: TestServer;

before(async () => {
  server = await TestServer.start();
});
after(async () => {
  await server.stop();
});

/** The diagnostic whose range starts at the first character of `sentence` in `doc`. */
function on(doc: TextDocument, diagnostics: Diagnostic[], sentence: string): Diagnostic | undefined {
  const start = doc.positionAt(doc.getText().indexOf(sentence));
  return diagnostics.find((d) => d.code === 'claim.unsourced' && d.range.start.line === start.line && d.range.start.character === start.character);
}

/** Sends `edits` as one incremental didChange and applies them to the local copy. */
async function change(uri: string, doc: TextDocument, edits: TextEdit[]): Promise<{ doc: TextDocument; since: number }> {
  const since = server.mark();
  const next = TextDocument.create(uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, edits));
  // Incremental changes apply one after another: send them last-first so earlier ranges stay valid.
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  await server.notify('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })) });
  return { doc: next, since };
}

async function quickFix(uri: string, diagnostic: Diagnostic, title: RegExp): Promise<TextEdit[]> {
  const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `a quick fix ${title} among ${actions.map((a) => a.title).join(' | ')}`);
  assert.deepEqual(action.diagnostics, [diagnostic]);
  return action.edit?.changes?.[uri] ?? [];
}

test('an unsourced figure carries a warning that says why; the attributed sentence does not', async () => {
  const uri = articleUri('figures.txt');
  const doc = TextDocument.create(uri, 'plaintext', 1, TEXT);
  const since = await server.open(uri, TEXT, 'plaintext');
  const { diagnostics } = await server.diagnostics(uri, since);
  const figures = on(doc, diagnostics, FIGURES);
  assert.ok(figures, JSON.stringify(diagnostics));
  assert.equal(figures.severity, 2);
  assert.equal(figures.source, 'marginalia');
  assert.match(String(figures.message), /^Unsourced claim: states .*an amount: US\$2\.4 billion/);
  assert.match(String(figures.message), /largest/);
  assert.equal(on(doc, diagnostics, QUOTE), undefined);
  // Settings were asked for this document, by its URI.
  assert.ok(server.configurationRequests.some((item) => item.scopeUri === uri && item.section === 'marginalia'));
});

test('diagnostics move with an edit above them, then clear when the sentence is marked sourced', async () => {
  const uri = articleUri('moving.txt');
  let doc = TextDocument.create(uri, 'plaintext', 1, TEXT);
  const opened = await server.open(uri, TEXT, 'plaintext');
  const first = on(doc, (await server.diagnostics(uri, opened)).diagnostics, FIGURES);
  assert.equal(first?.range.start.line, 0);

  let since: number;
  ({ doc, since } = await change(uri, doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Copper is mined in the north.\n\n' }]));
  const moved = await server.diagnostics(uri, since, (_d, p) => p.version === 2);
  const now = on(doc, moved.diagnostics, FIGURES);
  assert.equal(now?.range.start.line, 2, 'two lines down');
  assert.equal(now?.message, first?.message);

  const edits = await quickFix(uri, now, /^Mark as sourced/);
  ({ doc, since } = await change(uri, doc, edits));
  assert.match(doc.getText(), /in 2025\. <!-- marginalia: sourced -- reason -->/);
  const cleared = await server.diagnostics(uri, since, (_d, p) => p.version === 3);
  assert.equal(on(doc, cleared.diagnostics, FIGURES), undefined);
});

test('in Markdown, "Insert source…" adds a link inside the sentence and the diagnostic goes away', async () => {
  const uri = articleUri('linked.md');
  const original = TextDocument.create(uri, 'markdown', 1, TEXT);
  const opened = await server.open(uri, TEXT, 'markdown');
  const flagged = on(original, (await server.diagnostics(uri, opened)).diagnostics, FIGURES);
  assert.ok(flagged);
  const edits = await quickFix(uri, flagged, /^Insert source… \(Markdown link/);
  const { doc, since } = await change(uri, original, edits);
  assert.ok(doc.getText().startsWith(FIGURES.replace('2025.', '2025 [source](https://).')));
  const after = await server.diagnostics(uri, since, (_d, p) => p.version === 2);
  assert.equal(on(doc, after.diagnostics, FIGURES), undefined, JSON.stringify(after.diagnostics));
});

test('a bad setting is reported once, never fatal; levels from settings apply', async () => {
  const other = await TestServer.start({ settings: { diagnostics: { high: 'loud', medium: 'none' }, maxFileSizeMB: 'big' } });
  try {
    const a = articleUri('bad-settings-a.txt');
    const b = articleUri('bad-settings-b.txt');
    const sinceA = await other.open(a, TEXT, 'plaintext');
    const published = await other.diagnostics(a, sinceA);
    assert.equal(on(TextDocument.create(a, 'plaintext', 1, TEXT), published.diagnostics, FIGURES)?.severity, 2, 'falls back to warning');
    const sinceB = await other.open(b, TEXT, 'plaintext');
    await other.diagnostics(b, sinceB);
    const messages = other.all<{ type: number; message: string }>('window/showMessage').map((m) => m.message);
    assert.equal(messages.filter((m) => /marginalia\.diagnostics\.high is "loud"/.test(m)).length, 1, messages.join('\n'));
    assert.equal(messages.filter((m) => /marginalia\.maxFileSizeMB is "big"/.test(m)).length, 1);
    const logs = other.all<{ message: string }>('window/logMessage').map((m) => m.message);
    assert.ok(logs.some((m) => /Setting ignored: marginalia\.diagnostics\.high/.test(m)));
  } finally {
    await other.stop();
  }
});

test('changed settings re-publish every open document under the new levels', async () => {
  const uri = articleUri('levels.txt');
  const doc = TextDocument.create(uri, 'plaintext', 1, TEXT);
  const opened = await server.open(uri, TEXT, 'plaintext');
  assert.equal(on(doc, (await server.diagnostics(uri, opened)).diagnostics, FIGURES)?.severity, 2);
  server.settings = { diagnostics: { high: 'error' } };
  try {
    const since = server.mark();
    await server.notify('workspace/didChangeConfiguration', { settings: null });
    const republished = await server.diagnostics(uri, since);
    assert.equal(on(doc, republished.diagnostics, FIGURES)?.severity, 1);
  } finally {
    server.settings = {};
  }
});
