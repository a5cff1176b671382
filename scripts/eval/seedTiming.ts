// The seed article's timing in a process of its own: the eval's own process
// has by then tagged CoNLL dev and run compromise over it, and its live heap
// and type feedback make every later measurement slower than a language
// server, which analyses articles and nothing else, would see. Run by ner.ts
// as a child (`node seedTiming.js PATH`); prints one JSON line.
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/analysis/analyze';
import { loadResources } from '../../server/src/host/resources';
import { median, percentile, repeat } from '../bench/timing';

const path = process.argv[2];
if (path) {
  const text = readFileSync(path, 'utf8');
  const { tagger } = loadResources();
  const times = repeat(() => analyze(text, { fileName: 'xi-kazakhstan.txt', ...(tagger ? { tagger } : {}) }), { warmup: 50, budgetMs: 3000 });
  console.log(JSON.stringify({ runs: times.length, median: median(times), fastest: percentile(times, 0) }));
}
