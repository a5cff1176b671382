/**
 * Protocol tests of actor navigation on the real server: definition,
 * references, highlights and rename at every mention the analysis reports
 * (read back through marginalia/analysisJson, so the assertions follow the
 * actors stage), and workspace symbols over articles on disk, checked
 * against the core run directly on the same files.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentHighlight, Location, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/analysis/analyze';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { loadResources } from '../../server/src/host/resources';
import { articleUri, TestServer } from './client';

const STORY = [
  'President Maria Lopez of Northwind Mining visited Santiago on Monday.',
  '',
  'Lopez said the company would hire 300 workers. She added that Northwind Mining expected copper prices to rise.',
  '',
].join('\n');

const uri = articleUri('lopez.txt');
const doc = TextDocument.create(uri, 'plaintext', 1, STORY);
let server: TestServer;
let json: SchemaJson;

const rangeOf = (span: { start: number; end: number }): Range => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });
const key = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

before(async () => {
  server = await TestServer.start();
  const since = await server.open(uri, STORY, 'plaintext');
  await server.status(uri, ['ready'], since);
  json = await server.request<SchemaJson>('marginalia/analysisJson', { uri });
});
after(async () => {
  await server.stop();
});

test('the fixture has actors with several mentions (else the checks below would be empty)', () => {
  assert.ok(json.actors.length > 0, 'actors found');
  assert.ok(json.actors.some((a) => a.mentions.length > 1), JSON.stringify(json.actors));
});

test('definition from every mention lands on its actor\'s definition (or on each candidate\'s)', async () => {
  for (const actor of json.actors) {
    for (const mention of actor.mentions) {
      const locations = await server.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: doc.positionAt(mention.start) });
      assert.ok(
        locations.some((l) => l.uri === uri && key(l.range) === key(rangeOf(actor.definition))),
        `${mention.text}@${mention.start} → ${actor.name}: ${JSON.stringify(locations)}`,
      );
    }
  }
});

test('references list every mention; the declaration only with includeDeclaration', async () => {
  for (const actor of json.actors) {
    const position = doc.positionAt(actor.mentions[actor.mentions.length - 1].start);
    const all = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.deepEqual(all.map((l) => key(l.range)).sort(), actor.mentions.map((m) => key(rangeOf(m))).sort(), actor.name);
    const some = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.ok(!some.some((l) => key(l.range) === key(rangeOf(actor.definition))), `${actor.name} without its declaration`);
    const highlights = await server.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position });
    assert.equal(highlights.length, actor.mentions.length);
  }
});

test('rename from a name changes only name and title mentions; prepareRename refuses pronouns', async () => {
  const actor = json.actors.find((a) => a.mentions.some((m) => m.kind === 'name'));
  assert.ok(actor, 'an actor with a name mention');
  const name = actor.mentions.find((m) => m.kind === 'name')!;
  const prepared = await server.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: doc.positionAt(name.start) });
  assert.equal(prepared.placeholder, name.text);
  const edit = await server.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: doc.positionAt(name.start), newName: 'Zed' });
  const edits = edit.changes?.[uri] ?? [];
  assert.ok(edits.length > 0);
  for (const e of edits) {
    const start = doc.offsetAt(e.range.start);
    const mention = actor.mentions.find((m) => m.start <= start && start < m.end);
    assert.ok(mention && (mention.kind === 'name' || mention.kind === 'title' || mention.kind === 'alias'), `edit at ${start} is inside a name or title mention`);
  }
  const pronoun = json.actors.flatMap((a) => a.mentions).find((m) => m.kind === 'pronoun' || m.kind === 'description');
  if (pronoun) {
    await assert.rejects(
      server.request('textDocument/prepareRename', { textDocument: { uri }, position: doc.positionAt(pronoun.start) }),
      /only names and titles are renamed/,
    );
  }
  assert.equal(await server.request('textDocument/prepareRename', { textDocument: { uri }, position: doc.positionAt(STORY.indexOf('visited')) }), null);
});

test('workspace symbols: every actor of the articles on disk, by name, within the file limit, with progress', async () => {
  const root = mkdtempSync(join(tmpdir(), 'marginalia-ws-'));
  try {
    mkdirSync(join(root, 'articles'));
    mkdirSync(join(root, 'src'));
    const files = { 'a-mine.txt': STORY, 'b-court.md': 'Judge Carlos Ruiz of the Supreme Court ruled on Friday. Ruiz said the law was clear.\n' };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'articles', name), text);
    writeFileSync(join(root, 'src', 'notes.txt'), 'President Nobody Here spoke.\n');
    const { tagger } = loadResources();
    const expected = Object.entries(files).flatMap(([name, text]) => analyze(text, { fileName: name, tagger }).actors.map((a) => `${a.name}@${name}`));
    assert.ok(expected.length > 0);

    const folder = pathToFileURL(root).href;
    const ws = await TestServer.start({ folders: [folder] });
    try {
      const symbols = await ws.request<SymbolInformation[]>('workspace/symbol', { query: '' });
      assert.deepEqual(symbols.map((s) => `${s.name}@${s.containerName}`).sort(), [...expected].sort());
      assert.ok(symbols.every((s) => s.location.uri.startsWith(folder + '/articles/')), 'src/notes.txt is no article');
      const progress = ws.all<{ value: { kind: string } }>('$/progress').map((p) => p.value.kind);
      assert.deepEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
      const query = expected[0].split('@')[0].slice(0, 3);
      const filtered = await ws.request<SymbolInformation[]>('workspace/symbol', { query });
      assert.ok(filtered.length > 0 && filtered.length <= symbols.length);
      for (const s of filtered) assert.ok(fuzzy(query, s.name), `${s.name} matches ${query}`);
    } finally {
      await ws.stop();
    }

    const limited = await TestServer.start({ folders: [folder], settings: { workspaceSymbols: { maxFiles: 1 } } });
    try {
      const symbols = await limited.request<SymbolInformation[]>('workspace/symbol', { query: '' });
      const first = expected.filter((e) => e.endsWith('@a-mine.txt'));
      assert.ok(first.length > 0);
      assert.deepEqual(symbols.map((s) => `${s.name}@${s.containerName}`).sort(), first.sort(), 'only the first file (in name order) is read');
    } finally {
      await limited.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

function fuzzy(query: string, name: string): boolean {
  let i = 0;
  for (const c of name.toLowerCase()) if (c === query.toLowerCase()[i]) i++;
  return i === query.length;
}
