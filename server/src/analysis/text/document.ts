import type { ArticleDocument, DocumentFormat, Sentence, Token } from '../types';

/**
 * TEMPORARY naive document model so the other stages can be built in
 * parallel; the document-model work replaces it (Markdown via markdown-it,
 * a news-grade sentence splitter).
 */
export function buildDocument(text: string, format: DocumentFormat): ArticleDocument {
  const sentences: Sentence[] = [];
  const blocks: ArticleDocument['blocks'] = [];
  const paragraph = /[^\r\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    const blockIndex = blocks.length;
    const first = sentences.length;
    const sentence = /[^.!?]+[.!?]*["”’]?/g;
    for (let s = sentence.exec(p[0]); s; s = sentence.exec(p[0])) {
      const raw = s[0];
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = p.index + s.index + lead;
      sentences.push({ start, end: start + body.length, text: body, block: blockIndex, tokens: tokenize(text, start, start + body.length) });
    }
    blocks.push({ start: p.index, end: p.index + p[0].length, kind: 'paragraph', firstSentence: first, sentenceCount: sentences.length - first });
  }
  return { text, format, blocks, sentences, links: [], footnoteReferences: [], footnoteDefinitions: [], directives: [], problems: [] };
}

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const kind = /^\d/.test(m[0]) ? 'number' : /^[\p{L}]/u.test(m[0]) ? 'word' : 'punct';
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
  }
  return tokens;
}
