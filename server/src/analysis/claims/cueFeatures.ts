import { lemmaOf } from './lemma';
import { tableMemo, weight1, weight2 } from './cueWeights';
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

/** What the features read around token `i`: the neighbours, their classes, and whether auxiliaries or adverbs were skipped. */
function contextOf(lower: readonly string[], capital: (k: number) => boolean, i: number): { p: string; n: string; pc: string; nc: string; aux: string } {
  // Skip auxiliaries and adverbs to the left: "Xi has also said" has the subject "Xi" before the verb group.
  let k = i - 1;
  while (k >= 0 && (AUXILIARIES.has(lower[k]!) || CUE_ADVERBS.has(lower[k]!) || lower[k] === 'not')) k--;
  const n = lower[i + 1];
  return {
    p: lower[i - 1] ?? '<s>',
    n: n ?? '</s>',
    pc: classOf(lower[k], k >= 0 && capital(k)),
    nc: classOf(n, i + 1 < lower.length && capital(i + 1)),
    aux: k < i - 1 ? 'y' : 'n',
  };
}

/**
 * Feature strings of token `i`: `lower` are the lower-cased tokens (apostrophes
 * unified), `capital(k)` says whether token k starts with a capital.
 */
export function cueFeatures(lower: readonly string[], capital: (k: number) => boolean, i: number): string[] {
  const w = lower[i]!;
  const l = lemmaOf(w);
  const { p, n, pc, nc, aux } = contextOf(lower, capital, i);
  return [
    'b',
    'w=' + w,
    'l=' + l,
    's=' + w.slice(-3),
    'p=' + p,
    'n=' + n,
    'pc=' + pc,
    'nc=' + nc,
    'pn=' + pc + '_' + nc,
    'ax=' + aux,
    'lp=' + l + '_' + pc,
    'ln=' + l + '_' + nc,
    'wn=' + w + '_' + n,
    'sp=' + w.slice(-2) + '_' + pc + '_' + aux,
  ];
}

/** The part of a score that depends on the word alone: the first four features' weights, summed in feature order. */
interface WordPart {
  sum: number;
  lemma: string;
  ending: string;
}

/** Word parts per weight table (the trained model is one object for the process); cleared when large. */
const wordParts = new WeakMap<object, Map<string, WordPart>>();
const WORD_PART_LIMIT = 1 << 15;

function wordPart(weights: Readonly<Record<string, number>>, w: string): WordPart {
  let parts = wordParts.get(weights);
  if (!parts) wordParts.set(weights, (parts = new Map()));
  let part = parts.get(w);
  if (part) return part;
  const lemma = lemmaOf(w);
  let sum = 0;
  sum += weights['b'] ?? 0;
  sum += weights['w=' + w] ?? 0;
  sum += weights['l=' + lemma] ?? 0;
  sum += weights['s=' + w.slice(-3)] ?? 0;
  part = { sum, lemma, ending: w.slice(-2) };
  if (parts.size >= WORD_PART_LIMIT) parts.clear();
  parts.set(w, part);
  return part;
}

/**
 * Score of token `i` under `weights` (a linear model; > 0 means cue): the sum
 * of the weights of `cueFeatures`, added in the same order (so the same
 * float), with the word-only part looked up once per word.
 */
export function cueScore(weights: Readonly<Record<string, number>>, lower: readonly string[], capital: (k: number) => boolean, i: number): number {
  const w = lower[i]!;
  const { sum, lemma: l, ending } = wordPart(weights, w);
  const { p, n, pc, nc, aux } = contextOf(lower, capital, i);
  // The same weights as `weights[feature] ?? 0` for each feature string, read by their parts (cueWeights.ts).
  const t = tableMemo(weights);
  let s = sum;
  s += weight1(weights, t, t.p, 'p=', p);
  s += weight1(weights, t, t.n, 'n=', n);
  s += weight1(weights, t, t.pc, 'pc=', pc);
  s += weight1(weights, t, t.nc, 'nc=', nc);
  s += weight2(weights, t, t.pn, 'pn=', pc, nc);
  s += weight1(weights, t, t.ax, 'ax=', aux);
  s += weight2(weights, t, t.lp, 'lp=', l, pc);
  s += weight2(weights, t, t.ln, 'ln=', l, nc);
  s += weight2(weights, t, t.wn, 'wn=', w, n);
  s += aux === 'y' ? weight2(weights, t, t.spY, 'sp=', ending, pc, '_y') : weight2(weights, t, t.spN, 'sp=', ending, pc, '_n'); // aux is 'y' or 'n'
  return s;
}
