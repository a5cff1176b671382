import MarkdownIt from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';
import type { BlockKind, FootnoteDefinition } from '../types';
import { forEachComment, readDirective } from './directives';
import { scanInline, type InlineFindings, type MarkdownEnv } from './inline';
import { LineTable } from './lines';
import type { Region, Skip } from './region';

type Parser = InstanceType<typeof MarkdownIt>;
type MdToken = ReturnType<Parser['parse']>[number];

let parser: Parser | undefined;

/**
 * Markdown: markdown-it decides the block structure (by line, `token.map`);
 * this turns lines into offsets once, strips container markers (`> `, `- `,
 * `1. `, `# `) and scans each block's source for inline markup (inline.ts).
 * Prose is headings, paragraphs, list items, block quotes and table rows;
 * code, HTML blocks, front matter and footnote definitions are not.
 */
export function readMarkdown(text: string, found: InlineFindings, definitions: FootnoteDefinition[]): Region[] {
  if (!parser) {
    parser = new MarkdownIt({ html: true }).use(footnotePlugin);
    // Only the block structure is used (inline spans are found in the source
    // by inline.ts), so markdown-it's inline pass is skipped: it is most of
    // its time, and the rendered content would lose offsets anyway.
    // footnote_tail keeps only referenced definitions, which needs the inline
    // pass: the definitions are read where they stand instead.
    parser.core.ruler.disable(['inline', 'text_join', 'linkify', 'replacements', 'smartquotes', 'footnote_tail'], true);
  }
  const lines = new LineTable(text);
  const fm = frontMatterLines(text, lines);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Same line numbering as the original: front matter lines become empty lines.
  const source = fm > 0 ? '\n'.repeat(fm) + text.slice(lines.start(fm)) : text.slice(bom);
  const raw: Record<string, unknown> = {};
  const tokens = parser.parse(source, raw);
  const notes = raw.footnotes as { refs?: Record<string, number> } | undefined;
  const env: MarkdownEnv = {
    references: (raw.references as Record<string, { href: string }> | undefined) ?? {},
    footnotes: new Set(Object.keys(notes?.refs ?? {}).map((k) => k.slice(1))),
  };
  const walker = new Walker(text, lines, env, found, definitions);
  for (const token of tokens) walker.visit(token);
  return walker.regions;
}

class Walker {
  readonly regions: Region[] = [];
  private containers: BlockKind[] = [];
  private bq = 0;
  private marker = false;
  private footnote: { label: string; start: number; contentStart: number; end: number } | undefined;
  private lastEndLine = -1;
  /** Inside a table's header (its rows are column names, not claims). */
  private tableHead = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineTable,
    private readonly env: MarkdownEnv,
    private readonly found: InlineFindings,
    private readonly definitions: FootnoteDefinition[],
  ) {}

  visit(t: MdToken): void {
    switch (t.type) {
      case 'blockquote_open':
        this.bq++;
        this.containers.push('blockquote');
        return;
      case 'list_item_open':
        this.containers.push('listItem');
        this.marker = true;
        return;
      case 'blockquote_close':
        this.bq--;
        this.containers.pop();
        return;
      case 'list_item_close':
        this.containers.pop();
        this.marker = false;
        return;
      case 'footnote_reference_open':
        this.footnote = { label: String((t.meta as { label?: string } | null)?.label ?? ''), start: -1, contentStart: -1, end: -1 };
        return;
      case 'footnote_reference_close':
        this.closeFootnote();
        return;
      case 'heading_open':
        if (t.map) this.heading(t);
        break;
      case 'paragraph_open':
        if (t.map) this.paragraph(t.map[0], t.map[1]);
        break;
      case 'thead_open':
        this.tableHead = true;
        return;
      case 'thead_close':
        this.tableHead = false;
        return;
      case 'tr_open':
        if (t.map) this.row(t.map[0]);
        break;
      case 'html_block':
        if (t.map) this.html(t.map[0], t.map[1]);
        break;
    }
    if (t.map && t.nesting >= 0) this.marker = false;
  }

  /** Offset of the content of a line after container markers (`> `, `- `, `1. `). */
  private contentStart(line: number, withMarker: boolean): number {
    const text = this.text;
    const end = this.lines.end(line);
    let i = this.lines.start(line);
    let quotes = this.bq;
    let marker = withMarker;
    for (;;) {
      while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0xfeff)) i++;
      const c = text.charCodeAt(i);
      if (quotes > 0 && c === 0x3e) {
        quotes--;
        i++;
      } else if (marker && (c === 0x2d || c === 0x2a || c === 0x2b) && (i + 1 >= end || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
        marker = false;
        i++;
      } else if (marker && c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const d = text.charCodeAt(j);
        if ((d !== 0x2e && d !== 0x29) || (j + 1 < end && text.charCodeAt(j + 1) !== 0x20 && text.charCodeAt(j + 1) !== 0x09)) break;
        marker = false;
        i = j + 1;
      } else break;
    }
    return i;
  }

  /** End of a line's content, trailing spaces removed. */
  private contentEnd(line: number, from: number): number {
    let e = this.lines.end(line);
    while (e > from && (this.text.charCodeAt(e - 1) === 0x20 || this.text.charCodeAt(e - 1) === 0x09)) e--;
    return e;
  }

  private kind(): BlockKind {
    return this.containers.length ? this.containers[this.containers.length - 1] : 'paragraph';
  }

  private paragraph(first: number, last: number): void {
    const skips: Skip[] = [];
    let start = -1;
    let end = -1;
    for (let line = first; line < last; line++) {
      const s = this.contentStart(line, line === first && this.marker);
      const e = this.contentEnd(line, s);
      if (start < 0) start = s;
      else if (s > end) skips.push({ start: end, end: s, kind: 'space' });
      end = Math.max(end, e);
    }
    if (start < 0 || end <= start) return;
    if (this.footnote) return this.footnoteParagraph(start, end, skips);
    this.add({ start, end, kind: this.kind(), skips, hardLines: false }, last);
  }

  private heading(t: MdToken): void {
    const [first, last] = t.map!;
    const level = Number(t.tag.slice(1)) || 1;
    if (t.markup === '=' || t.markup === '-') {
      // Setext: the text lines, not the underline.
      const before = this.regions.length;
      this.paragraph(first, last - 1);
      for (let r = before; r < this.regions.length; r++) Object.assign(this.regions[r], { kind: 'heading', level });
      return;
    }
    const text = this.text;
    let s = this.contentStart(first, this.marker);
    while (text.charCodeAt(s) === 0x23) s++;
    let e = this.contentEnd(first, s);
    while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
    // Closing sequence: "## Title ##".
    let h = e;
    while (h > s && text.charCodeAt(h - 1) === 0x23) h--;
    if (h < e && (h === s || text.charCodeAt(h - 1) === 0x20 || text.charCodeAt(h - 1) === 0x09)) {
      e = h;
      while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
    }
    if (e > s) this.add({ start: s, end: e, kind: 'heading', level, skips: [], hardLines: false }, last);
  }

  /**
   * A table row: one region from its first cell's text to its last's, so that
   * a row of figures is one claim ("Floods | 1.18 million | +64%"); the inner
   * pipes stay in it as punctuation, which no name crosses. The header row
   * is a region of its own kind (furniture, like a heading).
   */
  private row(line: number): void {
    const text = this.text;
    const s = this.contentStart(line, false);
    const e = this.contentEnd(line, s);
    let cell = text.charCodeAt(s) === 0x7c ? s + 1 : s;
    let code = false;
    let first = -1;
    let last = -1;
    for (let i = cell; i <= e; i++) {
      const c = i < e ? text.charCodeAt(i) : 0x7c;
      if (c === 0x5c) i++;
      else if (c === 0x60) code = !code;
      else if (c === 0x7c && (!code || i === e)) {
        let a = cell;
        let b = i;
        while (a < b && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x09)) a++;
        while (b > a && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--;
        if (b > a) {
          if (first < 0) first = a;
          last = b;
        }
        cell = i + 1;
      }
    }
    if (first >= 0) this.add({ start: first, end: last, kind: this.tableHead ? 'tableHeader' : 'tableRow', skips: [], hardLines: false }, line + 1);
  }

  /** An HTML block is no prose; a directive in it still counts, and right under a block it joins that block. */
  private html(first: number, last: number): void {
    const from = this.lines.start(first);
    const to = this.lines.end(last - 1);
    const previous = this.regions[this.regions.length - 1];
    forEachComment(this.text, from, to, (cs, ce) => {
      const d = readDirective(this.text, cs, ce, cs + 4, ce - 3, this.found.problems);
      if (!d) return;
      this.found.directives.push(d);
      if (previous && first === this.lastEndLine && !this.footnote) {
        previous.skips.push({ start: cs, end: ce, kind: 'barrier' });
        previous.end = Math.max(previous.end, ce);
      }
    });
  }

  private add(region: Region, endLine: number): void {
    scanInline(this.text, region, this.env, this.found);
    this.regions.push(region);
    this.lastEndLine = endLine;
  }

  private footnoteParagraph(start: number, end: number, skips: Skip[]): void {
    const f = this.footnote!;
    let s = start;
    if (f.start < 0) {
      f.start = start;
      // "[^label]:" opens the first paragraph.
      const close = this.text.indexOf(']:', start);
      if (this.text.charCodeAt(start) === 0x5b && close > 0 && close < end) s = close + 2;
      while (s < end && (this.text.charCodeAt(s) === 0x20 || this.text.charCodeAt(s) === 0x09)) s++;
      f.contentStart = s;
    }
    f.end = end;
    // Links in a footnote can source a claim: keep them, but the text is no prose.
    if (end > s) scanInline(this.text, { start: s, end, kind: 'paragraph', skips, hardLines: false }, this.env, this.found);
  }

  private closeFootnote(): void {
    const f = this.footnote;
    this.footnote = undefined;
    if (!f || f.start < 0) return;
    const contentEnd = Math.max(f.contentStart, f.end);
    this.definitions.push({
      start: f.start,
      end: contentEnd,
      label: f.label,
      content: { start: f.contentStart, end: contentEnd, text: this.text.slice(f.contentStart, contentEnd) },
    });
  }
}

/** Lines of YAML front matter (`---` … `---` at the very top), or 0. */
function frontMatterLines(text: string, lines: LineTable): number {
  const first = text.slice(lines.start(0), lines.end(0)).replace(/^\ufeff/, '').trimEnd();
  if (first !== '---') return 0;
  for (let line = 1; line < Math.min(lines.count, 2000); line++) {
    const l = text.slice(lines.start(line), lines.end(line)).trimEnd();
    if (l === '---' || l === '...') return line + 1;
  }
  return 0;
}
