import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../../server/src/analysis/types';
import { DocumentAnalyses, type AnalysisHost, type Snapshot } from '../../../server/src/lsp/documents';
import { defaultSettings, type MarginaliaSettings } from '../../../server/src/lsp/settingsModel';

const URI = 'file:///w/articles/a.txt';

/** Open documents the test edits by hand, and a host whose settings answer only when released. */
function harness(instantSettings = false) {
  const docs = new Map<string, TextDocument>();
  const analysed: number[] = [];
  const ready: Snapshot[] = [];
  const releases: (() => void)[] = [];
  let onReady: () => void = () => undefined;
  const host: AnalysisHost = {
    settingsFor: () =>
      instantSettings ? Promise.resolve(defaultSettings()) : new Promise<MarginaliaSettings>((resolve) => releases.push(() => resolve(defaultSettings()))),
    workspaceFolders: () => [],
    analyze: (text) => {
      analysed.push(docs.get(URI)!.version);
      return { version: 1, file: 'a.txt', document: { text }, entities: [], actors: [], claims: [], problems: [] } as unknown as Analysis;
    },
    onAnalyzing: () => undefined,
    onReady: (s) => {
      ready.push(s);
      onReady();
    },
    log: () => undefined,
  };
  const documents = { get: (uri: string) => docs.get(uri), all: () => [...docs.values()] } as unknown as TextDocuments<TextDocument>;
  const set = (version: number, text: string) => docs.set(URI, TextDocument.create(URI, 'plaintext', version, text));
  const nextReady = () => new Promise<void>((resolve) => (onReady = resolve));
  return { analyses: new DocumentAnalyses(documents, host, 5), set, analysed, ready, releases, nextReady, docs };
}

test('a version that changed while its settings were read is never analysed', async () => {
  const h = harness();
  h.set(1, 'one');
  const pending = h.analyses.current(URI);
  h.set(2, 'two'); // the edit lands while version 1 waits for its settings
  h.releases.shift()!();
  // Version 1 is dropped; the cache asks settings again for version 2.
  await new Promise((r) => setImmediate(r));
  h.releases.shift()!();
  const snapshot = await pending;
  assert.equal(snapshot?.version, 2);
  assert.deepEqual(h.analysed, [2]);
  assert.equal(snapshot?.lines.text, 'two');
});

test('the same version is analysed once, however many requests ask for it', async () => {
  const h = harness();
  h.set(1, 'one');
  const a = h.analyses.current(URI);
  const b = h.analyses.current(URI);
  h.releases.shift()!();
  assert.equal(await a, await b);
  assert.deepEqual(h.analysed, [1]);
  assert.equal(h.releases.length, 0, 'settings asked once');
  assert.equal(await h.analyses.current(URI), await a, 'then served from the cache');
});

test('edits in a burst are published once, for the last version; requests wait for the pause', async () => {
  const h = harness(true);
  h.set(1, 'a');
  h.analyses.schedule(URI);
  h.set(2, 'ab');
  h.analyses.schedule(URI);
  h.set(3, 'abc');
  h.analyses.schedule(URI);
  const published = h.nextReady();
  const snapshot = await h.analyses.current(URI);
  assert.equal(h.ready.length, 1, 'the request was answered after the pause, not ahead of it');
  await published;
  assert.deepEqual(h.ready.map((s) => s.version), [3]);
  assert.equal(snapshot?.version, 3);
  assert.deepEqual(h.analysed, [3], 'the request did not analyse ahead of the timer');
});

test('closing forgets the document and frees waiting requests', async () => {
  const h = harness();
  h.set(1, 'a');
  h.analyses.schedule(URI, 10_000);
  const request = h.analyses.current(URI);
  h.docs.delete(URI);
  h.analyses.close(URI);
  assert.equal(await request, undefined);
  assert.deepEqual(h.analysed, []);
});
