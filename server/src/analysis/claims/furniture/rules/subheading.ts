import type { ArticleDocument } from '../../../types';
import { sentencesOf, type FurnitureRule } from '../rule';

/**
 * A heading or a one-line block with no closing punctuation, after the
 * headline, is a section subheading or a teaser headline, not a claim.
 * List items and table rows are exempt: a bullet or a row of figures is
 * prose ("17 schools closed"); a table's header row is furniture.
 */
export const subheading: FurnitureRule = {
  id: 'subheading',
  description: 'Section subheadings and headline-like lines after the headline.',
  run({ document, headline }) {
    const out: number[] = [];
    const questions = questionHeadings(document, headline);
    document.blocks.forEach((block, b) => {
      if (b === headline || block.sentenceCount === 0 || block.kind === 'listItem' || block.kind === 'tableRow') return;
      const ids = sentencesOf(document, b);
      // A table's header row names its columns, like a heading.
      if (block.kind === 'heading' || block.kind === 'tableHeader') {
        out.push(...ids);
        return;
      }
      if (ids.length !== 1) {
        // "Conference Call" on a line of its own, the section's text on the next line of the same block.
        if (ownLineHeading(document, ids[0]!)) out.push(ids[0]!);
        // "Last updated on 12 April 2025" / "Northern Premiership": a section's name closing a dated line's block.
        const last = ids[ids.length - 1]!;
        if (sectionAfterDate(document, last)) out.push(last);
        return;
      }
      if (questions.has(b)) {
        out.push(ids[0]!);
        return;
      }
      const s = document.sentences[ids[0]!]!;
      const raw = document.text.slice(block.start, block.end).trimStart();
      if (/^([-*+•]|\d+[.)])\s/.test(raw)) return; // a plain-text list item
      // ("There are several types of ISA, and you can split your allowance between them:": a long sentence that
      // introduces a list states something; a short one is the list's lead-in.)
      const text = s.text.trim();
      if (!/[.!?…"”’')\]]$/.test(text) && !(text.endsWith(':') && text.split(/\s+/).length > 10)) out.push(ids[0]!);
    });
    return out;
  },
};

/** Words that open a question put as a section's heading ("When does the closure start?", "What about buses?"). */
const QUESTION_OPENERS = new Set(['what', 'when', 'where', 'why', 'how', 'who', 'which', 'will', 'can', 'is', 'are', 'does', 'do', 'should', 'could']);

/**
 * The blocks of an explainer's question headings: one short question alone in its block, not addressed to anyone
 * ("you" is an interviewer's), at least two of them in the article; a lone rhetorical question stays a claim.
 */
function questionHeadings(document: ArticleDocument, headline: number): Set<number> {
  const out = new Set<number>();
  document.blocks.forEach((block, b) => {
    if (b === headline || block.sentenceCount !== 1 || block.kind === 'listItem' || block.kind === 'tableRow') return;
    const s = document.sentences[block.firstSentence]!;
    const words = s.tokens.filter((t) => t.kind === 'word');
    const text = s.text.trim();
    if (!text.endsWith('?') || words.length === 0 || words.length > 8) return;
    const lower = words.map((t) => t.text.toLowerCase());
    if (!QUESTION_OPENERS.has(lower[0]!) || lower.includes('you') || lower.includes('your') || /["“”]/.test(text)) return;
    out.add(b);
  });
  return out.size >= 2 ? out : new Set();
}

/** The last line of a block, after a line with a date, that names a section: at most four capitalised words of its own line. */
function sectionAfterDate(document: ArticleDocument, i: number): boolean {
  const s = document.sentences[i]!;
  const before = document.sentences[i - 1];
  if (!before || !/\d/.test(before.text) || !/\n[ \t]*$/.test(document.text.slice(before.end, s.start))) return false;
  const words = s.tokens.filter((t) => t.kind === 'word');
  return words.length > 0 && words.length <= 4 && words.length === s.tokens.length && words.every((t) => /^\p{Lu}/u.test(t.text));
}

/**
 * A block's first sentence that is a short title of its own line ("Conference
 * Call", "About Halvard Robotics", "FORWARD-LOOKING STATEMENTS"): no closing
 * punctuation, a line break right after it, at most eight words, most of them
 * capitalised. The text on the lines after it is the section it heads.
 */
function ownLineHeading(document: ArticleDocument, i: number): boolean {
  const s = document.sentences[i]!;
  const text = s.text.trim();
  if (/[.!?…:;,"”’')\]]$/.test(text)) return false;
  const after = document.text.slice(s.end, s.end + 3);
  if (!/^[ \t]*\r?\n/.test(after)) return false;
  const words = s.tokens.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > 8 || !/^\p{Lu}/u.test(words[0]!.text)) return false;
  const long = words.filter((t) => t.text.length >= 4);
  const capitals = long.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return long.length > 0 && capitals / long.length >= 0.75;
}
