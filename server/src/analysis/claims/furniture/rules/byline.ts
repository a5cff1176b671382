import type { ArticleDocument } from '../../../types';
import type { FurnitureRule } from '../rule';

const BYLINE = /^(by|(additional )?reporting by|writing by|written by|editing by|edited by|compiled by|photos? by|photographs? by|story by|words by)\s+\p{Lu}/iu;
const CREDIT = /(contributed (to )?(this )?report(ing)?|contributed reporting)\.?$/i;
/** "This fact check was reported with assistance from Ben Ostrowski.", "This story was produced in partnership with …". */
const STORY_CREDIT = /^this (fact[- ]check|story|article|report|piece|analysis) was (reported|written|produced|compiled|updated|edited)( with (assistance|help|additional reporting) from| in (partnership|collaboration) with| by)\s+\p{Lu}[^.]*\.?$/iu;

const EMPHASIS_START = /^[*_]+/;

/**
 * The sentences after an italic byline in the same wholly italic paragraph:
 * the author's note ("*By Helena Varga. Varga chairs the Brenford Commuters'
 * Association.*"), furniture like the byline itself.
 */
function authorNote(document: ArticleDocument, i: number): number[] {
  const block = document.blocks[document.sentences[i]!.block];
  if (!block || block.firstSentence !== i) return [];
  const whole = document.text.slice(block.start, block.end).trim();
  if (!/^[*_]/.test(whole) || !/[*_]$/.test(whole)) return [];
  const out: number[] = [];
  for (let k = i + 1; k < block.firstSentence + block.sentenceCount; k++) out.push(k);
  return out;
}

/** Lower-case words a byline may hold. */
const BYLINE_WORDS = new Set(['by', 'and', 'in', 'for', 'of', 'the', 'staff', 'writer', 'writers', 'correspondent', 'reporter', 'reporters', 'editor', 'editing', 'reporting', 'writing', 'additional', 'from', 'at', 'with']);

/**
 * The lines a byline block carries under the name: the writer's role and
 * desk ("Business reporter, Tarnby", "Europe correspondent", "City Hall
 * Reporter", "KBN News, Lusembe"). Short, unpunctuated, capitalised words and
 * the byline's own lower-case words only.
 */
function bylineTail(document: ArticleDocument, i: number): number[] {
  const block = document.blocks[document.sentences[i]!.block];
  if (!block) return [];
  const out: number[] = [];
  for (let k = i + 1; k < block.firstSentence + block.sentenceCount; k++) {
    const line = document.sentences[k]!.text.trim();
    const words = line.split(/\s+/);
    if (words.length > 6 || /[.!?:;"“”]$|\d/.test(line)) break;
    if (!words.every((w) => /^\p{Lu}/u.test(w) || BYLINE_WORDS.has(w.replace(/[^\p{L}]/gu, '').toLowerCase()))) break;
    out.push(k);
  }
  return out;
}

/** Bylines and credits ("By Jane Doe", "Reporting by …; Editing by …"). */
export const byline: FurnitureRule = {
  id: 'byline',
  description: 'Bylines and reporting credits.',
  run({ document }) {
    return document.sentences.flatMap((s, i) => {
      // An italic byline ("*By Helena Varga.*") is read without its emphasis marks.
      const t = s.text.trim().replace(EMPHASIS_START, '');
      if (BYLINE.test(t)) {
        // A byline is a short run of names: "By Trump's own admission, …" or "By the time …" is prose.
        // (Words are split only for the few sentences that open like a byline.)
        const words = t.split(/\s+/);
        const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !BYLINE_WORDS.has(w.replace(/[^\p{L}]/gu, ''))).length;
        if (words.length <= 25 && lower <= 1 && !/['’]s\b/.test(t)) return [i, ...authorNote(document, i), ...bylineTail(document, i)];
      }
      return CREDIT.test(t) || STORY_CREDIT.test(t) ? [i] : [];
    });
  },
};
