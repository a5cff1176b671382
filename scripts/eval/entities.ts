// Eval section: the always-exact entity types (date, money, percent) of the
// analysis against every gold article of ../shared/corpus, exact span and type,
// per type and micro-averaged, per file and overall. Set
// MARGINALIA_EVAL_VERBOSE=1 to list every miss and every false alarm.
import { analyze } from '../../server/src/analysis/analyze';
import { Score, loadGoldCorpus, scoreKeys, type EvalSection } from './shared';

const TYPES = ['date', 'money', 'percent'] as const;

interface Keyed {
  start: number;
  end: number;
  type: string;
  text: string;
}

const key = (e: Keyed) => `${e.type}:${e.start}:${e.end}`;

function row(label: string, scores: Map<string, Score>): string {
  const micro = new Score();
  for (const s of scores.values()) micro.add(s);
  // A type with neither gold nor predictions in a file has no F1: print "-", not 0.
  const f1 = (s: Score | undefined) => (!s || s.tp + s.fp + s.fn === 0 ? '  -  ' : s.f1.toFixed(3));
  const parts = TYPES.map((t) => `${t} ${f1(scores.get(t))}`);
  return `${label.padEnd(28)} ${micro.format()}   [${parts.join('  ')}]`;
}

export const entitiesSection: EvalSection = {
  title: 'Entities: date, money, percent (patterns)',
  run(shared) {
    const verbose = Boolean(process.env.MARGINALIA_EVAL_VERBOSE);
    const total = new Map<string, Score>(TYPES.map((t) => [t, new Score()]));
    for (const article of loadGoldCorpus(shared)) {
      const analysis = analyze(article.text, { fileName: article.name });
      const scores = new Map<string, Score>();
      for (const type of TYPES) {
        const predicted = analysis.entities.filter((e) => e.type === type);
        const gold = article.gold.entities.filter((e) => e.type === type);
        const score = scoreKeys(predicted.map(key), gold.map(key));
        scores.set(type, score);
        total.get(type)?.add(score);
        if (verbose) {
          const goldKeys = new Set(gold.map(key));
          const predictedKeys = new Set(predicted.map(key));
          for (const p of predicted) if (!goldKeys.has(key(p))) console.log(`  false alarm ${type} ${JSON.stringify(p.text)} @${p.start}`);
          for (const g of gold) if (!predictedKeys.has(key(g))) console.log(`  missed      ${type} ${JSON.stringify(g.text)} @${g.start}`);
        }
      }
      console.log(row(article.name, scores));
    }
    console.log(row('ALL (micro)', total));
    for (const type of TYPES) console.log(`  ${type.padEnd(8)} ${(total.get(type) ?? new Score()).format()}`);
  },
};
