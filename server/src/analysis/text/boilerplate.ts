/**
 * Navigation and comment prompts of a news page ("Read More", "Leave a
 * Reply", "Related coverage"): page furniture wherever it stands. Shared by
 * the claims stage (furniture is no claim) and the entities stage (a prompt
 * in title case is no name).
 */
const BOILERPLATE_LINE =
  /^(read more|read next|leave a (reply|comment)|related( coverage| articles?| stories| content| reading)?|advertisement|share( this( article| story)?)?|subscribe( now)?|sign up( for [\w\s]+)?|follow us( on [\w\s]+)?|click here( [\w\s]+)?|comments?|see also|more from [\w\s]+|recommended( for you)?|trending( now)?|most (read|popular)|also read|you may also like|continue reading|back to top|print|email this|top stories|latest news)[\s.:!›»]*$/i;

/**
 * A page's legal footer, social prompts and republication note: "Copyright 2025 BBC.", "© 2025 Wirepoint", "All rights reserved.", "The BBC
 * is not responsible for the content of external sites.", "Follow BBC News on Twitter and Instagram.", "This article originally appeared on The Conversation.", a wire's "Our Standards: The Thomson Reuters Trust Principles.".
 */
const SOCIAL = String.raw`(?:Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn|YouTube|WhatsApp|Telegram)`;
const FOOTER_LINE = new RegExp(
  String.raw`^(?:(?:Copyright|COPYRIGHT|©|\([Cc]\))\s*(?:©\s*)?(?:\d{4}|\p{Lu})[^.!?]{0,80}\.?|All rights reserved\.?|(?:The )?[\p{L}\s.&'’-]{1,40} (?:is|are) not responsible for the content of external (?:internet )?sites\.?|Follow [\p{L}\s.&'’-]{1,40} on ${SOCIAL}(?:(?:,| and| or) ${SOCIAL})*[.!]?|Our Standards: [^.!?]{1,80}\.?|(?:A version of )?[Tt]his (?:article|story|piece) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:on|in|by) (?:the )?\p{Lu}[^.!?,]{0,60}\.?)$`,
  'u',
);

/** Whether a sentence or phrase is, as a whole, a page's navigation or comment prompt, or its legal or social footer. */
export function isBoilerplate(text: string): boolean {
  const line = text.trim();
  return BOILERPLATE_LINE.test(line) || (footerOpening(line) && FOOTER_LINE.test(line));
}

/**
 * The cheap test before FOOTER_LINE (whose disclaimer branch may read 40 letters at any opening): a footer opens with
 * "Copyright", "©", "(c)", "All", "A version", "Follow", "Our Standards" or "This", or states that someone is "not responsible".
 */
function footerOpening(line: string): boolean {
  const c = line.charCodeAt(0);
  // "©", "(", "C", "A", "F", "O": their openings; any other, only with a disclaimer or "This article …".
  if (c === 0xa9 || c === 40 || c === 67 || c === 65 || c === 70 || c === 79) return true;
  return line.startsWith('This ') || line.includes(' not responsible ');
}
