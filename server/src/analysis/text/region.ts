import type { BlockKind } from '../types';

/**
 * How a stretch of non-prose text inside a block behaves:
 * - `space`: like whitespace (a block-quote `> ` or list indentation on a continuation line);
 * - `markup`: transparent to sentence splitting, never a token (`**`, `[`, `](url)`, `<b>`);
 * - `opaque`: an atom inside a sentence that is no prose (inline code, a footnote reference, an image);
 * - `barrier`: ends the sentence before it and belongs to none (an in-text directive).
 */
export type SkipKind = 'space' | 'markup' | 'opaque' | 'barrier';

/** A non-prose stretch of a block. */
export interface Skip {
  start: number;
  end: number;
  kind: SkipKind;
}

/**
 * One block of prose as the format readers (plain.ts, markdown.ts) hand it
 * to the splitter: its content span (markers excluded) and what inside it
 * is not prose. Skips are sorted, disjoint and inside `[start, end)`.
 */
export interface Region {
  start: number;
  end: number;
  kind: BlockKind;
  level?: number;
  skips: Skip[];
  /** Plain text: a line break after a line without a final mark ends the sentence. */
  hardLines: boolean;
}
