// Where a sentence's coordinated clauses meet, for scoping a hard cap. SCHEMA.md: check-worthiness is the highest
// level any part of the sentence earns; a forecast or an intention is low "even with numbers in it" — in its own
// clause. "The ministry said 40 people died and that the toll could rise": the toll's rise is a forecast, the 40
// dead a statistic; "said it would buy back $5 billion of shares, and raised its dividend by 4 cents": the buy-back
// is an intention, the raise a dated act. A bare verb after "and" shares the modal before it ("would invest $2
// billion and create 400 jobs"), so only a clause with its own subject or a past verb starts afresh.
import { IRREGULAR_PAST } from '../attribution/source';
import type { SentenceView } from '../view';

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'some', 'many', 'most', 'all', 'no', 'there', 'more', 'others', 'another', 'none', 'each', 'both']);

/** True when the token at `k` opens a clause with its own subject or finite past verb. */
function opensClause(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (!t) return false;
  const w = v.lower[k]!;
  if (SUBJECT_OPENERS.has(w) || t.kind === 'number' || /^\d/.test(w)) return true;
  if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) return true;
  return /^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w);
}

/** Start offsets of the sentence's second and later coordinated clauses (";", ", and <subject>", "and that …"). */
export function clauseStarts(v: SentenceView): number[] {
  const starts: number[] = [];
  for (let k = 1; k < v.tokens.length - 1; k++) {
    if (v.quoted[k]) continue;
    const w = v.lower[k]!;
    if (w === ';') starts.push(v.tokens[k]!.start);
    else if ((w === 'and' || w === 'but') && v.lower[k + 1] === 'that') starts.push(v.tokens[k]!.start);
    else if (w === ',' && COORDINATORS.has(v.lower[k + 1] ?? '') && opensClause(v, k + 2)) starts.push(v.tokens[k]!.start);
  }
  return starts;
}

/** Words that make a clause a forecast, an intention or a belief of its own ("could cost", "expected spending to rise", "has promised"). */
const OWN_CAP = /^(?:will|would|could|might|may|shall|should|can|'ll|expect\w*|project\w*|forecast\w*|predict\w*|plan\w*|hop(?:e|es|ed|ing)|intend\w*|aim\w*|promis\w*|pledg\w*|vow\w*|view\w*|believ\w*|think\w*|thought|feel\w*|felt|fear\w*|want\w*|wish\w*|likely|unlikely)$/;

/** Per clause (by clauseOf()), true when the clause holds a word of a forecast, an intention or a belief. */
export function clausesWithOwnCap(v: SentenceView, starts: readonly number[]): boolean[] {
  const capped: boolean[] = new Array<boolean>(starts.length + 1).fill(false);
  for (let k = 0; k < v.tokens.length; k++) if (OWN_CAP.test(v.lower[k]!)) capped[clauseOf(starts, v.tokens[k]!.start)] = true;
  return capped;
}

/** The index of the clause holding offset `at`, given the clauses' start offsets in order. */
export function clauseOf(starts: readonly number[], at: number): number {
  let c = 0;
  while (c < starts.length && starts[c]! <= at) c++;
  return c;
}
