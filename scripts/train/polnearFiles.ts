// What the PolNeAR training steps (cues.ts, calibrate.ts) share: where the
// split lives and the Cue annotations of a brat standoff file.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Root of the repository (out/scripts/train/… → ../../..). */
export const repoRoot = resolve(__dirname, '..', '..', '..');

/** The shared data folder that holds data/polnear/train (`MARGINALIA_SHARED`, or ../shared), or undefined. */
export function polnearRoot(): string | undefined {
  const candidates = [process.env.MARGINALIA_SHARED, join(repoRoot, '..', 'shared')].filter((c): c is string => Boolean(c));
  return candidates.find((c) => existsSync(join(c, 'data', 'polnear', 'train')));
}

/** Character ranges [start, end) of the Cue annotations of one brat file (a broken span gives each fragment). */
export function cueRanges(ann: string): [number, number][] {
  const out: [number, number][] = [];
  for (const line of ann.split('\n')) {
    const [id, meta] = line.split('\t');
    if (!id?.startsWith('T') || !meta?.startsWith('Cue ')) continue;
    for (const range of meta.slice(4).split(';')) {
      const [s, e] = range.split(' ').map(Number);
      if (s !== undefined && e !== undefined && !Number.isNaN(s) && !Number.isNaN(e)) out.push([s, e]);
    }
  }
  return out;
}
