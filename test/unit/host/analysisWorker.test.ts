// The background analyzer on real worker threads: the worker (the compiled
// server entry, started in its worker role) returns exactly what analyze()
// returns in-process, and a worker that cannot start fails its request with a
// readable message instead of hanging or throwing.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/analyze';
import { BackgroundAnalyzer } from '../../../server/src/host/analysisWorker';
import { loadResources } from '../../../server/src/host/resources';

/** The compiled server entry next to this test (out/server/src/server.js). */
const ENTRY = join(__dirname, '..', '..', '..', 'server', 'src', 'server.js');
const TEXT = 'President Maria Lopez said on Tuesday that exports rose 12% to US$3.2 billion in 2024. She told analysts the port would expand.\n\nThe port is the largest in Chile.';

test('the worker analyses exactly as the main thread does', { timeout: 60_000 }, async () => {
  const background = new BackgroundAnalyzer(ENTRY);
  try {
    const options = { fileName: 'port.txt', claims: { extraCues: ['hinted'] } };
    const [first, second] = await Promise.all([background.analyze(TEXT, options), background.analyze(`${TEXT}\n`, options)]);
    assert.deepEqual(first, analyze(TEXT, { ...options, tagger: loadResources().tagger }));
    assert.equal(second.document.text, `${TEXT}\n`, 'answers go to the request that asked');
    assert.ok(first.actors.some((a) => a.name === 'Maria Lopez'), 'the worker loaded the name model');
  } finally {
    background.dispose();
  }
});

test('a worker that cannot start rejects with a message; the next request tries again', { timeout: 60_000 }, async () => {
  const logged: string[] = [];
  const background = new BackgroundAnalyzer(join(__dirname, 'no-such-entry.js'), (m) => logged.push(m));
  await assert.rejects(background.analyze(TEXT, { fileName: 'port.txt' }), /analysis worker/);
  await assert.rejects(background.analyze(TEXT, { fileName: 'port.txt' }), /analysis worker/);
  assert.ok(logged.some((m) => m.includes('no-such-entry')), logged.join('\n'));
  background.dispose();
});

test('a worker that runs out of memory fails its request with a message; the server side lives on', { timeout: 120_000 }, async () => {
  const logged: string[] = [];
  // 24 MB of heap cannot hold the analysis of this text: the worker is stopped, not the process.
  const background = new BackgroundAnalyzer(ENTRY, (m) => logged.push(m), 24);
  await assert.rejects(background.analyze(TEXT.repeat(2000), { fileName: 'port.txt' }), /analysis worker/);
  assert.ok(logged.some((m) => /memory/i.test(m)), logged.join('\n'));
  background.dispose();
});
