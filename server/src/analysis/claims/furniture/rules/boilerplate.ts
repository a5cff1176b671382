import type { FurnitureRule } from '../rule';

const BOILERPLATE = /^(read more|read next|leave a (reply|comment)|related( coverage| articles?| stories| content| reading)?|advertisement|share( this( article| story)?)?|subscribe( now)?|sign up( for [\w\s]+)?|follow us( on [\w\s]+)?|click here( [\w\s]+)?|comments?|see also|more from [\w\s]+|recommended( for you)?|trending( now)?|most (read|popular)|also read|you may also like|continue reading|back to top|print|email this|top stories|latest news)[\s.:!›»]*$/i;

/** "Read More", "Leave a Reply", "Related coverage": page furniture in any position. */
export const boilerplate: FurnitureRule = {
  id: 'boilerplate',
  description: 'Navigation and comment prompts of a news page (Read More, Leave a Reply, Related coverage).',
  run({ document }) {
    return document.sentences.flatMap((s, i) => (BOILERPLATE.test(s.text.trim()) ? [i] : []));
  },
};
