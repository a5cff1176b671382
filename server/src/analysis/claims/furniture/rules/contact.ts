import { sentencesOf, type FurnitureRule } from '../rule';

/** A contact label: "Media Contact:", "Press inquiries:", "Investor Relations". */
const CONTACT_LABEL = /^[*_]*(?:(?:media|press|investor|news|public)\s+)?(?:contacts?|inquiries|enquiries|relations)[*_]*\s*:?\s*[*_]*$/i;
/** A line that is only a telephone number ("+1 617 555 0142", "(020) 7946 0018"). */
const PHONE = /^(?:(?:tel|phone|mobile)\.?:?\s*)?\+?[\d\s().-]{7,}$/i;
/** An e-mail address. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** The safe-harbour notice of a company release ("This press release contains forward-looking statements …"). */
const SAFE_HARBOUR = /^(?:this (?:press )?release|statements in this (?:press )?release|certain statements)\b.{0,60}\bforward-looking statements\b/i;

/** Word tokens of a sentence. */
function wordCount(tokens: readonly { kind: string }[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word') n++;
  return n;
}

/**
 * The contact details and legal notice of a press release or a newsletter:
 * a contact label and the lines of its block after it, a line that is only a
 * telephone number, a short line holding an e-mail address, and the
 * forward-looking-statements notice with the rest of its paragraph. They say
 * whom to call, not what happened.
 */
export const contact: FurnitureRule = {
  id: 'contact',
  description: 'Contact details and the forward-looking-statements notice of a press release.',
  run({ document }) {
    const out: number[] = [];
    document.sentences.forEach((s, i) => {
      const text = s.text.trim();
      // Words are counted only for the few sentences with an "@".
      if (PHONE.test(text) || (text.includes('@') && EMAIL.test(text) && wordCount(s.tokens) <= 8)) out.push(i);
      else if (CONTACT_LABEL.test(text) || SAFE_HARBOUR.test(text)) out.push(...sentencesOf(document, s.block).filter((k) => k >= i));
    });
    return out;
  },
};
