import type { Span } from '../types';
import { ABBREVIATIONS, BEFORE_NUMBER, NEVER_FINAL, SENTENCE_STARTERS, TITLES } from './abbreviations';
import { ASCII, Cls, classAt, isCjkTerminator, isCloser, isLetterCls, isOpener, isTerminator, widthAt } from './chars';
import type { Region } from './region';

/**
 * Splits one block of prose into sentence spans, in one left-to-right pass
 * (linear time, no regular expressions over the text). A sentence runs from
 * its first significant character to its final mark plus any closing quotes
 * and brackets (`."`, `.”`, `?’`, `!)`); markers and whitespace between
 * sentences belong to none. Pushes onto `out`.
 */
export function splitSentences(text: string, region: Region, out: Span[]): void {
  const skips = region.skips;
  const end = region.end;
  let k = 0;
  let pos = region.start;
  let sentStart = -1;
  let sigEnd = -1;
  /** End of the last final mark judged not to end the sentence ("Mr."). */
  let heldEnd = -1;
  const close = (): void => {
    if (sentStart >= 0 && sigEnd > sentStart) out.push({ start: sentStart, end: sigEnd });
    sentStart = -1;
  };
  while (pos < end) {
    if (k < skips.length && pos >= skips[k].start) {
      const s = skips[k++];
      if (s.end <= pos) continue;
      if (s.kind === 'barrier') close();
      else if (s.kind !== 'space') {
        if (sentStart < 0) sentStart = s.start;
        sigEnd = s.end;
      }
      pos = s.end;
      continue;
    }
    const code = text.charCodeAt(pos);
    const cls = code < 128 ? (ASCII[code] as Cls) : classAt(text, pos);
    if (cls === Cls.Upper || cls === Cls.Lower || cls === Cls.Digit) {
      // The common case first: a letter or digit inside a sentence.
      if (sentStart < 0) sentStart = pos;
      pos += code < 0xd800 ? 1 : widthAt(text, pos);
      sigEnd = pos;
      continue;
    }
    if (cls === Cls.Space) {
      pos++;
      continue;
    }
    if (cls === Cls.Newline) {
      if (region.hardLines && sentStart >= 0 && sigEnd !== heldEnd && lineBreakEnds(text, sigEnd, pos + 1, end)) close();
      pos++;
      continue;
    }
    if (cls === Cls.Punct && (isTerminator(code) || isCjkTerminator(code))) {
      if (sentStart < 0) sentStart = pos;
      // The run of final marks ("?!", "...", "。").
      let runEnd = pos;
      let cjk = false;
      let dots = 0;
      let strong = false;
      while (runEnd < end && !(k < skips.length && runEnd >= skips[k].start)) {
        const c = text.charCodeAt(runEnd);
        if (c === 0x2e) dots++;
        else if (c === 0x2026) dots += 3;
        else if (isCjkTerminator(c)) cjk = true;
        else if (isTerminator(c)) strong = true;
        else break;
        runEnd++;
      }
      // Closing quotes, brackets and inline markup glued to the mark.
      let e = runEnd;
      let closers = false;
      for (;;) {
        if (k < skips.length && e === skips[k].start && skips[k].kind !== 'barrier' && skips[k].kind !== 'space') {
          e = skips[k++].end;
          closers = true;
        } else if (e < end && isCloser(text.charCodeAt(e))) {
          e++;
          closers = true;
        } else break;
      }
      sigEnd = e;
      const ends = cjk || endsHere(text, region, k, pos, e, dots, strong, closers);
      pos = e;
      if (ends) close();
      else heldEnd = e;
      continue;
    }
    if (sentStart < 0) sentStart = pos;
    pos += widthAt(text, pos);
    sigEnd = pos;
  }
  close();
}

/** Decides whether the final marks starting at `markStart` (closers included up to `after`) end the sentence. */
function endsHere(
  text: string,
  region: Region,
  k: number,
  markStart: number,
  after: number,
  dots: number,
  strong: boolean,
  closers: boolean,
): boolean {
  const skips = region.skips;
  const end = region.end;
  if (after >= end) return true;
  if (k < skips.length && after === skips[k].start && skips[k].kind === 'barrier') return true;
  const spaceAfter = k < skips.length && after === skips[k].start ? skips[k].kind === 'space' : isSpaceAt(text, after);
  if (!spaceAfter) return false; // "4.5", "U.S.", "example.com", "Yahoo!Inc"
  // The next significant character, through spaces, markup and opening quotes.
  let j = after;
  let opened = false;
  while (j < end) {
    if (k < skips.length && j >= skips[k].start) {
      const s = skips[k++];
      if (s.kind === 'barrier' || s.kind === 'opaque') return true;
      j = Math.max(j, s.end);
      continue;
    }
    const c = text.charCodeAt(j);
    if (isSpaceAt(text, j)) j++;
    else if (isOpener(c)) {
      opened = true;
      j++;
    } else break;
  }
  if (j >= end) return true;
  const next = classAt(text, j);
  if (next === Cls.Lower) return false; // “Why?” he asked. / e.g. the
  const nextCode = text.charCodeAt(j);
  // "etc., and", "Inc.; the": no break before a comma and the like.
  if (next === Cls.Punct && (nextCode === 0x2c || nextCode === 0x3b || nextCode === 0x3a || nextCode === 0x2e || isCloser(nextCode))) return false;
  const upper = next === Cls.Upper;
  // “Why now?” Smith asked. — the quoted question is part of the sentence.
  if (strong && dots === 0) return !(closers && upper && speechFollows(text, j, end));
  // “We will win.” Trump said. — a full stop inside the quotation, then its speaker tag alone: one sentence.
  if (closers && upper && dots === 1 && speechTagCloses(text, j, end)) return false;
  if (dots >= 2 || strong) {
    // An ellipsis ends a sentence only before a capitalised sentence start.
    return upper && (opened || SENTENCE_STARTERS.has(wordAt(text, j, end)));
  }
  const word = wordBefore(text, markStart, region.start);
  if (word === '') return true; // "in 2019.", "(see above)."
  if (TITLES.has(word) || NEVER_FINAL.has(word)) return false;
  const numeric = BEFORE_NUMBER.has(word);
  if (numeric && next === Cls.Digit) return false;
  // "“Have you?” No. Greg Dunmore has never …": "No" before a name that is no number is the answer, not "number".
  if (word === 'No' && upper) return !NUMBER_NAMES.has(wordAt(text, j, end));
  // "above 31C. Reddaway …": a unit letter after a figure is no initial.
  const initial = word.length === 1 && classAt(text, markStart - 1) === Cls.Upper && classAt(text, markStart - 2) !== Cls.Digit;
  if (numeric || initial || ABBREVIATIONS.has(word) || word.indexOf('.') > 0) {
    // "(U.S.) 6-3" goes on; "in the U.S.” The …" and "the U.S. The …" end.
    if (closers) return upper;
    return upper && SENTENCE_STARTERS.has(wordAt(text, j, end));
  }
  return true;
}

/** Whether a line break after a line ending at `lineEnd` ends the sentence (plain text). */
function lineBreakEnds(text: string, lineEnd: number, from: number, end: number): boolean {
  const last = text.charCodeAt(lineEnd - 1);
  // A comma, an opening bracket or an ampersand carries on.
  if (last === 0x2c || last === 0x3b || last === 0x28 || last === 0x26 || last === 0x2f) return false;
  // So does a dash after a word or a bracket, as in a dateline ("ASTANA, July 2 (Reuters) -"),
  // but not after a number, as in a results table ("TEXAS 75 58 .564 -").
  if (last === 0x2d || last === 0x2013 || last === 0x2014) {
    let b = lineEnd - 2;
    while (b > 0 && classAt(text, b) === Cls.Space) b--;
    const before = classAt(text, b);
    if (isLetterCls(before) || text.charCodeAt(b) === 0x29) return false;
  }
  let j = from;
  while (j < end && (isSpaceAt(text, j))) j++;
  if (j >= end) return true;
  // Hard-wrapped prose: the next line carries on in lower case.
  return classAt(text, j) !== Cls.Lower;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = classAt(text, i);
  return c === Cls.Space || c === Cls.Newline;
}

/** The word (letters and inner periods, "U.S", "Mr") that ends just before `at`. */
function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  const min = Math.max(floor, at - 24);
  while (i > min) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2e ? i - 1 > min && isLetterCls(classAt(text, i - 2)) : isLetterCls(classAt(text, i - 1)) && c < 0xd800) i--;
    else break;
  }
  if (i === min && min > floor && isLetterCls(classAt(text, i - 1))) return '\u0000'; // too long to be an abbreviation
  return text.slice(i, at);
}

/** Numbers written out, which "No." may stand before ("the No. Two official"). */
const NUMBER_NAMES: ReadonlySet<string> = new Set('One Two Three Four Five Six Seven Eight Nine Ten'.split(' '));

/** The word of letters starting at `at` ("The" in "The talks"). */
function wordAt(text: string, at: number, end: number): string {
  let i = at;
  const max = Math.min(end, at + 24);
  while (i < max && isLetterCls(classAt(text, i)) && text.charCodeAt(i) < 0xd800) i++;
  return text.slice(at, i);
}

/** Verbs of saying that follow a quoted question or exclamation and its speaker. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says asked asks added adds told tells shouted shouts wrote writes replied replies recalled explained insisted argued noted continued joked laughed admitted warned cried demanded wondered ' +
    'retorted snapped quipped countered interjected shot mused pleaded yelled screamed whispered muttered sighed conceded'
  ).split(' '),
);

/** True when a speaker tag ("Trump said", "Mrs. Clinton said") at `at` ends right after its verb, at a full stop or comma. */
function speechTagCloses(text: string, at: number, end: number): boolean {
  const verbEnd = speechVerbEnd(text, at, end);
  if (verbEnd < 0) return false;
  const c = text.charCodeAt(verbEnd);
  return c === 0x2e || c === 0x2c;
}

/** True when up to three capitalised words at `at` are followed by a verb of saying ("Smith asked", "John Smith said"). */
function speechFollows(text: string, at: number, end: number): boolean {
  return speechVerbEnd(text, at, end) >= 0;
}

/** The end of the verb of saying after up to three capitalised words at `at` ("Mrs. Clinton said"), or -1. */
function speechVerbEnd(text: string, at: number, end: number): number {
  let i = at;
  for (let words = 0; words < 4 && i < end; words++) {
    const word = wordAt(text, i, end);
    if (!word) return -1;
    if (SPEECH_VERBS.has(word)) return words > 0 ? i + word.length : -1;
    if (classAt(text, i) !== Cls.Upper) return -1;
    i += word.length;
    // "Mrs. Clinton": a title's full stop stays inside the speaker.
    if (text.charCodeAt(i) === 0x2e && TITLES.has(word)) i++;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
  }
  return -1;
}
