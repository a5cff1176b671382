/**
 * Protocol tests against the real bundled server (dist/server.js --stdio):
 * lifecycle, hover, semantic tokens, document symbols, the analysis request,
 * incremental changes, skipped documents and malformed requests. Every wait
 * is on a message from the server, never a timer.
 */
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { articleUri, TestServer } from './client';

const ARTICLE = [
  'Northwind Mining reported record profits on Monday.',
  '',
  'Northwind Mining, the largest copper producer in Chile, earned US$2.4 billion in 2025, up 18 per cent from a year earlier.',
  '',
  'Chief executive Maria Lopez said the company would expand its smelter in Antofagasta. Lopez told analysts that demand from China remained strong.',
  '',
].join('\n');

/** Line and character of the first occurrence of `needle` (plus `delta` characters). */
function at(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `fixture holds ${needle}`);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Decodes LSP relative semantic tokens into absolute ones. */
function decode(tokens: SemanticTokens, legend: string[]): { line: number; character: number; length: number; type: string; modifiers: number }[] {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, modifiers] = tokens.data.slice(i, i + 5);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push({ line, character, length, type: legend[type], modifiers });
  }
  return out;
}

let server: TestServer;
const uri = articleUri('northwind.txt');

before(async () => {
  server = await TestServer.start();
});
after(async () => {
  await server.stop();
});

test('initialize announces the features and the INTERFACES.md token legend', () => {
  const capabilities = server.initializeResult?.capabilities;
  assert.ok(capabilities);
  assert.deepEqual(capabilities.semanticTokensProvider?.legend, {
    tokenTypes: ['person', 'organization', 'place', 'nationality', 'date', 'money', 'percent', 'event', 'work', 'quantity'],
    tokenModifiers: ['definition', 'unsourced'],
  });
  assert.equal(capabilities.positionEncoding, 'utf-16');
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
  for (const feature of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'codeActionProvider'] as const) {
    assert.ok(capabilities[feature], feature);
  }
  assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
});

test('didOpen publishes diagnostics and a ready status for the opened version', async () => {
  const since = await server.open(uri, ARTICLE);
  const status = await server.status(uri, ['ready', 'skipped', 'error'], since);
  assert.equal(status.state, 'ready', status.message);
  assert.ok(status.counts && status.counts.claims >= 4, `claims counted: ${JSON.stringify(status.counts)}`);
  const published = await server.diagnostics(uri, since);
  assert.equal(published.version, 1);
  for (const d of published.diagnostics) assert.equal(d.source, 'marginalia');
});

test('marginalia/analysisJson returns the SCHEMA.md JSON of the open document', async () => {
  const json = await server.request<SchemaJson>('marginalia/analysisJson', { uri });
  assert.equal(json.version, 1);
  assert.equal(json.file, 'northwind.txt');
  for (const e of json.entities) assert.equal(ARTICLE.slice(e.start, e.end), e.text);
  assert.ok(json.entities.some((e) => e.type === 'money' && e.text === 'US$2.4 billion'), 'the amount is an entity');
  assert.equal(await server.request('marginalia/analysisJson', { uri: articleUri('not-open.txt') }), null);
});

test('hover on an amount shows its type, normalised value and count', async () => {
  const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(ARTICLE, 'US$2.4 billion', 3) });
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /Amount of money/);
  assert.match(value, /2,400,000,000 USD/);
  assert.match(value, /Occurs once/);
  assert.deepEqual(hover.range?.start, at(ARTICLE, 'US$2.4 billion'));
});

test('hover on a plain word of a sentence shows the claim card; past the text there is none', async () => {
  const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(ARTICLE, 'reported') });
  assert.match((hover.contents as { value: string }).value, /\*\*Claim\*\* · check-worthiness/);
  assert.equal(await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } }), null);
});

test('semantic tokens (full and range) mark the amount, the percentage and the date', async () => {
  const legend = server.initializeResult?.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
  const full = decode(await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } }), legend);
  const money = at(ARTICLE, 'US$2.4 billion');
  assert.ok(full.some((t) => t.type === 'money' && t.line === money.line && t.character === money.character && t.length === 'US$2.4 billion'.length));
  const percent = at(ARTICLE, '18 per cent');
  assert.ok(full.some((t) => t.type === 'percent' && t.line === percent.line && t.character === percent.character));
  assert.ok(full.some((t) => t.type === 'date' && t.line === 0), 'Monday is a date');
  const range = decode(
    await server.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
    }),
    legend,
  );
  assert.ok(range.length > 0 && range.every((t) => t.line === 2), 'only line 2 tokens');
  assert.ok(range.length < full.length);
});

test('document symbols: actors first (when found), then entities grouped by type', async () => {
  const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const names = symbols.map((s) => s.name);
  const json = await server.request<SchemaJson>('marginalia/analysisJson', { uri });
  if (json.actors.length) assert.equal(names[0], 'Actors');
  const amounts = symbols.find((s) => s.name === 'Amounts');
  assert.deepEqual(amounts?.children?.map((c) => c.name), ['US$2.4 billion']);
  assert.ok(names.includes('Percentages') && names.includes('Dates'), names.join(', '));
  for (const s of symbols) for (const c of s.children ?? []) assert.ok(c.range.start.line >= s.range.start.line && c.range.end.line <= s.range.end.line);
});

test('didChange (incremental) re-analyses only the new version', async () => {
  const since = server.mark();
  const figure = ARTICLE.split('\n')[2].indexOf('2.4');
  // Insert a sentence at the start of line 0, then change a figure in the same batch of edits.
  await server.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Copper rose 5% on Friday.\n\n' },
      { range: { start: { line: 4, character: figure }, end: { line: 4, character: figure + 3 } }, text: '3.1' },
    ],
  });
  const published = await server.diagnostics(uri, since);
  assert.equal(published.version, 2, 'diagnostics carry the new version');
  const json = await server.request<SchemaJson>('marginalia/analysisJson', { uri });
  assert.ok(json.entities.some((e) => e.type === 'money' && e.text === 'US$3.1 billion'), JSON.stringify(json.entities.map((e) => e.text)));
  assert.ok(json.entities.some((e) => e.type === 'percent' && e.text === '5%'));
  // Versions 1 and 2 were published once each: the older one was never republished after the change.
  const versions = server.all<{ uri: string; version?: number }>('textDocument/publishDiagnostics').filter((p) => p.uri === uri).map((p) => p.version);
  assert.deepEqual(versions, [1, 2]);
});

test('a burst of edits is analysed once, for the last version', async () => {
  const since = server.mark();
  for (let version = 3; version <= 6; version++) {
    await server.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }],
    });
  }
  // Asked before the pause is over, the server answers for the last version, not an older one.
  const json = await server.request<SchemaJson>('marginalia/analysisJson', { uri });
  assert.ok(json.claims[0].text.startsWith('XXXXCopper'), json.claims[0].text);
  const published = await server.diagnostics(uri, since);
  assert.equal(published.version, 6);
  const ready = await server.status(uri, ['ready'], since);
  assert.ok(ready);
  const analysed = server.all<{ uri: string; state: string }>('marginalia/status').slice(0).filter((s) => s.uri === uri && s.state === 'analyzing');
  assert.ok(analysed.length <= 3, 'one analysing status per published version');
});

test('a README.md outside the article folders is skipped, not analysed', async () => {
  const readme = 'file:///tmp/marginalia-lsp-test/project/README.md';
  const since = await server.open(readme, '# Tool\n\nRevenue rose 40% in 2025.', 'markdown');
  const status = await server.status(readme, ['ready', 'skipped'], since);
  assert.equal(status.state, 'skipped');
  assert.match(status.message ?? '', /marginalia\.articles\.include/);
  const published = await server.diagnostics(readme, since);
  assert.deepEqual(published.diagnostics, []);
  assert.equal(await server.request('textDocument/hover', { textDocument: { uri: readme }, position: { line: 2, character: 14 } }), null);
});

test('a binary-looking document gets one clear diagnostic and no analysis', async () => {
  const binary = articleUri('blob.txt');
  const since = await server.open(binary, 'PK\u0003\u0004\u0000\u0000garbage', 'plaintext');
  const published = await server.diagnostics(binary, since);
  assert.equal(published.diagnostics.length, 1);
  assert.match(String(published.diagnostics[0].message), /binary/);
  assert.equal((await server.status(binary, ['skipped'], since)).state, 'skipped');
  assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri: binary } }), []);
});

test('a document over marginalia.maxFileSizeMB is not analysed', async () => {
  const big = articleUri('big.txt');
  server.settings = { maxFileSizeMB: 0.001 };
  try {
    const since = await server.open(big, 'Sales rose 4% last year. '.repeat(100), 'plaintext');
    const published = await server.diagnostics(big, since);
    assert.equal(published.diagnostics.length, 1);
    assert.match(String(published.diagnostics[0].message), /over the 0\.001 MB limit/);
  } finally {
    server.settings = {};
  }
});

test('positions survive a BOM, an emoji and CRLF line ends', async () => {
  const odd = articleUri('odd.txt');
  const text = '\uFEFF😀 Sales rose 12% on Tuesday.\r\n\r\nRevenue hit US$5 billion 😀 in 2025.\r\n';
  const since = await server.open(odd, text, 'plaintext');
  await server.status(odd, ['ready'], since);
  // Line 2 starts after two CRLFs; "US$5 billion" is at UTF-16 character 12 of it.
  const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri: odd }, position: { line: 2, character: 13 } });
  assert.match((hover.contents as { value: string }).value, /Amount of money/);
  assert.deepEqual(hover.range, { start: { line: 2, character: 12 }, end: { line: 2, character: 24 } });
  const legend = server.initializeResult?.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
  const tokens = decode(await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: odd } }), legend);
  // BOM (1) + emoji (2) + space: "Sales" at 4, "12%" at 15.
  assert.ok(tokens.some((t) => t.type === 'percent' && t.line === 0 && t.character === 15 && t.length === 3), JSON.stringify(tokens));
  assert.ok(tokens.some((t) => t.type === 'money' && t.line === 2 && t.character === 12 && t.length === 12));
  assert.ok(tokens.some((t) => t.type === 'date' && t.line === 2 && t.character === 31), '2025 after the second emoji');
});

test('malformed requests get empty answers and the server keeps working', async () => {
  const unknown = { textDocument: { uri: 'file:///nowhere.txt' }, position: { line: 0, character: 0 } };
  assert.equal(await server.request('textDocument/hover', unknown), null);
  assert.deepEqual(await server.request('textDocument/definition', unknown), []);
  assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.txt' } }), []);
  const far = { textDocument: { uri }, position: { line: 9999, character: 3 } };
  assert.equal(await server.request('textDocument/hover', far), null);
  assert.deepEqual(await server.request('textDocument/references', { ...far, context: { includeDeclaration: true } }), []);
  assert.equal(await server.request('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 'x' } }), null);
  assert.equal(await server.request('textDocument/hover', { textDocument: { uri } }), null);
  assert.deepEqual(await server.request('textDocument/semanticTokens/full', {}), { data: [] });
  assert.equal(await server.request('marginalia/analysisJson', { uri: 42 }), null);
  // A didOpen without text, a didChange for a document never opened.
  const broken = articleUri('broken.txt');
  const since = server.mark();
  await server.notify('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'plaintext', version: 1 } });
  await server.notify('textDocument/didChange', { textDocument: { uri: articleUri('never-opened.txt'), version: 2 }, contentChanges: [{ text: 'x' }] });
  assert.deepEqual((await server.diagnostics(broken, since)).diagnostics, []);
  // Still alive and answering.
  const json = await server.request<SchemaJson>('marginalia/analysisJson', { uri });
  assert.equal(json.file, 'northwind.txt');
});

test('didClose clears the diagnostics', async () => {
  const since = server.mark();
  await server.notify('textDocument/didClose', { textDocument: { uri } });
  const published = await server.diagnostics(uri, since);
  assert.deepEqual(published.diagnostics, []);
  assert.equal(await server.request('marginalia/analysisJson', { uri }), null);
});

test('shutdown then exit ends the process with code 0', async () => {
  const other = await TestServer.start();
  assert.equal(await other.stop(), 0);
});

