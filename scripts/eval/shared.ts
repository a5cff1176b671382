// Helpers shared by the evaluation sections: where the shared data lives,
// gold loading, and precision/recall/F1 arithmetic.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SchemaJson } from '../../server/src/analysis/schema';

/** Root of the repository (out/scripts/eval/… → ../../..). */
export const repoRoot = resolve(__dirname, '..', '..', '..');

/** `../shared` beside the repository, or `MARGINALIA_SHARED`; undefined when absent. */
export function sharedRoot(): string | undefined {
  const candidates = [process.env.MARGINALIA_SHARED, join(repoRoot, '..', 'shared')].filter(
    (c): c is string => Boolean(c),
  );
  return candidates.find((c) => existsSync(join(c, 'corpus')));
}

export interface GoldArticle {
  name: string;
  path: string;
  text: string;
  gold: SchemaJson;
}

/** Every article of ../shared/corpus that has a `.gold.json` beside it. */
export function loadGoldCorpus(shared: string): GoldArticle[] {
  const dir = join(shared, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((goldFile) => {
      const stem = goldFile.replace(/\.gold\.json$/, '');
      const textFile = readdirSync(dir).find((f) => f.startsWith(stem + '.') && !f.endsWith('.json'));
      if (!textFile) return [];
      const path = join(dir, textFile);
      return [
        {
          name: textFile,
          path,
          text: readFileSync(path, 'utf8'),
          gold: JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as SchemaJson,
        },
      ];
    });
}

export class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  get precision(): number {
    return this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 0 : this.tp / (this.tp + this.fn);
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  add(other: Score): void {
    this.tp += other.tp;
    this.fp += other.fp;
    this.fn += other.fn;
  }
  /** "P 0.951  R 0.932  F1 0.941  (tp 123, fp 6, fn 9)" */
  format(): string {
    const f = (n: number) => n.toFixed(3);
    return `P ${f(this.precision)}  R ${f(this.recall)}  F1 ${f(this.f1)}  (tp ${this.tp}, fp ${this.fp}, fn ${this.fn})`;
  }
}

/** Exact-match scoring of two multisets of keys. */
export function scoreKeys(predicted: Iterable<string>, gold: Iterable<string>): Score {
  const score = new Score();
  const remaining = new Map<string, number>();
  for (const g of gold) remaining.set(g, (remaining.get(g) ?? 0) + 1);
  for (const p of predicted) {
    const left = remaining.get(p) ?? 0;
    if (left > 0) {
      score.tp++;
      remaining.set(p, left - 1);
    } else score.fp++;
  }
  for (const left of remaining.values()) score.fn += left;
  return score;
}

/** Prints a section heading. */
export function heading(title: string): void {
  console.log(`\n== ${title} ==`);
}

/** One section of `npm run eval`. */
export interface EvalSection {
  title: string;
  run(shared: string): Promise<void> | void;
}
