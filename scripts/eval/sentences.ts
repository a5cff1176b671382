// Sentence boundaries of the document model, measured two ways: against the
// claim spans of ../shared/corpus/*.gold.json (every gold claim is exactly one
// sentence) and against the sentence breaks of CoNLL-2003 dev (eng.testa).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../server/src/analysis/text/document';
import type { Span } from '../../server/src/analysis/types';
import { loadGoldCorpus, Score, scoreKeys, type EvalSection } from './shared';

/** Claims: exact spans and boundaries, only where the gold has claims (other sentences are not annotated). */
function scoreGold(shared: string): void {
  console.log(
    'gold claims: "spans" = predicted sentences overlapping a gold claim that equal one exactly (P) / gold claims found exactly (R); ' +
      '"boundaries" = sentence starts and ends predicted inside or at the edge of a gold claim vs the claims\' starts and ends.',
  );
  const spans = new Score();
  const bounds = new Score();
  for (const article of loadGoldCorpus(shared)) {
    const doc = buildDocument(article.text, /\.(md|markdown)$/i.test(article.name) ? 'markdown' : 'plain');
    const gold: Span[] = article.gold.claims.map((c) => ({ start: c.start, end: c.end }));
    const overlapping = doc.sentences.filter((s) => gold.some((g) => s.start < g.end && g.start < s.end));
    const s = scoreKeys(overlapping.map(key), gold.map(key));
    const inside = (p: number): boolean => gold.some((g) => g.start <= p && p <= g.end);
    const predicted = doc.sentences.flatMap((x) => [`s${x.start}`, `e${x.end}`]).filter((k) => inside(Number(k.slice(1))));
    const b = scoreKeys(predicted, gold.flatMap((g) => [`s${g.start}`, `e${g.end}`]));
    console.log(`  ${article.name.padEnd(28)} spans ${s.format()}\n  ${''.padEnd(28)} bounds ${b.format()}`);
    spans.add(s);
    bounds.add(b);
    for (const g of gold) {
      if (!overlapping.some((x) => x.start === g.start && x.end === g.end)) {
        const near = overlapping.filter((x) => x.start < g.end && g.start < x.end).map((x) => JSON.stringify(x.text.slice(0, 60)));
        console.log(`      missed ${JSON.stringify(article.text.slice(g.start, Math.min(g.end, g.start + 60)))} got ${near.join(' | ')}`);
      }
    }
  }
  console.log(`  ${'overall'.padEnd(28)} spans ${spans.format()}\n  ${''.padEnd(28)} bounds ${bounds.format()}`);
}

interface ConllDoc {
  text: string;
  /** Offsets where a gold sentence starts (the first one excluded). */
  starts: number[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', '%', "'s", "'S", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/**
 * Detokenises CoNLL-2003: tokens joined by spaces except before closing
 * punctuation and after opening brackets; `"` alternates open/close. A
 * sentence without a final mark (headline, dateline, results table row)
 * ends its line, as in the Reuters originals; the others are joined by a space.
 */
export function readConll(path: string, layout = true): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: string[][] = [];
  let current: string[] = [];
  const flushSentence = (): void => {
    if (current.length) sentences.push(current);
    current = [];
  };
  const flushDoc = (): void => {
    flushSentence();
    if (sentences.length) docs.push(detokenise(sentences, layout));
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.split(' ')[0];
    if (word === '-DOCSTART-') flushDoc();
    else if (!word.trim()) flushSentence();
    else current.push(word);
  }
  flushDoc();
  return docs;
}

function detokenise(sentences: string[][], layout: boolean): ConllDoc {
  let text = '';
  const starts: number[] = [];
  // Quotes pair across the whole document: CoNLL often starts a sentence
  // with the closing quote of the one before ("… up front . \n \" Shearer …").
  let open = false;
  for (const tokens of sentences) {
    let first = 0;
    if (text) {
      // A leading closing quote is glued to the previous sentence, and the break moves past it.
      while (first < tokens.length && tokens[first] === '"' && open) {
        text += '"';
        open = false;
        first++;
      }
      if (first === tokens.length) continue;
      text += layout && !/[.!?]["')]*$/.test(text) ? '\n' : ' ';
      starts.push(text.length);
    }
    let glue = true;
    for (const t of tokens.slice(first)) {
      const closingQuote = t === '"' && open;
      if (!glue && !NO_SPACE_BEFORE.has(t) && !closingQuote) text += ' ';
      text += t;
      glue = NO_SPACE_AFTER.has(t) || (t === '"' && !open);
      if (t === '"') open = !open;
    }
  }
  return { text, starts };
}

function scoreConll(shared: string): void {
  const path = join(shared, 'data', 'conll2003', 'eng.testa');
  if (!existsSync(path)) {
    console.log(`CoNLL-2003 dev: ${path} not found, skipped.`);
    return;
  }
  console.log(
    'CoNLL-2003 dev: each document detokenised and split as plain text; predicted sentence starts vs the blank-line breaks. "line layout": a sentence without a final mark (headline, dateline, table row) ends its line, as in the Reuters originals; "one line": every sentence joined by a space (no layout hints, harsher).',
  );
  for (const layout of [true, false]) scoreConllLayout(path, layout);
}

function scoreConllLayout(path: string, layout: boolean): void {
  const score = new Score();
  let chars = 0;
  let excluded = 0;
  const docs = readConll(path, layout);
  for (const doc of docs) {
    const built = buildDocument(doc.text, 'plain');
    chars += doc.text.length;
    // A list marker ("1. ") is outside the sentence by design: count from the line start.
    const predicted = built.sentences.map((s) => lineStartIfMarker(doc.text, s.start)).filter((s) => s > 0);
    // CoNLL breaks at every line end, also inside a sentence wrapped over lines: a gold
    // "sentence" that starts in lower case is no sentence break, and is not scored.
    const wrapped = new Set(doc.starts.filter((s) => /\p{Ll}/u.test(doc.text[s])));
    excluded += wrapped.size;
    score.add(scoreKeys(predicted.filter((s) => !wrapped.has(s)).map(String), doc.starts.filter((s) => !wrapped.has(s)).map(String)));
  }
  // Throughput: the best of three passes over the whole split, in CPU time (the machine may be shared).
  let ms = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.cpuUsage();
    for (const doc of docs) buildDocument(doc.text, 'plain');
    const used = process.cpuUsage(t0);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  const name = layout ? 'eng.testa (line layout)' : 'eng.testa (one line)';
  console.log(`  ${name.padEnd(28)} bounds ${score.format()}  (${(chars / 1e6 / (ms / 1000)).toFixed(1)} MB/s CPU, sentences and tokens; ${excluded} lower-case line breaks not scored)`);
}

/** The start of the line when only a list marker ("1. ", "- ") precedes `at` on it. */
function lineStartIfMarker(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^(?:[-*•]|\d{1,3}[.)])\s+$/.test(text.slice(lineStart, at)) ? lineStart : at;
}

function key(s: Span): string {
  return `${s.start}-${s.end}`;
}

/** `npm run eval` section: sentence splitting. */
export const sentencesSection: EvalSection = {
  title: 'Sentence boundaries (document model)',
  run(shared) {
    scoreGold(shared);
    scoreConll(shared);
  },
};
