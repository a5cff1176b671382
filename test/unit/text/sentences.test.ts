// Sentence splitting of plain text: the news cases that must split and the
// ones that must not.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check } from './check';

test('splits at final marks followed by a capitalised word', () => {
  check('[[The mayor won.]] [[Her sister lost!]] [[Who knew?]]');
  check('[[Prices rose.]]  [[“We are worried,” she said.]]');
  check('[[Turnout rose.]] [[1,240 households left.]]');
});

test('titles and listed abbreviations do not end a sentence', () => {
  check('[[Mr. Smith arrived.]] [[He left.]]');
  check('[[Mrs. Lee and Dr. Patel met Prof. Okafor, Gen. Ruiz, Sen. Hart and Gov. Moss.]]');
  check('[[Rep. Diaz spoke on St. Patrick’s Day.]]');
  check('[[Acme Inc. reported results.]] [[It grew.]]');
  check('[[Prices rose on Jan. 12 and Aug. 3, vs. a fall in Sept. 2023.]]');
  check('[[He ranked No. 5 at 9 a.m. on Monday.]]');
  check('[[Apples, pears, etc. are cheap.]]');
});

test('ambiguous abbreviations split only before a sentence starter', () => {
  check('[[Talks were held in the U.S.]] [[The deal fell through.]]');
  check('[[The U.S. Senate voted.]]');
  check('[[Officials from the U.K. Treasury and the E.U. Commission met the U.N. envoy.]]');
  check('[[Shares in Acme Corp. rose.]] [[They fell at 4 p.m.]] [[Analysts were surprised.]]');
  check('[[Smith Co. Ltd. said so.]]');
});

test('"No." before a name is an answer, before a number word or figure an abbreviation; a unit letter after a figure is no initial', () => {
  check('[[Have you?]] [[No.]] [[Greg Dunmore has never built a railway.]]');
  check('[[The No. Two official quit.]] [[He was No. 5 in the list.]]');
  check('[[It was 31C.]] [[Reddaway bowled well.]]');
  check('[[J. Smith and Jon Q. Public spoke.]]');
  check('[[The threshold rose to Rs. 12 lakh a year.]]');
  check('[[“Have you read your terms of service?” Abernathy shot back.]] [[“No,” Smith retorted.]]');
});

test('initials stay inside the name', () => {
  check('[[J. K. Rowling wrote it.]] [[She won.]]');
  check('[[George W. Bush spoke.]]');
});

test('decimals, amounts and percentages never split', () => {
  check('[[Trade reached US$4.5 billion, up 3.5%.]] [[It was 4.2 metres tall.]]');
  check('[[The rate is 6.25% and the price $83.10 a share.]]');
  check('[[Visit example.com for more.]]');
});

test('ellipses split only before a capitalised sentence start', () => {
  check('[[He paused … and went on.]]');
  check('[[Regional issues ... and new arrangements.]]');
  check('[[We waited...]] [[Then the doors opened.]]');
  check('[[We waited …]] [[The doors opened.]]');
  check('[[Relations with … China are strong.]]');
});

test('closing quotes and brackets belong to the sentence', () => {
  check('[[“We will act,” she said.]] [[“The cost is high.”]] [[Then she left.]]');
  check('[["We will act."]] [[Then she left.]]');
  check("[[He asked, ‘Why now?’]] [[Nobody answered.]]");
  check('[[“Go!”]] [[They ran.]]');
  check('[[(The firm declined to comment.)]] [[Shares fell.]]');
});

test('a question or exclamation inside a quote followed by lower case does not split', () => {
  check('[[“Why now?” he asked.]]');
  check('[[“Stop!” she shouted.]]');
});

test('headlines and lines without a final mark are sentences of their own', () => {
  check('[[Mayor wins second term]]\n\n[[The mayor won.]]');
  check('[[Read More]]\n[[Leave a Reply]]');
  check('[[Key figures as of Monday evening:]]\n- [[1,240 households evacuated]]\n- [[38 warnings in force]]');
});

test('a dateline belongs to the first sentence', () => {
  check('[[ASTANA, July 2 (Reuters) - President Xi arrived on Tuesday.]] [[He met Tokayev.]]');
  check('[[LONDON (AP) — Prices rose.]]');
  check('[[ASTANA, July 2 (Reuters) -\nPresident Xi arrived on Tuesday.]]');
});

test('bullet items are sentences with the marker outside', () => {
  check('Figures:\n\n- [[Ten schools closed]]\n* [[Two roads shut]]\n• [[£3.5 million released]]\n1. [[First item.]] [[Second sentence.]]'.replace('Figures:', '[[Figures:]]'));
});

test('hard-wrapped prose continues in lower case', () => {
  check('[[The committee said on Tuesday that it would\nraise rates again.]]');
  check('[[Trade rose sharply,\nofficials said.]]');
});

test('CJK sentence marks split without spaces', () => {
  check('[[习近平抵达阿斯塔纳。]][[他会见了托卡耶夫！]][[为什么？]]');
});

test('a period glued to a following letter or digit does not split', () => {
  check('[[Version 2.0 ships.]]');
  check('[[It cost 1.5m.]] [[Fine.]]');
});

test('an abbreviation inside brackets before a number goes on; a sign-off after a full stop splits', () => {
  check('[[Lisa Raymond (U.S.) beat Kimberly Po (U.S.) 6-3 6-2]]');
  check('[[Prices fell, the bank said.]] [[-- Harbour Newsroom +44 20 7000]]');
  check('[[Apples, pears, etc., were cheap.]]');
});

test('a dash ends a dateline line but not a results-table row', () => {
  check('[[HARBOURTON, May 3 (Wire) -\nThe council met.]]');
  check('[[TEXAS 75 58 .564 -]]\n[[SEATTLE 70 63 .526 5]]');
});

test('CRLF line ends behave like LF', () => {
  check('[[Title]]\r\n[[Body line one.]]\r\n\r\n[[More.]]');
  check('[[The committee said on Tuesday that it would\r\nraise rates.]]');
});

test('hard-wrapped paragraphs (long lines of similar length) join their lines', () => {
  const line = (s: string) => s.padEnd(64, ' x');
  const a = line('The committee said on Tuesday that it would raise rates again');
  const b = line('Shareholders of the bank, who met in Harbourton, agreed to it');
  check(`[[${a}\n${b}\nIn full.]]`);
});

test('street and saint abbreviations decide by the next word; names that look like abbreviations do not stick', () => {
  check('[[He lives on Main St.]] [[The house is old.]]');
  check('[[Flights to St. Louis resumed.]]');
  check('[[I met Ed.]] [[He left.]]');
});

test('a quoted question or exclamation followed by its speaker and a verb of saying does not split', () => {
  check('[[“Why now?” Smith asked.]] [[Nobody knew.]]');
  check('[[“Enough!” John Smith shouted.]]');
  check('[[“Why now?”]] [[Smith left the room.]]');
});

test('a full stop inside a quotation followed by its speaker tag alone ("Trump said.") does not split; a tag that goes on does', () => {
  check('[[“We will win.” Ruiz said.]] [[Nobody knew.]]');
  check('[[“We will win.” Mrs. Ruiz said, smiling.]]');
  check('[[“We will win.”]] [[Ruiz said the party would rally.]]');
});

test('an acronym before a capitalised name that is no sentence starter goes on', () => {
  check('[[The General Assembly set up U.N. Women in 2010.]]');
  check('[[She met the U.S. Trade Representative.]]');
});

test('a lone line without a final mark is a heading, unless a sentence ends inside it', () => {
  const heading = check('[[Mayor wins second term]]\n\n[[Second section head]]\n\n[[The mayor won.]]');
  assert.deepEqual(heading.blocks.map((b) => b.kind), ['heading', 'heading', 'paragraph']);
  const prose = check('[[Intro.]]\n\n[[Listeners were divided.]] [[“I pay €70 a week.”― Mira Sand, nurse]]\n\n[[Dr. Ruiz wins U.S. award]]');
  assert.deepEqual(prose.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'heading']);
});

test('Canadian and British titles with a period do not end a sentence ("Coun. Shawn Cleary", "Const. Ana Ruiz")', () => {
  check('[[Coun. Shawn Cleary, who introduced the motion, said so.]] [[But Coun. Tony Mancini and Const. Ana Ruiz disagreed.]]');
});
