/** Small timing helpers for the benchmark: warm-up, repeat until a time budget, percentiles. */

/** Milliseconds of one call. */
export function timeOnce(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

/**
 * Runs `run` `warmup` times unmeasured, then repeatedly until `budgetMs` has
 * passed (at least `minRuns` times). Returns every measured duration (ms).
 */
export function repeat(run: () => unknown, options: { warmup: number; budgetMs: number; minRuns?: number }): number[] {
  for (let i = 0; i < options.warmup; i++) run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < (options.minRuns ?? 3) || performance.now() - start < options.budgetMs) times.push(timeOnce(run));
  return times;
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Megabytes (10^6 bytes of UTF-8) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export function fmt(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}
