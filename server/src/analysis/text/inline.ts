import type { Directive, FootnoteReference, Link, Problem } from '../types';
import { Cls, classAt, isAlnumCls } from './chars';
import { readDirective } from './directives';
import type { Region, Skip } from './region';

/** What markdown-it learnt about the whole document that inline scanning needs. */
export interface MarkdownEnv {
  /** Link reference definitions, by normalised label. */
  references: Record<string, { href: string }>;
  /** Footnote labels that have a definition. */
  footnotes: ReadonlySet<string>;
}

/** What the inline scan of all blocks collects. */
export interface InlineFindings {
  links: Link[];
  footnoteReferences: FootnoteReference[];
  directives: Directive[];
  problems: Problem[];
}

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/**
 * Finds the inline markup of one Markdown block by scanning the source text
 * itself (markdown-it's rendered content loses offsets): escapes, code
 * spans, links and images, footnote references, autolinks, HTML and
 * comments (directives among them), emphasis markers. Adds them to the
 * region's skips; link URLs, code and HTML become non-prose.
 */
export function scanInline(text: string, region: Region, env: MarkdownEnv, found: InlineFindings): void {
  const skips: Skip[] = [];
  const end = region.end;
  const failedTicks = new Set<number>();
  const closes: { at: number; end: number }[] = [];
  let brackets: Map<number, number> | undefined;
  let k = 0;
  const existing = region.skips;
  let i = region.start;
  while (i < end) {
    while (k < existing.length && existing[k].end <= i) k++;
    if (k < existing.length && i >= existing[k].start) {
      i = existing[k].end;
      continue;
    }
    while (closes.length && closes[closes.length - 1].at < i) {
      const c = closes.pop()!; // its `]` was inside a code span or a space skip
      skips.push({ start: c.at, end: c.end, kind: 'markup' });
    }
    if (closes.length && closes[closes.length - 1].at === i) {
      const c = closes.pop()!;
      skips.push({ start: i, end: c.end, kind: 'markup' });
      i = c.end;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      // Backslash escape: the backslash is markup, the next character prose.
      const n = text[i + 1];
      if (n !== undefined && i + 1 < end && (ASCII_PUNCT.test(n) || n === '\n' || n === '\r')) {
        skips.push({ start: i, end: i + 1, kind: 'markup' });
        i += ASCII_PUNCT.test(n) ? 2 : 1;
        continue;
      }
      i++;
    } else if (c === 0x60) {
      let n = i;
      while (n < end && text.charCodeAt(n) === 0x60) n++;
      const run = n - i;
      const close = failedTicks.has(run) ? -1 : closingTicks(text, n, end, run);
      if (close < 0) {
        failedTicks.add(run);
        i = n;
        continue;
      }
      skips.push({ start: i, end: close + run, kind: 'opaque' });
      i = close + run;
    } else if (c === 0x5b || (c === 0x21 && text.charCodeAt(i + 1) === 0x5b)) {
      const open = c === 0x21 ? i + 1 : i;
      brackets ??= pairBrackets(text, region.start, end);
      const close = brackets.get(open);
      const link = close === undefined ? undefined : linkAfter(text, open, close, end, env);
      if (text.charCodeAt(open + 1) === 0x5e && close !== undefined && env.footnotes.has(text.slice(open + 2, close))) {
        skips.push({ start: open, end: close + 1, kind: 'opaque' });
        found.footnoteReferences.push({ start: open, end: close + 1, label: text.slice(open + 2, close) });
        i = close + 1;
      } else if (!link || close === undefined) {
        i = open + 1;
      } else if (c === 0x21) {
        skips.push({ start: i, end: link.end, kind: 'opaque' }); // an image: alt text is no prose
        i = link.end;
      } else {
        found.links.push({ start: i, end: link.end, label: { start: i + 1, end: close, text: text.slice(i + 1, close) }, url: link.url });
        skips.push({ start: i, end: i + 1, kind: 'markup' });
        closes.push({ at: close, end: link.end });
        i++;
      }
    } else if (c === 0x3c) {
      i = angle(text, i, end, skips, found);
    } else if (c === 0x2a || c === 0x5f || c === 0x7e) {
      let n = i;
      while (n < end && text.charCodeAt(n) === c) n++;
      if (isDelimiter(text, i, n, end, c)) skips.push({ start: i, end: n, kind: 'markup' });
      i = n;
    } else i++;
  }
  for (const c of closes) skips.push({ start: c.at, end: c.end, kind: 'markup' });
  region.skips = mergeSkips(existing, skips);
}

/** `<!-- … -->` (directive or ignored comment), an autolink, or an HTML tag at `i`; returns where to go on. */
function angle(text: string, i: number, end: number, skips: Skip[], found: InlineFindings): number {
  if (text.startsWith('<!--', i)) {
    const close = text.indexOf('-->', i + 4);
    if (close < 0 || close + 3 > end) return i + 1;
    const d = readDirective(text, i, close + 3, i + 4, close, found.problems);
    if (d) found.directives.push(d);
    skips.push({ start: i, end: close + 3, kind: d ? 'barrier' : 'space' }); // other comments: as if absent
    return close + 3;
  }
  AUTOLINK.lastIndex = i;
  const auto = AUTOLINK.exec(text);
  if (auto && i + auto[0].length <= end) {
    const e = i + auto[0].length;
    found.links.push({ start: i, end: e, label: { start: i + 1, end: e - 1, text: auto[1] }, url: auto[1] });
    skips.push({ start: i, end: e, kind: 'opaque' });
    return e;
  }
  HTML_TAG.lastIndex = i;
  const tag = HTML_TAG.exec(text);
  if (tag && i + tag[0].length <= end) {
    skips.push({ start: i, end: i + tag[0].length, kind: 'markup' });
    return i + tag[0].length;
  }
  return i + 1;
}

/** The start of the closing backtick run of exactly `run` ticks, or -1. */
function closingTicks(text: string, from: number, end: number, run: number): number {
  let j = text.indexOf('`', from);
  while (j >= 0 && j < end) {
    let n = j;
    while (n < end && text.charCodeAt(n) === 0x60) n++;
    if (n - j === run) return j;
    j = text.indexOf('`', n);
  }
  return -1;
}

/** Pairs `[` with `]` in one pass (a stack), skipping escaped brackets. */
function pairBrackets(text: string, start: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) stack.push(i);
    else if (c === 0x5d && stack.length) pairs.set(stack.pop()!, i);
  }
  return pairs;
}

/** The link that `[text]` at [open, close] makes: inline `(url)`, `[ref]`, or a defined shortcut. */
function linkAfter(text: string, open: number, close: number, end: number, env: MarkdownEnv): { end: number; url: string } | undefined {
  const n = text.charCodeAt(close + 1);
  if (n === 0x28 && close + 1 < end) {
    let depth = 0;
    const limit = Math.min(end, close + 4096);
    for (let j = close + 1; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x5c) j++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) {
        const inside = text.slice(close + 2, j).trim();
        const url = inside.startsWith('<') ? inside.slice(1, Math.max(1, inside.indexOf('>'))) : inside.split(/\s/, 1)[0];
        return { end: j + 1, url };
      } else if (c === 0x0a && text.charCodeAt(j + 1) === 0x0a) break;
    }
    return undefined;
  }
  if (n === 0x5b && close + 1 < end) {
    const refClose = text.indexOf(']', close + 2);
    if (refClose > 0 && refClose < end && refClose - close < 1000) {
      const label = refClose === close + 2 ? text.slice(open + 1, close) : text.slice(close + 2, refClose);
      const ref = env.references[normalizeLabel(label)];
      if (ref) return { end: refClose + 1, url: ref.href };
    }
  }
  if (close - open < 1000) {
    const ref = env.references[normalizeLabel(text.slice(open + 1, close))];
    if (ref) return { end: close + 1, url: ref.href };
  }
  return undefined;
}

/** markdown-it's label normalisation: trim, collapse spaces, case-fold. */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/** A run of `*`, `_` or `~` that can open or close emphasis (not "5 * 3", not snake_case). */
function isDelimiter(text: string, s: number, e: number, end: number, c: number): boolean {
  if (c === 0x7e && e - s !== 2) return false;
  const before = s > 0 ? classAt(text, s - 1) : Cls.Space;
  const after = e < end ? classAt(text, e) : Cls.Space;
  const spaceBefore = before === Cls.Space || before === Cls.Newline;
  const spaceAfter = after === Cls.Space || after === Cls.Newline;
  if (spaceBefore && spaceAfter) return false;
  if (c === 0x5f && isAlnumCls(before) && isAlnumCls(after)) return false;
  return true;
}

/** Both lists sorted by start, merged; a skip inside an earlier one is dropped, an overlap trimmed. */
export function mergeSkips(a: readonly Skip[], b: readonly Skip[]): Skip[] {
  const all = a.concat(b).sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Skip[] = [];
  let last = -1;
  for (const s of all) {
    if (s.end <= last) continue;
    out.push(s.start < last ? { start: last, end: s.end, kind: s.kind } : s);
    last = s.end;
  }
  return out;
}
