/**
 * `npm run fuzz [-- --seconds N] [--seed N]`: runs the analysis property
 * (scripts/fuzz/property.ts) over random and mutated articles for a few
 * minutes (default 180 s), single thread. A stage that throws inside
 * analyze() counts as a failure here. Prints the shrunk counterexample and
 * exits 1 on the first failure; prints how many articles were tried and the
 * slowest one otherwise.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { loadResources } from '../../server/src/host/resources';
import { mutatedArticle, sampleArticles } from './articles';
import { checkAnalysis } from './property';

const repoRoot = join(__dirname, '..', '..', '..');

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number`);
  return value;
}

const seconds = flag('--seconds', 180);
const seed = flag('--seed', Date.now() % 2 ** 31);
const { tagger, problems } = loadResources();
for (const p of problems) console.log(`note: ${p.message}`);
const samples = sampleArticles(repoRoot);

let slowest = { ms: 0, chars: 0, fileName: '' };
let totalChars = 0;
const started = Date.now();
const result = fc.check(
  fc.property(mutatedArticle(samples), ({ text, fileName }) => {
    const t = performance.now();
    checkAnalysis(text, fileName, tagger);
    const ms = performance.now() - t;
    totalChars += text.length;
    if (ms > slowest.ms) slowest = { ms, chars: text.length, fileName };
  }),
  { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false },
);

const elapsed = ((Date.now() - started) / 1000).toFixed(1);
console.log(`fuzz: seed ${seed}, ${samples.length} samples as seeds, ${result.numRuns} articles in ${elapsed} s (${(totalChars / 1e6).toFixed(1)} M characters)`);
console.log(`slowest: ${slowest.ms.toFixed(0)} ms for ${slowest.chars} characters (${slowest.fileName})`);
if (result.failed) {
  console.log(fc.defaultReportMessage(result) ?? 'failed');
  const error = result.errorInstance;
  if (error instanceof Error) console.log(`error: ${error.message}`);
  process.exitCode = 1;
} else {
  console.log('no failure: analyze() never threw, every span was exact, the JSON round-tripped');
}
