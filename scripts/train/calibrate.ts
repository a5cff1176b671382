// `npm run train` (last step): calibrates the cue classifier against PolNeAR
// train after cues.ts has learned it, and adds its findings to cues.json.
//
// The classifier admits a verb the phrase lexicon does not know when its
// context scores well ("the paper endorsed Clinton"). Some verbs pass that
// test over and over without reporting anything: "Ted Cruz has captured
// Texas", "Trump is taking questions", "has faced criticism". Each admission
// makes a sentence "sourced" and hides its diagnostic. This step runs the
// whole analysis over PolNeAR train, counts for every lemma how often the
// classifier made it the cue of a sentence and how often a PolNeAR Cue
// annotation covers it there, and lists as `acts` the lemmas admitted at least
// MIN_ADMITTED times and confirmed less than MAX_CONFIRMED of the time — a
// share PolNeAR's broad notion of attribution (acts and stances count) still
// leaves far behind. Before "that", a colon or a quotation the verb still
// reports ("a document on the campaign's website states that …"). The analysis ignores an `acts` list while this step runs
// (cues.ts has just written cues.json without one), so the list does not feed
// on itself. The list depends on every rule of the claims stage (a rule that
// rejects a verb's sentences first leaves the classifier fewer of them to
// admit), so `npm run train` reruns it after any such change. Deterministic:
// sorted files, sorted output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { CueLexicon } from '../../server/src/analysis/claims/lexicon';
import { lemmaOf } from '../../server/src/analysis/claims/lemma';
import { OBJECT_ACTS } from '../../server/src/analysis/claims/attribution/acts';
import { loadResources } from '../../server/src/host/resources';
import { cueRanges, polnearRoot, repoRoot } from './polnearFiles';

const cuesFile = join(repoRoot, 'server', 'src', 'analysis', 'claims', 'cues.json');

/** Fewer admissions than this say nothing about a verb. */
const MIN_ADMITTED = 6;
/** Below this share of admissions confirmed by PolNeAR, a verb is an act. */
const MAX_CONFIRMED = 0.25;

function main(): void {
  const shared = polnearRoot();
  if (!shared) {
    console.error('train calibrate: ../shared/data/polnear/train not found (set MARGINALIA_SHARED); cues.json left unchanged.');
    process.exit(2);
  }
  const table = JSON.parse(readFileSync(cuesFile, 'utf8')) as Record<string, unknown>;
  if (table.acts) {
    console.error('train calibrate: cues.json already holds an acts list; run the whole `npm run train` (cues.ts rewrites it first).');
    process.exit(2);
  }
  const lexicon = new CueLexicon();
  const tagger = loadResources().tagger;
  const dir = join(shared, 'data', 'polnear', 'train');
  const counts = new Map<string, { admitted: number; confirmed: number }>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const annFile = join(dir, f.replace(/\.txt$/, '.ann'));
    if (!existsSync(annFile)) continue;
    const gold = cueRanges(readFileSync(annFile, 'utf8'));
    const analysis = analyze(readFileSync(join(dir, f), 'utf8'), { fileName: f, tagger });
    for (const claim of analysis.claims) {
      const a = claim.sourced ? claim.attribution : undefined;
      if (!a || a.inherited || a.kind === 'link' || a.kind === 'footnote' || a.kind === 'answer') continue;
      const cue = a.cue;
      const word = cue.text.toLowerCase();
      // Only a one-word cue the phrase lexicon does not know is the classifier's; a verb acts.ts judges by its object
      // ("raised its rate" / "raised concerns") is left to that test.
      if (!/^[a-z]+$/.test(word) || lexicon.match([word], 0) || OBJECT_ACTS.has(word)) continue;
      const lemma = lemmaOf(word);
      const c = counts.get(lemma) ?? { admitted: 0, confirmed: 0 };
      c.admitted++;
      if (gold.some(([start, end]) => start < cue.end && cue.start < end)) c.confirmed++;
      counts.set(lemma, c);
    }
  }
  const acts = [...counts].filter(([, c]) => c.admitted >= MIN_ADMITTED && c.confirmed / c.admitted < MAX_CONFIRMED).map(([l]) => l).sort();
  table.acts = acts;
  writeFileSync(cuesFile, JSON.stringify(table, null, 0).replace(/\],"/g, '],\n"') + '\n');
  const admitted = [...counts.values()].reduce((n, c) => n + c.admitted, 0);
  console.log(`calibrate: ${admitted} classifier cues on PolNeAR train over ${counts.size} lemmas; ${acts.length} lemmas are acts -> ${cuesFile}`);
  console.log(`calibrate: acts ${acts.join(' ')}`);
}

main();
