// Exact-span scoring of CoNLL documents (shared by training and eval).
import { tagSentences } from '../../../server/src/analysis/entities/names/decoder';
import { CLASSES, spansOf } from '../../../server/src/analysis/entities/names/labels';
import type { NameModel } from '../../../server/src/analysis/entities/names/model';
import type { ConllDocument } from './conll';

export interface ClassCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-class exact-span counts of the model on the documents (index = class). */
export function scoreConll(model: NameModel, docs: readonly ConllDocument[]): ClassCounts[] {
  const counts = CLASSES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const doc of docs) {
    const gold = new Set<string>();
    doc.sentences.forEach((s, i) => {
      for (const g of spansOf(s.labels)) gold.add(`${i}:${g.start}:${g.end}:${g.cls}`);
    });
    const found = tagSentences(model, doc.sentences.map((s) => s.tokens));
    for (const p of found) {
      const key = `${p.sentence}:${p.start}:${p.end}:${p.cls}`;
      if (gold.delete(key)) counts[p.cls].tp++;
      else counts[p.cls].fp++;
    }
    for (const g of gold) counts[Number(g.split(':')[3])].fn++;
  }
  return counts;
}

/** "P 0.930  R 0.920  F1 0.925" of counts summed over the given classes. */
export function formatCounts(counts: readonly ClassCounts[], classes: readonly number[]): string {
  const tp = classes.reduce((a, c) => a + counts[c].tp, 0);
  const fp = classes.reduce((a, c) => a + counts[c].fp, 0);
  const fn = classes.reduce((a, c) => a + counts[c].fn, 0);
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}
