// The order of the mention index (index.ts mentionIndex): every mention of
// every actor by start, ties in actor-then-mention order. Sorting an array of
// objects with a comparator was most of the index's cost on every analysis;
// packing each mention's start and its place in the visiting order into one
// number lets the typed-array sort, with no comparator, give the same order.

/** One mention as the index is built: `order` rises with the visiting order (actor × 2^26 + mention). */
export interface IndexedMention {
  start: number;
  end: number;
  order: number;
}

/** Room for this many mentions below the start in a packed key (start × SLOTS + position stays an exact double up to 2^53). */
const SLOTS = 2 ** 21;
const MAX_START = 2 ** 31;

/**
 * `all` (given in visiting order) sorted by start, then by `order`: the order
 * of `all.sort((x, y) => x.start - y.start || x.order - y.order)`. Inputs the
 * packing cannot hold exactly (huge lists, odd offsets, an order that does
 * not rise) take that comparator sort.
 */
export function byStartThenOrder(all: IndexedMention[]): IndexedMention[] {
  const n = all.length;
  let packable = n < SLOTS;
  for (let k = 0; k < n && packable; k++) {
    const m = all[k]!;
    packable = Number.isInteger(m.start) && m.start >= 0 && m.start < MAX_START && (k === 0 || m.order > all[k - 1]!.order);
  }
  if (!packable) return all.sort((x, y) => x.start - y.start || x.order - y.order);
  // Unique keys: the numeric sort is total, and ties on start fall to the position, which follows `order`.
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = all[k]!.start * SLOTS + k;
  keys.sort();
  const sorted = new Array<IndexedMention>(n);
  for (let k = 0; k < n; k++) sorted[k] = all[keys[k]! % SLOTS]!;
  return sorted;
}
