// "Councillor Tomas Lindqvist (Green)", "Rep. Trey Gowdy (R-S.C.)": a party
// or a party and state in parentheses after a person's name is no person,
// though the model, seeing a capitalised word beside a name, often types it
// one. A party's word there is the party, an organisation (CoNLL's
// convention); a letter of a party-and-state code ("C." of "R-S.C.") is
// dropped. Other words keep their type: "Saddam (Hussein)", "Jaap Stam (PSV)",
// "Ronaldo (85th)" in a sports line.
import type { TokenSpan } from './decoder';

const PER = 0;
const ORG = 1;

/** Words that name a party on their own ("(Labour)", "(Green)", "(Republican)"). */
const PARTY_WORDS = new Set(['Labour', 'Labor', 'Green', 'Greens', 'Conservative', 'Conservatives', 'Tory', 'Tories', 'Liberal', 'Liberals', 'Democrat', 'Democrats', 'Democratic', 'Republican', 'Republicans', 'Independent', 'Socialist', 'Socialists', 'Libertarian', 'Unionist', 'Nationalist', 'Reform', 'Progressive', 'Centre', 'Center']);

/** True when tokens `start`..`end` (exclusive) of `words` sit inside a parenthesis that opens right after a person span. */
function afterPersonInParentheses(spans: readonly TokenSpan[], span: TokenSpan, words: readonly string[]): boolean {
  let open = span.start - 1;
  while (open >= 0 && words[open] !== '(' && span.start - open <= 4) open--;
  if (open < 1 || words[open] !== '(') return false;
  let close = span.end;
  while (close < words.length && words[close] !== ')' && close - span.end <= 4) close++;
  if (words[close] !== ')') return false;
  return spans.some((s) => s.sentence === span.sentence && s.cls === PER && s.end === open);
}

/** Retypes as organisations the party words typed persons in parentheses after a person, and drops letters of a party-and-state code there. */
export function partyLabels(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  const kept: TokenSpan[] = [];
  for (const span of spans) {
    if (span.cls !== PER || span.end - span.start !== 1 || !afterPersonInParentheses(spans, span, forms[span.sentence]!)) {
      kept.push(span);
      continue;
    }
    const words = forms[span.sentence]!;
    const word = words[span.start]!;
    if (PARTY_WORDS.has(word)) kept.push({ ...span, cls: ORG });
    else if (!(/^\p{Lu}\.$/u.test(word) && (words[span.start - 1] === '-' || words[span.start - 1] === '.' || /-/.test(words[span.start - 1] ?? '')))) kept.push(span);
  }
  return kept;
}
