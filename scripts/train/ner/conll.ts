// Reading CoNLL-2003 (`token POS chunk tag`, IOB1, -DOCSTART- between
// documents). Only the token column and the tag are used: at run time the
// tagger sees our own tokens and nothing else.
import { readFileSync } from 'node:fs';
import { CLASSES, labelOf, BEGIN, INSIDE, LAST, UNIT } from '../../../server/src/analysis/entities/names/labels';

export interface ConllSentence {
  tokens: string[];
  /** BILOU labels (see labels.ts). */
  labels: Uint8Array;
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** A gold name: sentence index within its document, token span, class. */
export interface GoldSpan {
  sentence: number;
  start: number;
  end: number;
  cls: number;
}

/** Reads a CoNLL-2003 file into documents of sentences with BILOU labels. */
export function readConll(path: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | undefined;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length && doc) doc.sentences.push({ tokens, labels: bilou(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    tokens.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}

/** Spans of IOB1 tags: a run of one class, split where a B- starts a new one. */
export function iobSpans(tags: readonly string[]): { start: number; end: number; cls: number }[] {
  const spans: { start: number; end: number; cls: number }[] = [];
  let i = 0;
  while (i < tags.length) {
    if (tags[i] === 'O') {
      i++;
      continue;
    }
    const cls = CLASSES.indexOf(tags[i].slice(2) as (typeof CLASSES)[number]);
    let end = i + 1;
    while (end < tags.length && tags[end] === `I-${CLASSES[cls]}`) end++;
    spans.push({ start: i, end, cls });
    i = end;
  }
  return spans;
}

function bilou(tags: readonly string[]): Uint8Array {
  const labels = new Uint8Array(tags.length);
  for (const s of iobSpans(tags)) {
    if (s.end - s.start === 1) labels[s.start] = labelOf(s.cls, UNIT);
    else {
      labels[s.start] = labelOf(s.cls, BEGIN);
      for (let j = s.start + 1; j < s.end - 1; j++) labels[j] = labelOf(s.cls, INSIDE);
      labels[s.end - 1] = labelOf(s.cls, LAST);
    }
  }
  return labels;
}
