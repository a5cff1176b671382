import { lemmaOf } from './lemma';
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS, PREPOSITIONS, PRONOUNS } from './words';

/**
 * Features of one cue candidate for the learned cue classifier, shared by the
 * trainer (scripts/train/cues.ts, on PolNeAR train) and the core so both see
 * the same thing: the word, its lemma and ending, the words either side and
 * their classes (a pronoun, name or noun before it says "main verb after a
 * subject"; "that", a quotation or a colon after it says "reports a clause").
 */

/** Word classes of a neighbour, coarse enough to generalise beyond the words seen in training. */
function classOf(w: string | undefined, capital: boolean): string {
  if (w === undefined) return 'edge';
  if (w === 'that') return 'that';
  if (PRONOUNS.has(w)) return 'pron';
  if (DETERMINERS.has(w)) return 'det';
  if (AUXILIARIES.has(w)) return 'aux';
  if (CUE_ADVERBS.has(w) || /^[a-z]{3,}ly$/.test(w)) return 'adv';
  if (PREPOSITIONS.has(w) || w === 'to' || w === 'of') return 'prep';
  if (w === 'who' || w === 'which') return 'rel';
  if (w === '"' || w === '“' || w === '”' || w === "''") return 'quote';
  if (w === ',' || w === ':' || w === ';') return w;
  if (!/^[\p{L}]/u.test(w)) return /^\d/.test(w) ? 'num' : 'punct';
  return capital ? 'cap' : 'word';
}

/** Words that are never candidates: function words, auxiliaries and adverbs around a verb. */
export function isCueCandidate(w: string): boolean {
  return w.length > 1 && /^[a-z]/.test(w) && !AUXILIARIES.has(w) && !CUE_ADVERBS.has(w) && !DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !PRONOUNS.has(w) && w !== 'that' && w !== 'to' && w !== 'of' && w !== 'and' && w !== 'not';
}

/**
 * Feature strings of token `i`: `lower` are the lower-cased tokens (apostrophes
 * unified), `capital(k)` says whether token k starts with a capital.
 */
export function cueFeatures(lower: readonly string[], capital: (k: number) => boolean, i: number): string[] {
  const w = lower[i]!;
  const l = lemmaOf(w);
  // Skip auxiliaries and adverbs to the left: "Xi has also said" has the subject "Xi" before the verb group.
  let k = i - 1;
  while (k >= 0 && (AUXILIARIES.has(lower[k]!) || CUE_ADVERBS.has(lower[k]!) || lower[k] === 'not')) k--;
  const p = lower[i - 1];
  const pc = classOf(lower[k], k >= 0 && capital(k));
  const n = lower[i + 1];
  const nc = classOf(n, i + 1 < lower.length && capital(i + 1));
  const aux = k < i - 1 ? 'y' : 'n';
  return [
    'b',
    'w=' + w,
    'l=' + l,
    's=' + w.slice(-3),
    'p=' + (p ?? '<s>'),
    'n=' + (n ?? '</s>'),
    'pc=' + pc,
    'nc=' + nc,
    'pn=' + pc + '_' + nc,
    'ax=' + aux,
    'lp=' + l + '_' + pc,
    'ln=' + l + '_' + nc,
    'wn=' + w + '_' + (n ?? '</s>'),
    'sp=' + w.slice(-2) + '_' + pc + '_' + aux,
  ];
}

/** Score of token `i` under `weights` (a linear model; > 0 means cue). */
export function cueScore(weights: Readonly<Record<string, number>>, lower: readonly string[], capital: (k: number) => boolean, i: number): number {
  let s = 0;
  for (const f of cueFeatures(lower, capital, i)) s += weights[f] ?? 0;
  return s;
}
