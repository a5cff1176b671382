import { isBoilerplate } from '../../../text/boilerplate';
import { sentencesOf, type FurnitureRule } from '../rule';

/** A navigation prompt with a colon that opens a list of links ("Related: …", "Read more: …", "See also: …"). */
const LINKS_PROMPT = /^[*_]*(?:read more|read next|related(?: coverage| articles?| stories| content| reading)?|see also|also read|more on this story|more coverage|recommended)[*_]*\s*[:›»|]/i;

/** A sentence that is one link inviting the reader ("[Read the council's notice](…).", "[Sign up here](…)"). */
const LINK_PROMPT = /^[*_]*\[(?:read|see|watch|listen|click|sign up|subscribe|donate|download|follow|join|register|view|learn|find out|get)\b[^\]]*\]\([^)\s]+\)[*_]*[.!]?$/i;

function linkPrompt(text: string): boolean {
  return LINK_PROMPT.test(text.trim());
}

/** "Read More", "Leave a Reply", "Related coverage": page furniture in any position. */
export const boilerplate: FurnitureRule = {
  id: 'boilerplate',
  description: 'Navigation and comment prompts of a news page (Read More, Leave a Reply, Related coverage).',
  run({ document }) {
    const out = document.sentences.flatMap((s, i) => (isBoilerplate(s.text) || linkPrompt(s.text) ? [i] : []));
    // "Related: [Rents rise 9%](…) · [Where the buses run](…)": a prompt and its links, every sentence of the block.
    for (const [b, block] of document.blocks.entries()) {
      if (block.sentenceCount > 0 && LINKS_PROMPT.test(document.text.slice(block.start, Math.min(block.end, block.start + 40)))) out.push(...sentencesOf(document, b));
    }
    return out;
  },
};
