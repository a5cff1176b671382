import { isBoilerplate } from '../../../text/boilerplate';
import { sentencesOf, type FurnitureRule } from '../rule';

/** A navigation prompt with a colon that opens a list of links ("Related: …", "Read more: …", "See also: …"). */
const LINKS_PROMPT = /^[*_]*(?:read more|read next|related(?: coverage| articles?| stories| content| reading)?|see also|also read|more on this story|more coverage|recommended)[*_]*\s*[:›»|]/i;

/** A sentence that is one link inviting the reader ("[Read the council's notice](…).", "[Sign up here](…)"). */
const LINK_PROMPT = /^[*_]*\[(?:read|see|watch|listen|click|sign up|subscribe|donate|download|follow|join|register|view|learn|find out|get)\b[^\]]*\]\([^)\s]+\)[*_]*[.!]?[*_]*$/i;

/** A reader prompt around a link: "Read our [full guide to the parties](…) for background.", "Sign up for [our newsletter](…)". */
const PROMPT_AROUND_LINK = /^[*_]*(?:read|see|watch|listen to|sign up for|subscribe to|follow|explore)\s+(?:our|the|this|more|all)\b[^.!?[\]]{0,60}\[[^\]]+\]\([^)\s]+\)[^.!?[\]]{0,40}[.!]?[*_]*$/i;

/** A newsletter's forwarding prompt: "*Forwarded this newsletter?", "Was this email forwarded to you?". */
const FORWARDED = /^[*_]*(?:forwarded this (?:newsletter|email)|was this (?:newsletter|email) forwarded to you)\?[*_]*$/i;

function linkPrompt(text: string): boolean {
  const t = text.trim();
  return LINK_PROMPT.test(t) || PROMPT_AROUND_LINK.test(t) || FORWARDED.test(t);
}

/**
 * A heading line of related links with the links under it in the same block:
 * "More on this story", "Related Topics", "RELATED COVERAGE" and their lines.
 */
const LINKS_HEADING = /^[*_#\s]*(?:more on this (?:story|topic)|related (?:topics|coverage|articles|stories|content|reading|links)|more stories|more coverage|top stories|you may also like)[*_]*\s*\n/i;

/** "Read More", "Leave a Reply", "Related coverage": page furniture in any position. */
export const boilerplate: FurnitureRule = {
  id: 'boilerplate',
  description: 'Navigation and comment prompts of a news page (Read More, Leave a Reply, Related coverage and the links under it, a newsletter\'s forwarding prompt).',
  run({ document }) {
    const out = document.sentences.flatMap((s, i) => (isBoilerplate(s.text) || linkPrompt(s.text) ? [i] : []));
    // "Related: [Rents rise 9%](…) · [Where the buses run](…)": a prompt and its links, every sentence of the block.
    for (const [b, block] of document.blocks.entries()) {
      if (block.sentenceCount === 0) continue;
      const opening = document.text.slice(block.start, Math.min(block.end, block.start + 40));
      if (LINKS_PROMPT.test(opening) || LINKS_HEADING.test(opening)) out.push(...sentencesOf(document, b));
    }
    return out;
  },
};
