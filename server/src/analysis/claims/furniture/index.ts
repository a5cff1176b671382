import type { ArticleDocument } from '../../types';
import type { FurnitureContext, FurnitureRule } from './rule';
import { authorBio } from './rules/authorBio';
import { boilerplate } from './rules/boilerplate';
import { byline } from './rules/byline';
import { caption } from './rules/caption';
import { contact } from './rules/contact';
import { editorNote } from './rules/editorNote';
import { footnoteDefinition } from './rules/footnoteDefinition';
import { leadIn } from './rules/leadIn';
import { repeatedLine } from './rules/repeatedLine';
import { subheading } from './rules/subheading';
import { timestamp } from './rules/timestamp';
import { signOff } from './rules/signOff';

/** Every page-furniture rule, by id. */
export const FURNITURE_RULES: ReadonlyMap<string, FurnitureRule> = new Map(
  [repeatedLine, boilerplate, byline, authorBio, subheading, leadIn, footnoteDefinition, editorNote, timestamp, signOff, caption, contact].map((r) => [r.id, r]),
);

/** A site's section breadcrumb on a line of its own ("TechLedger | Competition & Regulation", "News › World"). */
const BREADCRUMB = /^[^.!?\n]{1,60}\s[|›»>/]\s[^.!?\n]{1,60}$/u;

/** The headline: the first block with a sentence that has a word in it (a table's header row never is, nor a breadcrumb above it). */
function headlineBlock(document: ArticleDocument): number {
  for (let b = 0; b < document.blocks.length; b++) {
    const block = document.blocks[b]!;
    if (block.kind === 'tableHeader') continue;
    // (The breadcrumb itself, a one-line block without closing punctuation after the headline, is a subheading.)
    if (block.sentenceCount === 1 && BREADCRUMB.test(document.text.slice(block.start, block.end).trim())) continue;
    for (let k = 0; k < block.sentenceCount; k++) {
      if (document.sentences[block.firstSentence + k]?.tokens.some((t) => t.kind === 'word')) return b;
    }
  }
  return -1;
}

/** Sentence indices that are page furniture (never claims), and the headline block. */
export function findFurniture(document: ArticleDocument): { furniture: Set<number>; headline: number } {
  // Actors and claims both ask (actors leave pronouns in furniture unresolved): worked out once per document.
  const known = found.get(document);
  if (known) return known;
  const result = computeFurniture(document);
  found.set(document, result);
  return result;
}

const found = new WeakMap<ArticleDocument, { furniture: Set<number>; headline: number }>();

function computeFurniture(document: ArticleDocument): { furniture: Set<number>; headline: number } {
  const context: FurnitureContext = { document, headline: headlineBlock(document) };
  const furniture = new Set<number>();
  for (const rule of FURNITURE_RULES.values()) for (const i of rule.run(context)) furniture.add(i);
  // A sentence with no word at all ("—", "***") is never a claim.
  document.sentences.forEach((s, i) => {
    if (!s.tokens.some((t) => t.kind === 'word' || t.kind === 'number')) furniture.add(i);
  });
  return { furniture, headline: context.headline };
}
