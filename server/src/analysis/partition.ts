/**
 * The one binary search of the core (and of the hosts that want one): spans,
 * tokens and mentions are kept in text order, and "the first one at or after
 * here" is asked per token or per match, so a scan from the start would make
 * long articles quadratic.
 */

/**
 * The first index in `0..length` at which `before(i)` is false, for a
 * predicate that holds on a prefix of the indexes and not after it (`length`
 * when it holds everywhere). O(log length) calls of `before`.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
