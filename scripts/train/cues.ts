// `npm run train` (second step): learns the attribution-cue lexicon from the
// PolNeAR training split (../shared/data/polnear/train, brat standoff) and
// writes server/src/analysis/claims/cues.json, which the claims stage imports.
//
// For every cue phrase of one to four words annotated in train we count how
// often it is a cue (`cue`) and how often the same word sequence occurs at all
// (`seen`); cue/seen is the phrase's reliability. The same counts are pooled
// by a crude lemma ("warned", "warns", "warning" → "warn") so that a rare form
// of a reliable verb is still known. The dev split is only read to print a
// check (how many dev cues the lexicon covers), never learned from.
// Deterministic: files are read in sorted order and keys are written sorted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cueFeatures, isCueCandidate } from '../../server/src/analysis/claims/cueFeatures';
import { lemmaOf } from '../../server/src/analysis/claims/lemma';
import { cueRanges, polnearRoot, repoRoot } from './polnearFiles';

const outFile = join(repoRoot, 'server', 'src', 'analysis', 'claims', 'cues.json');

/** Words that can never be a cue on their own (PolNeAR marks ":" or "in" as cues in odd cases). */
const FUNCTION_WORDS = new Set(
  'a an the in on of for to at by with from as about and or but that this these those it its is are was were be been has have had do does did not no'.split(' '),
);

interface Counts {
  cue: number;
  seen: number;
}


/** Lower-case word tokens of a text (the same shape as the core's word tokens, punctuation dropped). */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** The cue fragments of one brat file (a broken span "a b;c d" gives each fragment). */
function cuePhrases(ann: string, text: string): string[] {
  const phrases: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, meta] = line.split('\t');
    if (!id?.startsWith('T') || !meta?.startsWith('Cue ')) continue;
    for (const range of meta.slice(4).split(';')) {
      const [s, e] = range.split(' ').map(Number);
      if (s === undefined || e === undefined || Number.isNaN(s) || Number.isNaN(e)) continue;
      const w = words(text.slice(s, e));
      if (w.length >= 1 && w.length <= 4 && w.some((x) => !FUNCTION_WORDS.has(x))) phrases.push(w.join(' '));
    }
  }
  return phrases;
}

function readSplit(dir: string): { text: string; ann: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), ann: existsSync(join(dir, f.replace(/\.txt$/, '.ann'))) ? readFileSync(join(dir, f.replace(/\.txt$/, '.ann')), 'utf8') : '' }));
}

/** Tokens of a text with their offsets, shaped like the core's (words, possessive 's, numbers, one punctuation char each). */
function tokens(text: string): { lower: string[]; caps: boolean[]; start: number[]; end: number[] } {
  const lower: string[] = [];
  const caps: boolean[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*(?=['’]s\b)|['’]s\b|[\p{L}\p{M}]+(?:[-'’.][\p{L}\p{M}]+)*\.?(?<=\b[A-Z]\.)|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\d[\d,.]*\d|\d|\S/gu)) {
    lower.push(m[0].toLowerCase().replace(/’/g, "'"));
    caps.push(/^\p{Lu}/u.test(m[0]));
    start.push(m.index);
    end.push(m.index + m[0].length);
  }
  return { lower, caps, start, end };
}


/**
 * Last words of PolNeAR train's Source spans ("officials", "campaign",
 * "report"), lower case, seen at least 3 times: the nouns that can speak or
 * report. A classified cue needs a source that is a name, a pronoun or one of these.
 */
function sourceHeads(docs: { text: string; ann: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const line of doc.ann.split('\n')) {
      const [id, meta] = line.split('\t');
      if (!id?.startsWith('T') || !meta?.startsWith('Source ')) continue;
      const ranges = meta.slice(7).split(';');
      const [s, e] = ranges[ranges.length - 1]!.split(' ').map(Number);
      if (s === undefined || e === undefined || Number.isNaN(s) || Number.isNaN(e)) continue;
      const w = words(doc.text.slice(s, e));
      const head = w[w.length - 1];
      if (head && /^[a-z]/.test(doc.text.slice(s, e).split(/\s+/).pop() ?? '')) counts.set(head, (counts.get(head) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, c]) => c >= 3).map(([w]) => w).sort();
}

/**
 * The learned cue classifier: an averaged perceptron over cueFeatures() of
 * every candidate word of PolNeAR train, labelled by whether a Cue annotation
 * covers it. Weights are rounded and pruned (|w| < 0.5, a feature seen fewer
 * than 5 times) to keep the file small. Deterministic: fixed order, fixed epochs.
 */
function trainModel(docs: { text: string; ann: string }[]): { weights: Record<string, number>; threshold: number } {
  const examples: { f: string[]; y: number }[] = [];
  const freq = new Map<string, number>();
  for (const doc of docs) {
    const t = tokens(doc.text);
    const ranges = cueRanges(doc.ann).sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < t.lower.length; i++) {
      if (!isCueCandidate(t.lower[i]!)) continue;
      const y = ranges.some(([s, e]) => s < t.end[i]! && t.start[i]! < e) ? 1 : -1;
      const f = cueFeatures(t.lower, (k) => t.caps[k]!, i);
      for (const x of f) freq.set(x, (freq.get(x) ?? 0) + 1);
      examples.push({ f, y });
    }
  }
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // for averaging: sum of weights over steps, kept lazily
  const stamp = new Map<string, number>();
  let step = 0;
  const get = (m: Map<string, number>, k: string): number => m.get(k) ?? 0;
  for (let epoch = 0; epoch < 5; epoch++) {
    for (let e = 0; e < examples.length; e++) {
      // A fixed stride visits examples in a scrambled but deterministic order.
      const ex = examples[(e * 7919 + epoch * 104729) % examples.length]!;
      step++;
      let s = 0;
      for (const x of ex.f) s += get(w, x);
      if (s * ex.y > 0) continue;
      for (const x of ex.f) {
        total.set(x, get(total, x) + get(w, x) * (step - get(stamp, x)));
        stamp.set(x, step);
        w.set(x, get(w, x) + ex.y);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const x of [...w.keys()].sort()) {
    const avg = (get(total, x) + get(w, x) * (step - get(stamp, x))) / step;
    if (Math.abs(avg) >= 0.5 && (freq.get(x) ?? 0) >= 5) weights[x] = Math.round(avg * 10) / 10;
  }
  let pos = 0;
  for (const ex of examples) if (ex.y > 0) pos++;
  console.log(`cues: classifier trained on ${examples.length} candidates (${pos} cues), ${Object.keys(weights).length} weights kept`);
  return { weights, threshold: 0 };
}

function main(): void {
  const shared = polnearRoot();
  if (!shared) {
    console.error('train cues: ../shared/data/polnear/train not found (set MARGINALIA_SHARED); cues.json left unchanged.');
    process.exit(2);
  }
  const train = readSplit(join(shared, 'data', 'polnear', 'train'));
  const phrases = new Map<string, Counts>();
  for (const doc of train) {
    for (const p of cuePhrases(doc.ann, doc.text)) {
      const c = phrases.get(p) ?? { cue: 0, seen: 0 };
      c.cue++;
      phrases.set(p, c);
    }
  }
  // Count every occurrence of each candidate phrase as a word sequence.
  for (const doc of train) {
    const w = words(doc.text);
    for (let i = 0; i < w.length; i++) {
      let key = '';
      for (let n = 1; n <= 4 && i + n <= w.length; n++) {
        key = n === 1 ? w[i]! : `${key} ${w[i + n - 1]!}`;
        const c = phrases.get(key);
        if (c) c.seen++;
      }
    }
  }
  const forms: Record<string, [number, number]> = {};
  const lemmas = new Map<string, Counts>();
  for (const [p, c] of [...phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (c.cue < 2) continue;
    const seen = Math.max(c.seen, c.cue);
    forms[p] = [c.cue, seen];
    if (!p.includes(' ')) {
      const l = lemmaOf(p);
      const lc = lemmas.get(l) ?? { cue: 0, seen: 0 };
      lc.cue += c.cue;
      lc.seen += seen;
      lemmas.set(l, lc);
    }
  }
  const lemmaTable: Record<string, [number, number]> = {};
  for (const [l, c] of [...lemmas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (c.cue >= 3) lemmaTable[l] = [c.cue, c.seen];
  const model = { ...trainModel(train), sourceHeads: sourceHeads(train) };
  const json = {
    about: 'Attribution cue lexicon learned by scripts/train/cues.ts from PolNeAR train: phrase -> [times annotated as a cue, times seen]. Counts only, no text.',
    documents: train.length,
    forms,
    lemmas: lemmaTable,
    model,
  };
  writeFileSync(outFile, JSON.stringify(json, null, 0).replace(/\],"/g, '],\n"') + '\n');
  console.log(`cues: ${Object.keys(forms).length} phrases, ${Object.keys(lemmaTable).length} lemmas from ${train.length} PolNeAR train documents -> ${outFile}`);

  // A check on dev (read, never learned from): share of dev cue phrases the lexicon knows.
  const devDir = join(shared, 'data', 'polnear', 'dev');
  if (existsSync(devDir)) {
    let known = 0;
    let total = 0;
    for (const doc of readSplit(devDir)) {
      for (const p of cuePhrases(doc.ann, doc.text)) {
        total++;
        const head = p.split(' ');
        if (forms[p] || head.some((w) => forms[w] || lemmaTable[lemmaOf(w)])) known++;
      }
    }
    console.log(`cues: dev check: ${known}/${total} dev cue phrases (${((100 * known) / Math.max(1, total)).toFixed(1)}%) contain a known form or lemma`);
  }
}

main();
