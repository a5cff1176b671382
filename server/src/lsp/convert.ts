/**
 * The ONLY place that turns analysis offsets into LSP positions and back
 * (ARCHITECTURE.md invariant 2; harper-ls `pos_conv.rs`, rust-analyzer
 * `to_proto.rs`).
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the exact
 * text the client sent; LSP positions are (line, UTF-16 character) pairs, the
 * protocol's default encoding, which the server announces. Line breaks are
 * `\n`, `\r\n` and `\r`, as the LSP specification says. A byte-order mark,
 * when the text holds one, is an ordinary code unit at line 0, character 0.
 */
import type { Location, Position, Range } from 'vscode-languageserver';
import { partitionPoint } from '../analysis/partition';
import type { Span } from '../analysis/types';

/** A table of line starts over one text version: O(log n) conversions both ways. */
export class LineIndex {
  /** Offset of the first character of each line; always starts with 0. */
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** Number of lines; a text ending with a line break has an empty last line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1];
    const crlf = this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13;
    return next - (crlf ? 2 : 1);
  }

  /** The line that holds `offset` (clamped into the text). */
  lineOf(offset: number): number {
    const o = clamp(offset, 0, this.text.length);
    return Math.max(0, partitionPoint(this.starts.length, (i) => this.starts[i] <= o) - 1);
  }

  /**
   * The position of `offset`. Offsets outside the text are clamped; an offset
   * between the `\r` and `\n` of a CRLF (which no position can name) maps to
   * the end of its line.
   */
  positionAt(offset: number): Position {
    const o = clamp(Math.floor(Number.isFinite(offset) ? offset : 0), 0, this.text.length);
    const line = this.lineOf(o);
    const character = Math.min(o, this.lineEnd(line)) - this.starts[line];
    return { line, character };
  }

  /**
   * The offset of `position`. A line past the end gives the end of the text;
   * a character past the end of its line gives the end of that line (the LSP
   * rule); negative or non-numeric values count as 0.
   */
  offsetAt(position: Position): number {
    const line = toIndex(position.line);
    const character = toIndex(position.character);
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + character, this.lineEnd(line));
  }

  /** True when `position` names a place inside the text (no clamping was needed). */
  isValid(position: Position): boolean {
    const { line, character } = position;
    if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) return false;
    if (line >= this.starts.length) return false;
    return this.starts[line] + character <= this.lineEnd(line);
  }

  /** The range of a span. */
  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(Math.max(span.start, span.end)) };
  }

  /** The span of a range, start ≤ end guaranteed. */
  span(range: Range): Span {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return a <= b ? { start: a, end: b } : { start: b, end: a };
  }

  /** A location in the document `uri`. */
  location(uri: string, span: Span): Location {
    return { uri, range: this.range(span) };
  }

  /**
   * Splits a span into one span per line it touches, line breaks excluded,
   * for clients that do not accept multi-line semantic tokens.
   */
  splitByLine(span: Span): Span[] {
    const first = this.lineOf(span.start);
    const last = this.lineOf(Math.max(span.start, span.end - 1));
    const parts: Span[] = [];
    for (let line = first; line <= last; line++) {
      const start = Math.max(span.start, this.starts[line]);
      const end = Math.min(span.end, this.lineEnd(line));
      if (end > start) parts.push({ start, end });
    }
    return parts;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

function toIndex(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
