// The prose the pattern rules may read: the sentences of each block, plus footnote
// definitions the document model leaves outside sentences (a cited report's
// date is still a date), with everything that is not prose blanked out by
// spaces so that offsets stay exact: link URLs ("](https://…)"), bare URLs,
// directives, HTML comments, footnote references ("[^1]") and inline code.
import { partitionPoint } from '../../partition';
import type { ArticleDocument, Span } from '../../types';

/** A stretch of prose: its absolute start and its text, non-prose characters replaced by spaces. */
export interface ProseRegion {
  start: number;
  text: string;
}

/** Spans inside which nothing may be matched, sorted by start. */
function blankedSpans(document: ArticleDocument): Span[] {
  const spans: Span[] = [];
  for (const link of document.links) {
    // An autolink's label is its URL ("<https://…/2024>"): all of it goes.
    if (/^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(link.label.text)) spans.push({ start: link.start, end: link.end });
    // Else the URL part: from the end of the label to the end of the link; "[" stays, it is harmless.
    else if (link.label.end < link.end) spans.push({ start: link.label.end, end: link.end });
  }
  for (const d of document.directives) spans.push({ start: d.start, end: d.end });
  for (const f of document.footnoteReferences) spans.push({ start: f.start, end: f.end });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A bare URL or e-mail address in running text ("https://example.org/2024/05",
 * "www.x.org/12%"). The lookbehinds stop a match from starting inside a run
 * of word characters, which keeps the scan linear on "a.a.a.…".
 */
const BARE_URL = /(?:(?<![\w.+-])[a-z][a-z0-9+.-]*:\/\/|\bwww\.|(?<![\w.+-])[\w.+-]+@)[^\s<>()[\]"“”]+/giu;

const URL_HINT = /www\./i;

/** HTML comments, inline code and bare URLs inside one region, found without backtracking. */
function markupSpans(text: string, markdown: boolean): Span[] {
  const spans: Span[] = [];
  // Every URL has "://", "www." or "@": most regions have none, and the full scan is slow.
  if (text.includes('://') || text.includes('@') || URL_HINT.test(text)) {
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(text); m; m = BARE_URL.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (let i = text.indexOf('<!--'); i >= 0; ) {
    const close = text.indexOf('-->', i + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push({ start: i, end });
    i = text.indexOf('<!--', end);
  }
  if (markdown) {
    for (let i = text.indexOf('`'); i >= 0; ) {
      const close = text.indexOf('`', i + 1);
      if (close < 0) break;
      spans.push({ start: i, end: close + 1 });
      i = text.indexOf('`', close + 1);
    }
  }
  return spans;
}

function blank(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.max(0, s.start));
    const end = Math.min(text.length, s.end);
    if (end <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** First index in sorted `spans` whose end is after `position` (binary search). */
function firstEndingAfter(spans: Span[], position: number): number {
  return partitionPoint(spans.length, (i) => spans[i].end <= position);
}

/** Every region of prose of the document, in text order. */
export function proseRegions(document: ArticleDocument): ProseRegion[] {
  const source = document.text;
  // The sentences of one block make one region: a pattern never spans two
  // sentences, but a sentence splitter that cuts "6.25%" or "U.S. $5" in two
  // must not cost the pattern its match.
  const ranges: Span[] = [];
  let lastBlock = -1;
  for (const s of document.sentences) {
    const previous = ranges[ranges.length - 1];
    if (previous && s.block === lastBlock && s.start >= previous.end) previous.end = s.end;
    else ranges.push({ start: s.start, end: s.end });
    lastBlock = s.block;
  }
  const covered = [...ranges].sort((a, b) => a.start - b.start);
  for (const f of document.footnoteDefinitions) {
    const c = f.content;
    const i = firstEndingAfter(covered, c.start);
    if (i < covered.length && covered[i].start < c.end) continue; // already in a sentence
    ranges.push({ start: c.start, end: c.end });
  }
  ranges.sort((a, b) => a.start - b.start);
  // Links, directives and footnote references do not overlap, so sorted by start they are sorted by end too.
  const blanked = blankedSpans(document);
  const markdown = document.format === 'markdown';
  return ranges.map((r) => {
    const local: Span[] = [];
    for (let i = firstEndingAfter(blanked, r.start); i < blanked.length && blanked[i].start < r.end; i++) {
      local.push({ start: blanked[i].start - r.start, end: blanked[i].end - r.start });
    }
    const raw = source.slice(r.start, r.end);
    return { start: r.start, text: blank(raw, [...local, ...markupSpans(raw, markdown)]) };
  });
}
