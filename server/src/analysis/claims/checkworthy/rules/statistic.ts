import { evidence, entityEvidence, type CheckworthyRule, type Evidence } from '../rule';
import { COUNTED_PEOPLE, FRACTIONS, MAGNITUDES, NUMBER_WORDS, isAge, isClockTime, isDayOfMonth, isDigitToken, isNamePart, isNamedDeparture, isPhoneGroup, isYear } from '../numbers';

/** Nouns that make "a third" an ordinal ("for a third day", "a third term"), not a fraction. */
/** Capitalised words before a wire story's numbered version ("UPDATE 2-…", "WRAPUP 1-…"). */
const WIRE_SLUGS = new Set(['UPDATE', 'WRAPUP', 'REFILE', 'CORRECTED', 'RPT', 'INSIGHT', 'ANALYSIS', 'EXCLUSIVE', 'FACTBOX', 'TIMELINE', 'PREVIEW']);

const SEQUENCE_NOUNS = new Set(['day', 'time', 'year', 'week', 'month', 'term', 'round', 'consecutive', 'straight', 'successive', 'game', 'match', 'season', 'attempt', 'wave', ...COUNTED_PEOPLE]);

/** Words before "a quarter" that make it a share, not a quarter of the year ("by a quarter", "nearly a quarter"). */
const QUARTER_AS_SHARE = new Set(['by', 'about', 'nearly', 'almost', 'than', 'roughly', 'around', 'over', 'under', 'some', 'just']);

/** Words before "half of" that make it a period or a part, no proportion ("the first half of 2024", "the second half"). */
const NOT_A_PROPORTION_BEFORE_HALF = new Set(['the', 'a', 'first', 'second', 'latter', 'other', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'each', 'every']);

/** Units of measure after a spelled-out number ("four metres", "nine votes"). */
const UNITS = new Set('metres meters kilometres kilometers km miles feet foot inches centimetres centimeters millimetres millimeters degrees litres liters gallons tonnes tons kilograms kilos hectares acres votes seats points'.split(' '));

/** Verbs and states of a toll: the dead, the hurt, the missing, the rescued. */
const TOLL = new Set(['died', 'dead', 'killed', 'drowned', 'injured', 'wounded', 'hurt', 'missing', 'hospitalised', 'hospitalized', 'treated', 'rescued', 'evacuated', 'trapped', 'crushed']);
/** People a toll counts, with their plurals. */
const TOLL_PEOPLE = new Set(['people', 'persons', 'men', 'women', 'children', 'passengers', 'workers', 'miners', 'fishermen', 'soldiers', 'civilians', 'residents', 'pupils', 'students', 'patients', 'firefighters', 'officers', 'crew', 'tourists', 'climbers', 'migrants', 'others', 'more']);

/** True when the spelled count at `i` counts people and a verb of a toll follows within five words ("Two fishermen drowned"). */
function toll(lower: readonly string[], i: number): boolean {
  if (!TOLL_PEOPLE.has(lower[i + 1] ?? '')) return false;
  for (let k = i + 2; k < lower.length && k <= i + 6; k++) if (TOLL.has(lower[k]!)) return true;
  return false;
}

/** A score or a win-loss record: two small numbers joined by a hyphen or dash ("27-24", "6-2"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/** "2024-25" is a season, a span of years, no score. */
function isYearRange(t: string): boolean {
  return /^(?:1[5-9]|20)\d\d[-–]\d\d$/.test(t);
}

/** The number words the tests below look for: a token that is none of them and no digits is skipped with one lookup. */
const NUMBERISH = new Set([...MAGNITUDES, ...FRACTIONS, ...NUMBER_WORDS]);

/**
 * A figure: digits that are not a date, an age or part of a name; magnitudes
 * ("thousands"); fractions ("a fifth"); proportions ("five of the seven").
 * A small spelled-out count ("two countries") is only medium (SCHEMA.md).
 */
export const statistic: CheckworthyRule = {
  id: 'statistic',
  description: 'States a figure: a count, a measure, a proportion.',
  cues: { words: NUMBERISH, digit: true, entityTypes: ['quantity'] },
  run(context) {
    // "90mph gusts", "41C": a measure glued to its unit is one token the digit test below does not see.
    const out: Evidence[] = context.entities.filter((e) => e.type === 'quantity' && /^\d[\d.,]*\p{L}/u.test(e.text)).map((e) => entityEvidence(e, 'statistic', 'high'));
    const v = context.view;
    const { tokens, lower } = v;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!.text;
      const w = lower[i]!;
      // "won 27-24", "(6-2)": a score or a record counts something, a statistic.
      if (SCORE.test(t) && !isYearRange(t)) {
        out.push(evidence(context, i, i, 'statistic', 'high'));
        continue;
      }
      if (!NUMBERISH.has(w) && !isDigitToken(t) && !(w === 'one' && lower[i + 1] === 'in')) continue;
      // "UPDATE 2-Copper hits record": a wire story's version slug, no figure.
      if (/^\d+-\p{Lu}/u.test(t) && WIRE_SLUGS.has(tokens[i - 1]?.text ?? '')) continue;
      if (isDigitToken(t)) {
        if (isYear(t) || isDayOfMonth(v, i) || isClockTime(v, i) || isAge(v, i) || isNamePart(v, i) || isNamedDeparture(v, i) || isPhoneGroup(v, i)) continue;
        // "2.4 million": the reason a reader sees is the whole figure, not "2.4".
        out.push(evidence(context, i, MAGNITUDES.has(lower[i + 1] ?? '') ? i + 1 : i, 'statistic', 'high'));
      } else if (MAGNITUDES.has(w) && !isDigitToken(tokens[i - 1]?.text ?? '')) {
        out.push(evidence(context, i, i, 'statistic', 'high'));
      } else if (FRACTIONS.has(w) && (lower[i - 1] === 'a' || lower[i - 1] === 'one' || NUMBER_WORDS.has(lower[i - 1] ?? '')) && (w !== 'quarter' || QUARTER_AS_SHARE.has(lower[i - 2] ?? '')) && !SEQUENCE_NOUNS.has(lower[i + 1] ?? '')) {
        out.push(evidence(context, i - 1, i, 'statistic', 'high'));
      } else if (w === 'half' && lower[i + 1] === 'of' && !NOT_A_PROPORTION_BEFORE_HALF.has(lower[i - 1] ?? '')) {
        // "About half of bleached corals die", "half of all voters": a proportion ("the second half of the match" is a period).
        out.push(evidence(context, i, i + 1, 'statistic', 'high'));
      } else if ((NUMBER_WORDS.has(w) || w === 'one') && lower[i + 1] === 'in' && (NUMBER_WORDS.has(lower[i + 2] ?? '') || isDigitToken(tokens[i + 2]?.text ?? ''))) {
        // "about one in ten people", "six in 10 voters": a rate, a statistic.
        out.push(evidence(context, i, i + 2, 'statistic', 'high'));
        i += 2;
      } else if (NUMBER_WORDS.has(w)) {
        const whole = lower[i + 2] ?? '';
        // ("lost four of his last six matches": a count out of a stated whole is a record, a proportion too.)
        const outOf = lower[i + 1] === 'of' && /^(?:his|her|its|their|our|the)$/.test(whole) && /^(?:last|past|first|previous|next)$/.test(lower[i + 3] ?? '') && (NUMBER_WORDS.has(lower[i + 4] ?? '') || isDigitToken(tokens[i + 4]?.text ?? ''));
        const proportion = outOf || (lower[i + 1] === 'of' && (whole === 'the' || whole === 'its' || whole === 'their' || NUMBER_WORDS.has(whole) || isDigitToken(tokens[i + 2]?.text ?? '')));
        // ("rose by four metres", "won by nine votes": a measure in its unit; "Two fishermen drowned", "Eleven passengers
        // were treated in hospital": a toll of dead or hurt, which officials count. Neither is an anecdote.)
        const measured = proportion || UNITS.has(lower[i + 1] ?? '') || toll(lower, i);
        out.push(evidence(context, i, measured && !proportion ? i + 1 : i, measured ? 'statistic' : 'count', measured ? 'high' : 'medium'));
      }
    }
    return out;
  },
};
