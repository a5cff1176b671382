/**
 * `npm run bench`: prints speed and memory figures, single thread, after a
 * warm-up. It never asserts: the figures are for reading (issue 3's targets:
 * tagger ≥ 2 MB/s and ≥ 15× compromise, the seed article analysed in ≤ 5 ms,
 * the model ≤ 150 MB of heap and loaded in ≤ 200 ms), and how the server
 * answers while a 1 MB article is analysed (worker thread vs main thread).
 *   node --expose-gc out/scripts/bench/main.js [--quick]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus as cpus_, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { analyze, formatForFileName } from '../../server/src/analysis/analyze';
import { findClaims } from '../../server/src/analysis/claims';
import { resolveActors } from '../../server/src/analysis/actors';
import { findEntities } from '../../server/src/analysis/entities';
import { buildDocument } from '../../server/src/analysis/text/document';
import { loadResources } from '../../server/src/host/resources';
import { repoRoot, sharedRoot } from '../eval/shared';
import { sampleFiles } from '../fuzz/articles';
import { measureResponsiveness } from './responsiveness';
import { measureServer } from './server';
import { fmt, mbPerSecond, median, percentile, repeat, timeOnce, utf8Bytes } from './timing';

const quick = process.argv.includes('--quick');
const BUDGET = quick ? 300 : 2000;

interface Article {
  name: string;
  text: string;
}

/** JS heap plus ArrayBuffers (typed-array weights live outside heapUsed), in MB, after a GC. */
function heapMB(): { heap: number; buffers: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 1048576, buffers: m.arrayBuffers / 1048576 };
}

function delta(after: { heap: number; buffers: number }, before: { heap: number; buffers: number }): string {
  return `${fmt(after.heap - before.heap, 1)} MB heap + ${fmt(after.buffers - before.buffers, 1)} MB ArrayBuffers`;
}

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(50)} ${value}`);
}

function articles(): { list: Article[]; seed?: Article } {
  const shared = sharedRoot();
  const list: Article[] = [];
  let seed: Article | undefined;
  if (shared && existsSync(join(shared, 'corpus', 'xi-kazakhstan.txt'))) {
    seed = { name: 'xi-kazakhstan.txt (seed)', text: readFileSync(join(shared, 'corpus', 'xi-kazakhstan.txt'), 'utf8') };
    list.push(seed);
  } else {
    console.log('NOTE: ../shared (or $MARGINALIA_SHARED) is absent: the seed article is not measured, samples/ only.');
  }
  for (const f of sampleFiles(repoRoot)) list.push({ name: `samples/${f.name}`, text: f.text });
  return seed ? { list, seed } : { list };
}

async function main(): Promise<void> {
  console.log(`Marginalia benchmark — node ${process.version}, ${process.platform}/${process.arch}, single thread${quick ? ', quick' : ''}`);
  const cpus = cpus_();
  console.log(`${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures are noisy when it exceeds the cores)`);
  if (!(globalThis as { gc?: unknown }).gc) console.log('NOTE: run with node --expose-gc for exact heap figures.');

  // ---- model
  const before = heapMB();
  const loadMs = timeOnce(() => loadResources());
  const { tagger, problems } = loadResources();
  const loadedHeap = delta(heapMB(), before);
  // A model may unpack lazily on first use: measure again after one tagging.
  analyze('Xi Jinping met Kassym-Jomart Tokayev in Astana.', { fileName: 'a.txt', ...(tagger ? { tagger } : {}) });
  const modelHeap = delta(heapMB(), before);
  for (const p of problems) console.log(`NOTE: ${p.message}`);
  console.log('\nModel');
  line('load time (first loadResources())', `${fmt(loadMs, 1)} ms`);
  line('memory of the loaded model, after load', loadedHeap);
  line('… after its first use', modelHeap);

  const { list, seed } = articles();
  const texts = list.map((a) => a.text);
  const allBytes = texts.reduce((n, t) => n + utf8Bytes(t), 0);

  // ---- whole analysis
  console.log(`\nWhole analysis (analyze(), ${list.length} articles, ${allBytes.toLocaleString('en-US')} bytes)`);
  const analyseAll = (): void => {
    for (const a of list) analyze(a.text, { fileName: basename(a.name), ...(tagger ? { tagger } : {}) });
  };
  const whole = repeat(analyseAll, { warmup: 5, budgetMs: BUDGET });
  line('throughput', `${fmt(mbPerSecond(allBytes, median(whole)), 3)} MB/s`);
  for (const a of list) {
    const times = repeat(() => analyze(a.text, { fileName: basename(a.name), ...(tagger ? { tagger } : {}) }), {
      warmup: 3,
      budgetMs: BUDGET / 4,
    });
    // The fastest run too: on a shared machine the median moves with the load, the fastest run much less.
    line(`${a.name} (${a.text.length} chars)`, `${fmt(median(times))} ms median, ${fmt(percentile(times, 95))} ms p95, ${fmt(percentile(times, 0))} ms fastest`);
  }

  // ---- stages (where the time goes)
  console.log('\nStages (all articles, median ms)');
  const docs = list.map((a) => buildDocument(a.text, formatForFileName(basename(a.name))));
  const ents = docs.map((d) => findEntities(d, tagger));
  const acts = docs.map((d, i) => resolveActors(d, ents[i] ?? []));
  const stage = (name: string, run: () => void): void => line(name, `${fmt(median(repeat(run, { warmup: 3, budgetMs: BUDGET / 4 })))} ms`);
  stage('document model (text/)', () => list.forEach((a) => buildDocument(a.text, formatForFileName(basename(a.name)))));
  stage('entities (patterns + tagger)', () => docs.forEach((d) => findEntities(d, tagger)));
  stage('actors', () => docs.forEach((d, i) => resolveActors(d, ents[i] ?? [])));
  stage('claims', () => docs.forEach((d, i) => findClaims(d, ents[i] ?? [], acts[i] ?? [])));

  // ---- tagger vs compromise
  console.log('\nName tagging, the same text');
  let taggerMBs = NaN;
  if (tagger) {
    const times = repeat(() => docs.forEach((d) => tagger.tag(d)), { warmup: 5, budgetMs: BUDGET });
    taggerMBs = mbPerSecond(allBytes, median(times));
    line('Marginalia tagger (tag(), document prebuilt)', `${fmt(taggerMBs, 3)} MB/s`);
  } else {
    line('Marginalia tagger', 'no model loaded');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => { people(): Out; organizations(): Out; places(): Out };
  type Out = { out(kind: 'array'): string[] };
  const peer = repeat(
    () =>
      texts.forEach((t) => {
        const doc = nlp(t);
        doc.people().out('array');
        doc.organizations().out('array');
        doc.places().out('array');
      }),
    { warmup: 2, budgetMs: BUDGET },
  );
  const peerMBs = mbPerSecond(allBytes, median(peer));
  line('compromise 14 (people + organizations + places)', `${fmt(peerMBs, 3)} MB/s`);
  line('ratio tagger / compromise', `${fmt(taggerMBs / peerMBs, 1)}×`);

  // ---- scaling: does time grow with length only?
  console.log('\nScaling (all articles concatenated k times, one analyze())');
  const joined = texts.join('\n\n');
  for (const k of quick ? [1, 4] : [1, 4, 16]) {
    const text = Array.from({ length: k }, () => joined).join('\n\n');
    const ms = median(repeat(() => analyze(text, { fileName: 'all.txt', ...(tagger ? { tagger } : {}) }), { warmup: 1, budgetMs: 0, minRuns: 3 }));
    line(`×${k} (${(utf8Bytes(text) / 1000).toFixed(0)} kB)`, `${fmt(ms, 1)} ms (${fmt(mbPerSecond(utf8Bytes(text), ms), 3)} MB/s)`);
  }

  // ---- language server
  console.log('\nLanguage server over stdio (dist/server.js)');
  const serverText = (seed ?? list[0])?.text ?? 'Xi Jinping arrived in Astana on Tuesday.';
  const serverEntities = analyze(serverText, { fileName: 'a.txt', ...(tagger ? { tagger } : {}) }).entities;
  const offsets = serverEntities.map((e) => e.start + 1);
  try {
    const s = await measureServer(repoRoot, serverText, offsets.length ? offsets : [0], quick ? 50 : 300);
    line('cold start to initialize response', `${fmt(s.coldStartMs, 0)} ms`);
    line('first hover (waits for the first analysis)', `${fmt(s.firstHoverMs, 1)} ms`);
    line(`hover round trip (${s.hovers} hovers)`, `p50 ${fmt(s.hoverP50)} ms, p95 ${fmt(s.hoverP95)} ms`);
  } catch (error) {
    line('server', `failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A 1 MB article keeps the server busy for seconds: the worker thread keeps it answering (peer: no worker).
  try {
    const long = joined.repeat(Math.ceil(1_048_576 / Math.max(1, joined.length))).slice(0, 1_048_576);
    const worker = await measureResponsiveness(repoRoot, long, true);
    const mainThread = await measureResponsiveness(repoRoot, long, false);
    line('hover on a short article while a 1 MB one is analysed', `${fmt(worker.hoverMs, 0)} ms with the worker; ${fmt(mainThread.hoverMs, 0)} ms on the main thread (${fmt(mainThread.hoverMs / Math.max(1, worker.hoverMs), 0)}× sooner)`);
    line('the 1 MB article ready (diagnostics published)', `${fmt(worker.longReadyMs / 1000, 1)} s with the worker; ${fmt(mainThread.longReadyMs / 1000, 1)} s on the main thread`);
  } catch (error) {
    line('responsiveness', `failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  // ---- CLI
  console.log('\nCLI (bin/marginalia.js, a new process each time)');
  const bin = join(repoRoot, 'bin', 'marginalia.js');
  const runCli = (args: string[]): number => timeOnce(() => spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' }));
  const startup = Array.from({ length: quick ? 3 : 10 }, () => runCli(['--version']));
  line('startup (marginalia --version)', `${fmt(median(startup), 0)} ms median`);
  const sample = join(repoRoot, 'samples', 'summit-report.txt');
  if (existsSync(sample)) {
    const one = Array.from({ length: quick ? 3 : 5 }, () => runCli(['analyze', '--format', 'json', sample]));
    line('analyze --format json samples/summit-report.txt', `${fmt(median(one), 0)} ms median (model load included)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
