/** Span helpers of the claims stage. */

/** Items of a list sorted by start that overlap `[start, end)`: binary search, then a short scan (items are short spans). */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  while (first > 0 && lo - first < 16 && items[first - 1]!.end > start) first--;
  const out: T[] = [];
  for (let k = first; k < items.length && items[k]!.start < end; k++) if (items[k]!.end > start) out.push(items[k]!);
  return out;
}
