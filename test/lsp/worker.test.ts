/**
 * Long articles are analysed in a worker thread of the real server: other
 * documents stay answerable meanwhile, the results land at the right
 * positions, and a result for a version edited in the meantime is dropped.
 * The threshold is lowered through MARGINALIA_WORKER_MIN_CHARS so a few
 * hundred kilobytes go to the worker.
 */
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { join } from 'node:path';
import { articleUri, repoRoot, TestServer } from './client';

const PARAGRAPH =
  'Northwind Mining, the largest copper producer in Chile, earned US$2.4 billion in 2025. Maria Lopez, the chief executive, said the company would hire 300 workers next year. Exports from the port of Velden rose 12% in March.\n\n';
/** About 800 KB: long enough that its analysis outlasts a small document's, even on a fast machine. */
const LONG = PARAGRAPH.repeat(Math.ceil(800_000 / PARAGRAPH.length));
const SHORT = 'Rents in Porto rose 9% in 2024, the highest rise in Europe.\n';

let server: TestServer;

before(async () => {
  server = await TestServer.start({ env: { MARGINALIA_WORKER_MIN_CHARS: '20000' } });
});
after(async () => {
  await server.stop();
});

test('while a long article is analysed in the worker, a short one is answered first', { timeout: 120_000 }, async () => {
  const long = articleUri('worker-long.txt');
  const short = articleUri('worker-short.txt');
  const since = await server.open(long, LONG);
  await server.open(short, SHORT);
  const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: short }, position: { line: 0, character: 1 } });
  assert.ok(hover, 'the short document has a claim card');
  const longDiagnosticsSoFar = server.all<PublishDiagnosticsParams>('textDocument/publishDiagnostics').filter((p) => p.uri === long);
  assert.equal(longDiagnosticsSoFar.length, 0, 'the short document did not wait for the long one');
  // The long one arrives in the end, with diagnostics where its sentences are.
  const published = await server.diagnostics(long, since);
  const doc = TextDocument.create(long, 'article', 1, LONG);
  const lastFigures = LONG.lastIndexOf('Northwind Mining');
  assert.ok(
    published.diagnostics.some((d) => d.code === 'claim.unsourced' && doc.offsetAt(d.range.start) === lastFigures),
    'the last paragraph carries its diagnostic at the right position',
  );
  const card = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: long }, position: doc.positionAt(lastFigures + 2) });
  assert.match(JSON.stringify(card?.contents ?? ''), /Northwind Mining/);
});

test('an edit during the background analysis wins: only the new version is published', { timeout: 120_000 }, async () => {
  const uri = articleUri('worker-edit.txt');
  const since = await server.open(uri, LONG);
  // Wait until the worker has it, then edit: the old result must not be published.
  await server.status(uri, ['analyzing'], since);
  const edited = `Headline of the new version.\n\n${LONG}`;
  await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
  const published = await server.diagnostics(uri, since);
  assert.equal(published.version, 2, 'the first diagnostics published are for the edited version');
  const doc = TextDocument.create(uri, 'article', 2, edited);
  assert.ok(published.diagnostics.every((d) => doc.getText(d.range).length > 0 && edited.slice(doc.offsetAt(d.range.start)).startsWith(doc.getText(d.range))));
  assert.ok(published.diagnostics.some((d) => doc.offsetAt(d.range.start) === edited.indexOf('Northwind Mining')));
});

test('`marginalia lsp --stdio` starts its worker from the CLI entry and analyses a long article there', { timeout: 120_000 }, async () => {
  const cli = await TestServer.start({ args: [join(repoRoot, 'bin', 'marginalia.js'), 'lsp', '--stdio'], env: { MARGINALIA_WORKER_MIN_CHARS: '1000' } });
  try {
    const uri = articleUri('worker-cli.txt');
    const text = PARAGRAPH.repeat(20);
    const since = await cli.open(uri, text);
    const published = await cli.diagnostics(uri, since);
    const doc = TextDocument.create(uri, 'article', 1, text);
    assert.ok(published.diagnostics.some((d) => d.code === 'claim.unsourced' && doc.offsetAt(d.range.start) === text.lastIndexOf('Northwind')));
  } finally {
    assert.equal(await cli.stop(), 0);
  }
});
