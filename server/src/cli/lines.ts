/**
 * Offsets → 1-based lines and columns for the CLI's outputs (the text
 * report's `line:column` and SARIF regions). The language server has its own
 * converter for LSP positions; SARIF's rules differ (1-based, end column
 * exclusive, its own line breaks), so this one follows SARIF:
 * - line breaks are the run's `newlineSequences`, "\r\n" and "\n" (the SARIF
 *   default; a lone "\r" is not a line break there);
 * - columns count UTF-16 code units (`columnKind: "utf16CodeUnits"`), the
 *   unit of the analysis offsets, so no conversion is needed inside a line;
 * - a byte-order mark is an encoding signature, not a character a viewer
 *   shows, so line 1 column 1 is the character after it and `charOffset`
 *   does not count it.
 */
import { partitionPoint } from '../analysis/partition';
import type { Span } from '../analysis/types';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface SarifRegionFields {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

export class LineIndex {
  /** Offset at which each line starts (line 1 → lineStarts[0]). */
  private readonly lineStarts: number[];
  private readonly bom: number;

  constructor(private readonly text: string) {
    this.bom = text.startsWith('\uFEFF') ? 1 : 0;
    this.lineStarts = [this.bom];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The line and column of the character at `offset` (clamped into the text). */
  position(offset: number): Position {
    const at = Math.max(this.bom, Math.min(offset, this.text.length));
    const index = this.lineIndexOf(at);
    return { line: index + 1, column: at - (this.lineStarts[index] ?? 0) + 1 };
  }

  /**
   * A SARIF region for a half-open span: `endLine` is the line of the last
   * character and `endColumn` the column just after it; an empty span is an
   * insertion point (end = start).
   */
  region(span: Span): SarifRegionFields {
    const start = Math.max(this.bom, Math.min(span.start, this.text.length));
    const end = Math.max(start, Math.min(span.end, this.text.length));
    const first = this.position(start);
    let last: Position;
    if (end === start) {
      last = first;
    } else {
      // The line of the last character; the end column may then be one past a
      // "\r" or "\n" that ends the span, which is still on that line.
      const lineOfLast = this.lineIndexOf(end - 1);
      last = { line: lineOfLast + 1, column: end - (this.lineStarts[lineOfLast] ?? 0) + 1 };
    }
    return {
      startLine: first.line,
      startColumn: first.column,
      endLine: last.line,
      endColumn: last.column,
      charOffset: start - this.bom,
      charLength: end - start,
    };
  }

  private lineIndexOf(offset: number): number {
    return Math.max(0, partitionPoint(this.lineStarts.length, (i) => (this.lineStarts[i] ?? 0) <= offset) - 1);
  }
}
