import { COUNTED_PEOPLE } from '../numbers';
import { evidence, type CheckworthyRule, type Evidence } from '../rule';

const ORDINALS = new Set('second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th'.split(' '));
const RANK_VERBS = new Set('overtook overtaken overtake overtakes surpassed surpass surpasses outranked ranked ranks topped tops outsold outpaced'.split(' '));
/** Every word the tests below can match: any other is skipped with one lookup. */
const CUES = new Set([...ORDINALS, ...RANK_VERBS, 'record', 'first']);

/** An ordinal written in figures ("11th", "21st", "89th"). */
const DIGIT_ORDINAL = /^\d+(st|nd|rd|th)$/;
/** Nouns after an ordinal in figures that date or age rather than rank ("the 19th century", "her 40th birthday"). */
const NOT_RANKED = new Set(['century', 'centuries', 'birthday', 'anniversary', 'minute', 'floor', 'street', 'avenue', 'amendment']);

/** Parts of a period or a match that an ordinal counts ("second half", "third quarter"). */
const PERIOD_PARTS = new Set(['half', 'halves', 'quarter', 'quarters', 'period', 'innings', 'set', 'lap', 'leg', 'session']);
/** Things an ordinal only counts off in the telling ("There is a second problem", "her second cup of tea"): no rank. */
const UNRANKED = new Set(['problem', 'issue', 'point', 'reason', 'question', 'concern', 'thing', 'way', 'option', 'lesson', 'thought', 'look', 'cup', 'glass', 'helping', 'chance', 'opinion', 'example', 'objection', 'complaint', 'worry', 'difficulty', 'flaw', 'snag', 'catch', 'twist', 'factor', 'explanation', 'possibility', 'scenario']);

/** Days and their parts, which count a match's or a trial's time before a possessive ("the second day's play"). */
const DAY_PARTS = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'week']);

/** A ranking: an ordinal before a noun ("second visit"), "overtook", "ranked", "a record". */
export const ranking: CheckworthyRule = {
  id: 'ranking',
  description: 'States a rank or an overtaking (second visit, overtook Russia, ranked third, a record).',
  cues: { words: CUES, digit: true },
  run(context) {
    const out: Evidence[] = [];
    const { tokens, lower, quoted } = context.view;
    for (let i = 0; i < tokens.length; i++) {
      const w = lower[i]!;
      // "his 14th goal of the season", "finished 12th": an ordinal in figures ranks as one in words does.
      if (DIGIT_ORDINAL.test(w)) {
        const next = lower[i + 1] ?? '';
        const ends = tokens[i + 1] === undefined || /^[.,;:!?)]$/.test(tokens[i + 1]!.text);
        // ("on the 14th", "by the 3rd": a day of the month, which dates.)
        if (lower[i - 1] === 'the' && /^(on|by|until|from|since|before|after)$/.test(lower[i - 2] ?? '')) continue;
        if (!NOT_RANKED.has(next) && (ends || (/^[a-z]/.test(tokens[i + 1]!.text) && next !== 'of' && !PERIOD_PARTS.has(next)))) out.push(evidence(context, i, ends ? i : i + 1, 'ranking', 'high'));
        continue;
      }
      if (!CUES.has(w)) continue;
      // "second visit" ranks; "the Second World War" is a name (its next word is capitalised).
      // "the second half of 2024", "the third quarter": a part of a period, not a rank.
      if (ORDINALS.has(w) && /^[a-z]/.test(tokens[i + 1]?.text ?? '') && lower[i + 1] !== 'of' && !PERIOD_PARTS.has(lower[i + 1]!) && !UNRANKED.has(lower[i + 1]!) && !dayPossessive(lower, i) && !fraction(lower, i) && !anotherPerson(lower, i)) out.push(evidence(context, i, i + 1, 'ranking', 'high'));
      else if (RANK_VERBS.has(w) && !quoted[i]) out.push(evidence(context, i, i, 'ranking', 'high'));
      // "the first fall in three years", "the first since 2019": a first within a stated span ranks it against that span.
      else if (w === 'first' && (firstWithinSpan(lower, i) || firstOfAKind(lower, tokens, i))) out.push(evidence(context, i, i, 'ranking', 'high'));
      // "a record 12%", "a record high" rank; "keep a record of each decision" is a document.
      else if (w === 'record' && ((lower[i - 1] === 'a' && lower[i + 1] !== 'of') || lower[i + 1] === 'high' || lower[i + 1] === 'low')) out.push(evidence(context, i, i, 'ranking', 'high'));
    }
    return out;
  },
};

/** True when "a" and a person follow around the ordinal at `i` ("a third man"). */
function anotherPerson(lower: readonly string[], i: number): boolean {
  return lower[i - 1] === 'a' && COUNTED_PEOPLE.has(lower[i + 1] ?? '');
}

/** True when a day's part and its possessive follow the ordinal at `i` ("after the second day's play"). */
function dayPossessive(lower: readonly string[], i: number): boolean {
  return DAY_PARTS.has(lower[i + 1] ?? '') && (lower[i + 2] === "'s" || lower[i + 2] === '’s');
}

/** Words after "a third" that show a fraction, not a rank ("fallen by a third over the past year", "a fifth since 2020"). */
const AFTER_FRACTION = new Set('over in since from to during on at after before between against and or but than last this compared while'.split(' '));

/** True when the ordinal at `i` is a fraction: "a third", "a fifth" before a preposition or conjunction, not a noun. */
function fraction(lower: readonly string[], i: number): boolean {
  return lower[i - 1] === 'a' && AFTER_FRACTION.has(lower[i + 1] ?? '');
}

/** True when "in" or "since" and a number or a span of years follows "first" within a few words. */
function firstWithinSpan(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 5; k++) {
    if (lower[k] !== 'in' && lower[k] !== 'since') continue;
    const next = lower[k + 1] ?? '';
    return /^\d/.test(next) || /^(two|three|four|five|six|seven|eight|nine|ten|a|decades|years|months)$/.test(next);
  }
  return false;
}

/** Domains a first is counted in ("in the county", "in the country's history", "in Europe"). */
const DOMAINS = new Set(['country', 'county', 'state', 'city', 'region', 'world', 'nation', 'history', 'league', 'sport', 'town', 'district', 'province', 'industry', 'sector', 'market', 'continent']);

/** True when "ever" or "in" with a domain or a capitalised place follows the first's noun within eight words. */
function firstInDomain(lower: readonly string[], tokens: readonly { text: string }[], i: number): boolean {
  if (SEQUENCE_NOUNS.has(lower[i + 1] ?? '') || !/^[a-z][a-z-]*$/.test(lower[i + 1] ?? '')) return false;
  for (let k = i + 2; k < lower.length && k <= i + 8; k++) {
    const w = lower[k]!;
    if (w === 'ever') return true;
    if (!/^[a-z][a-z-]*$/.test(tokens[k]!.text)) return false;
    if (w !== 'in') continue;
    const after = ['the', 'its', 'their'].includes(lower[k + 1] ?? '') ? k + 2 : k + 1;
    return DOMAINS.has(lower[after] ?? '') || (after === k + 1 && /^\p{Lu}/u.test(tokens[after]?.text ?? '')) || (lower[after + 1] === "'s" && DOMAINS.has(lower[after + 2] ?? ''));
  }
  return false;
}

/** Nouns after "first" that count a sequence, not a first of its kind ("first time", "first half"). */
const SEQUENCE_NOUNS = new Set(['time', 'times', 'half', 'quarter', 'round', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'step', 'steps', 'stage', 'phase', 'part', 'place', 'leg', 'set', 'game', 'test', 'dose', 'line', 'page', 'minute', 'minutes', 'hour', 'hours', 'night']);

/**
 * "first pill for severe peanut allergy", "the first woman to lead", "the
 * first such treatment": a first of its kind, a claim a fact-checker checks;
 * "first time" and "first half" only count.
 */
function firstOfAKind(lower: readonly string[], tokens: readonly { text: string }[], i: number): boolean {
  if (lower[i + 1] === 'such') return true;
  // "the first manslaughter prosecution of a company in the county", "the first woman ever": a first within a whole
  // domain, after "the".
  if (lower[i - 1] === 'the' && firstInDomain(lower, tokens, i)) return true;
  // "for the first time in their history", "the first time ever": a first against all that went before.
  if (lower[i + 1] === 'time' && (lower[i + 2] === 'ever' || (lower[i + 2] === 'in' && lower.slice(i + 3, i + 7).includes('history')))) return true;
  for (let k = i + 1; k < lower.length && k <= i + 4; k++) {
    const w = lower[k]!;
    // "first woman to lead" (an infinitive), "first pill for …"; "the first train to Leeds" goes somewhere.
    if (k > i + 1 && (w === 'for' || (w === 'to' && /^[a-z]+$/.test(tokens[k + 1]?.text ?? '') && !/^(the|a|an)$/.test(lower[k + 1] ?? '')))) return !SEQUENCE_NOUNS.has(lower[k - 1]!);
    if (!/^[a-z][a-z-]*$/.test(w) || SEQUENCE_NOUNS.has(w)) return false;
  }
  return false;
}
