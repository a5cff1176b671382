// Unlabelled modern news (PolNeAR article texts) for the case and frequency
// counts only: how a word is usually written in 2016 US news. No labels are
// read from it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;

/** Every line of every PolNeAR training text, as tokens; empty when the folder is missing. */
export function readPolnearSentences(dir: string): string[][] {
  if (!existsSync(dir)) return [];
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      const tokens = line.match(TOKEN);
      if (tokens && tokens.length > 1) out.push(tokens);
    }
  }
  return out;
}
