import type { ArticleDocument, Block, DocumentFormat, FootnoteDefinition, Sentence, Span, Token } from '../types';
import type { InlineFindings } from './inline';
import { readMarkdown } from './markdown';
import { readPlain } from './plain';
import type { Region } from './region';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

/**
 * The document model of an article: plain text or Markdown in; prose blocks,
 * sentences, tokens, links, footnotes and directives out, every span an
 * absolute UTF-16 offset into `text` (a BOM and CRLF kept as they are).
 * Guarantees, for every span: `text.slice(start, end) === span.text`;
 * sentences sorted, disjoint and inside their block; tokens sorted inside
 * their sentence. Linear time; never throws (an internal failure becomes a
 * Problem and an empty model).
 */
export function buildDocument(text: string, format: DocumentFormat): ArticleDocument {
  const found: InlineFindings = { links: [], footnoteReferences: [], directives: [], problems: [] };
  const definitions: FootnoteDefinition[] = [];
  const doc: ArticleDocument = {
    text,
    format,
    blocks: [],
    sentences: [],
    links: found.links,
    footnoteReferences: found.footnoteReferences,
    footnoteDefinitions: definitions,
    directives: found.directives,
    problems: found.problems,
  };
  try {
    const regions =
      format === 'markdown' ? readMarkdown(text, found, definitions) : readPlain(text, found.directives, found.problems);
    regions.sort((a, b) => a.start - b.start);
    fill(doc, regions);
    found.links.sort(byStart);
    found.footnoteReferences.sort(byStart);
    found.directives.sort(byStart);
  } catch (error) {
    return {
      ...doc,
      blocks: [],
      sentences: [],
      links: [],
      footnoteReferences: [],
      footnoteDefinitions: [],
      directives: [],
      problems: [
        {
          code: 'internal.document-model',
          severity: 'error',
          message: `Could not read the document's structure: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  return doc;
}

function fill(doc: ArticleDocument, regions: Region[]): void {
  const text = doc.text;
  const spans: Span[] = [];
  let floor = 0;
  for (const region of regions) {
    if (region.start < floor) continue; // never overlap an earlier block
    spans.length = 0;
    splitSentences(text, region, spans);
    const block: Block = { start: region.start, end: region.end, kind: region.kind, firstSentence: doc.sentences.length, sentenceCount: 0 };
    if (region.level !== undefined) block.level = region.level;
    let k = 0;
    for (const span of spans) {
      while (k < region.skips.length && region.skips[k].end <= span.start) k++;
      const tokens: Token[] = [];
      tokenize(text, span.start, span.end, region.skips, k, tokens);
      if (!tokens.some(isContent)) continue;
      const sentence: Sentence = { start: span.start, end: span.end, text: text.slice(span.start, span.end), block: doc.blocks.length, tokens };
      doc.sentences.push(sentence);
      block.sentenceCount++;
    }
    if (block.sentenceCount === 0) continue;
    doc.blocks.push(block);
    floor = region.end;
  }
}

/** A sentence of nothing but punctuation ("* * *", "—") is no sentence. */
function isContent(token: Token): boolean {
  return token.kind !== 'punct';
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}
