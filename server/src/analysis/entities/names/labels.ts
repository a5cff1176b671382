// BILOU labels over the four CoNLL-2003 classes. BILOU rather than BIO gave
// +0.7 dev F1 on this data (shared/data/README.md): single-token and
// last-token labels let the linear model learn name ends.

/** The classes the model learns; MISC is kept for training and only its demonyms are shown. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NameClass = (typeof CLASSES)[number];

/** Number of labels: O plus B, I, L, U for each class. */
export const LABEL_COUNT = 1 + 4 * CLASSES.length;

export const OUTSIDE = 0;
export const BEGIN = 0;
export const INSIDE = 1;
export const LAST = 2;
export const UNIT = 3;

/** Label number of a (class, position) pair; position 0 B, 1 I, 2 L, 3 U. */
export function labelOf(cls: number, position: number): number {
  return 1 + cls * 4 + position;
}

/** Class of a label (−1 for O). */
export function classOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}

/** Position of a label (B 0, I 1, L 2, U 3; −1 for O). */
export function positionOf(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** Whether `next` may follow `previous` in a well-formed BILOU sequence. */
export function allowedAfter(previous: number, next: number): boolean {
  const open = previous !== 0 && (positionOf(previous) === BEGIN || positionOf(previous) === INSIDE);
  if (open) {
    const p = positionOf(next);
    return classOf(next) === classOf(previous) && (p === INSIDE || p === LAST);
  }
  const p = positionOf(next);
  return next === OUTSIDE || p === BEGIN || p === UNIT;
}

/** A span of tokens `[start, end)` of one class, read off a label sequence. */
export interface LabelSpan {
  start: number;
  end: number;
  cls: number;
}

/** Spans of a BILOU (or malformed) sequence: a run starts at B/U (or a stray I/L) and ends at L/U or a change. */
export function spansOf(labels: ArrayLike<number>, length = labels.length): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let i = 0;
  while (i < length) {
    const label = labels[i];
    if (label === 0) {
      i++;
      continue;
    }
    const cls = classOf(label);
    let end = i + 1;
    let pos = positionOf(label);
    while (end < length && pos !== UNIT && pos !== LAST) {
      const next = labels[end];
      const np = positionOf(next);
      if (classOf(next) !== cls || np === BEGIN || np === UNIT) break;
      pos = np;
      end++;
    }
    spans.push({ start: i, end, cls });
    i = end;
  }
  return spans;
}

/**
 * The label to take at a token given the model's scores and the previous
 * label: the best label when it fits; inside an open name, the name goes on
 * (best of I/L of its class) unless the model's best is O, in which case the
 * name is closed at the previous token (see `repair`). Returns
 * `previousFixed * 256 + label`.
 */
export function choose(scores: ArrayLike<number>, previous: number): number {
  let best = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (scores[l] > scores[best]) best = l;
  if (allowedAfter(previous, best)) return previous * 256 + best;
  const pos = positionOf(previous);
  if (best !== OUTSIDE && (pos === BEGIN || pos === INSIDE)) {
    const inside = labelOf(classOf(previous), INSIDE);
    const last = labelOf(classOf(previous), LAST);
    return previous * 256 + (scores[last] >= scores[inside] ? last : inside);
  }
  return repair(previous, best);
}

/**
 * Makes the model's unconstrained best label fit after the previous one,
 * mending the previous label rather than forcing a name to go on: when a
 * name is open (B/I) and the model does not continue it, the previous label
 * closes it (B→U, I→L); a continuation label (I/L) with nothing to continue
 * becomes a start (I→B, L→U). Returns `previousFixed * 256 + label`.
 */
export function repair(previous: number, best: number): number {
  const prevPos = positionOf(previous);
  const prevCls = classOf(previous);
  const pos = positionOf(best);
  const cls = classOf(best);
  const open = prevPos === BEGIN || prevPos === INSIDE;
  if (open && cls === prevCls && (pos === INSIDE || pos === LAST)) return previous * 256 + best;
  let fixed = previous;
  if (open) fixed = labelOf(prevCls, prevPos === BEGIN ? UNIT : LAST);
  let label = best;
  if (pos === INSIDE) label = labelOf(cls, BEGIN);
  else if (pos === LAST) label = labelOf(cls, UNIT);
  return fixed * 256 + label;
}
