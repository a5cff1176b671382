/**
 * Navigation and comment prompts of a news page ("Read More", "Leave a
 * Reply", "Related coverage"): page furniture wherever it stands. Shared by
 * the claims stage (furniture is no claim) and the entities stage (a prompt
 * in title case is no name).
 */
const BOILERPLATE_LINE =
  /^(read more|read next|leave a (reply|comment)|related( coverage| articles?| stories| content| reading)?|advertisement|share( this( article| story)?)?|subscribe( now)?|sign up( for [\w\s]+)?|follow us( on [\w\s]+)?|click here( [\w\s]+)?|comments?|see also|more from [\w\s]+|recommended( for you)?|trending( now)?|most (read|popular)|also read|you may also like|continue reading|back to top|print|email this|top stories|latest news)[\s.:!›»]*$/i;

/** Whether a sentence or phrase is, as a whole, a page's navigation or comment prompt. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE_LINE.test(text.trim());
}
