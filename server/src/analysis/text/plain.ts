import type { Directive, Problem } from '../types';
import { Cls, classAt, isTerminator } from './chars';
import { forEachComment, readDirective } from './directives';
import { LineTable } from './lines';
import type { Region, Skip } from './region';

/**
 * Plain text: blocks are separated by blank lines; a bullet line ("- ",
 * "* ", "• ", "1. ") starts a list item, its marker outside the prose; a
 * whole line `// marginalia: …` is a directive and no prose; inside a block
 * a line break after a line without a final mark ends the sentence (a
 * headline, "Read More"), unless the block looks hard-wrapped.
 */
export function readPlain(text: string, directives: Directive[], problems: Problem[]): Region[] {
  const lines = new LineTable(text);
  const regions: Region[] = [];
  let current: { kind: 'paragraph' | 'listItem'; start: number; end: number; lengths: number[] } | undefined;
  const flush = (): void => {
    if (current) regions.push(toRegion(text, current.kind, current.start, current.end, current.lengths, regions.length === 0, directives, problems));
    current = undefined;
  };
  for (let line = 0; line < lines.count; line++) {
    const lineStart = lines.start(line);
    const lineEnd = lines.end(line);
    let s = lineStart;
    while (s < lineEnd && classAt(text, s) === Cls.Space) s++;
    let e = lineEnd;
    while (e > s && classAt(text, e - 1) === Cls.Space) e--;
    if (s >= e) {
      flush();
      continue;
    }
    if (isDirectiveLine(text, s, e)) {
      flush();
      const d = readDirective(text, s, e, s + 2, e, problems);
      if (d) directives.push(d);
      continue;
    }
    const marker = bulletEnd(text, s, e);
    if (marker > s) {
      flush();
      current = { kind: 'listItem', start: marker, end: e, lengths: [e - marker] };
      continue;
    }
    if (current && (current.kind === 'paragraph' || s > lineStart)) {
      current.end = e;
      current.lengths.push(e - s);
    } else {
      flush();
      current = { kind: 'paragraph', start: s, end: e, lengths: [e - s] };
    }
  }
  flush();
  return regions;
}

function toRegion(
  text: string,
  kind: 'paragraph' | 'listItem',
  start: number,
  end: number,
  lengths: number[],
  first: boolean,
  directives: Directive[],
  problems: Problem[],
): Region {
  const skips: Skip[] = [];
  forEachComment(text, start, end, (cs, ce) => {
    skips.push({ start: cs, end: ce, kind: 'barrier' });
    const d = readDirective(text, cs, ce, cs + 4, ce - 3, problems);
    if (d) directives.push(d);
  });
  const region: Region = { start, end, kind, skips, hardLines: !looksWrapped(lengths) };
  // A lone line without a final mark is a headline or a subhead, unless a sentence ends inside it
  // ("Listeners were divided. “…” ― Mira Sand, nurse" is prose closed by a credit line).
  if (kind === 'paragraph' && lengths.length === 1 && end - start <= 200 && !endsWithMark(text, end) && !SENTENCE_INSIDE.test(text.slice(start, end))) {
    region.kind = 'heading';
    region.level = first ? 1 : 2;
  }
  return region;
}

/** A full stop after a lower-case word, then another sentence: "… were divided. “I pay …" (not "Dr. Ruiz", "U.S. Sen."). */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

/** Hard-wrapped prose: several long lines of similar length. */
function looksWrapped(lengths: number[]): boolean {
  if (lengths.length < 3) return false;
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < lengths.length - 1; i++) {
    min = Math.min(min, lengths[i]);
    max = Math.max(max, lengths[i]);
  }
  return min >= 50 && max <= 100 && max - min <= 25;
}

function endsWithMark(text: string, end: number): boolean {
  let i = end - 1;
  while (i > 0 && '"\'”’)]»'.includes(text[i])) i--;
  return isTerminator(text.charCodeAt(i)) || text.charCodeAt(i) === 0x3a;
}

/** A whole line `// marginalia: …`. */
function isDirectiveLine(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s) !== 0x2f || text.charCodeAt(s + 1) !== 0x2f) return false;
  let i = s + 2;
  while (i < e && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return text.slice(i, i + 11).toLowerCase() === 'marginalia:' || text.slice(i, i + 10).toLowerCase() === 'marginalia';
}

/** End of a bullet marker and its spaces at `s` ("- ", "• ", "12. "), or `s` when there is none. */
function bulletEnd(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  let i = s;
  if (c === 0x2d || c === 0x2a || c === 0x2022 || c === 0x2023 || c === 0x25e6 || c === 0x25aa || c === 0x2043) i = s + 1;
  else if (c >= 0x30 && c <= 0x39) {
    while (i < e && i - s < 3 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    const d = text.charCodeAt(i);
    if (d !== 0x2e && d !== 0x29) return s;
    i++;
  } else return s;
  if (i >= e || (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09 && text.charCodeAt(i) !== 0xa0)) return s;
  while (i < e && classAt(text, i) === Cls.Space) i++;
  return i < e ? i : s;
}
