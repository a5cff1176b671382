import { evidence, type CheckworthyRule } from '../rule';
import { hasSpecificDay } from './datedEvent';

const FORECAST = new Set(['expected', 'projected', 'forecast', 'predicted', 'likely', 'unlikely', 'poised', 'tipped']);

/** True when token `k` closes a measure of how much more or less ("38%", "2.5 times", "three times", "twice"). */
function measuredBefore(lower: readonly string[], k: number): boolean {
  const w = lower[k] ?? '';
  return w === '%' || w.endsWith('%') || w === 'percent' || w === 'times' || w === 'twice' || /^\d/.test(w);
}

/**
 * Words of an undated time that may follow "is expected" ("within 12 months", "later this year", "soon"); "early
 * on Monday" pins a scheduled event to a day and stays high.
 */
const FORECAST_TIMES = new Set(['within', 'later', 'soon', 'shortly', 'sometime']);

/** Verbs of a timetable: "is expected to run over Wednesday and Thursday" schedules an event, it forecasts no figure. */
const SCHEDULED = new Set(['run', 'open', 'begin', 'start', 'end', 'close', 'last', 'meet', 'convene', 'resume', 'conclude', 'arrive', 'visit', 'attend', 'sign', 'vote', 'rule', 'testify', 'appear', 'travel', 'land', 'launch', 'take', 'interview', 'hold', 'announce', 'publish', 'release', 'report']);

/** Words of a market's move after its verb ("open higher", "close flat"). */
const MOVES = new Set(['higher', 'lower', 'up', 'down', 'flat', 'sharply', 'steady', 'mixed']);

/** True when a relative or subordinate opener stands between the last comma or dash and token `i` ("…, where temperatures are not expected"). */
function inRelativeClause(lower: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = lower[k]!;
    if (w === ',' || w === '—' || w === '–' || w === ';') return false;
    if (w === 'where' || w === 'which' || w === 'who' || w === 'when' || w === 'whose') return true;
  }
  return false;
}

/**
 * A forecast ("is projected to ease to 3.5%", "likely to peak") is low even
 * with numbers in it (SCHEMA.md); a scheduled event pinned to a day ("is
 * expected to run over Wednesday and Thursday", "is expected to sign the
 * deal on Friday") is a dated event instead, and stays high.
 */
export const forecast: CheckworthyRule = {
  id: 'forecast',
  description: 'Is a forecast (expected, projected, likely to …).',
  cues: { words: FORECAST },
  run(context) {
    const { tokens, lower } = context.view;
    for (let i = 1; i < tokens.length; i++) {
      const w = lower[i]!;
      if (!FORECAST.has(w)) continue;
      // ("is not expected to be lifted before 2028": a negated forecast forecasts too, in a clause of its own: "…
      // for Andalusia, where temperatures are not expected to fall below 25C" leaves the warning issued as it is.)
      const negated = lower[i - 1] === 'not' || lower[i - 1] === "n't";
      if (negated && inRelativeClause(lower, i)) continue;
      const prev = negated ? lower[i - 2] ?? '' : lower[i - 1]!;
      const be = /^(is|are|was|were|be|been|being|seems|appears|looks|remains|'s)$/.test(prev) || prev === 'more' || prev === 'most';
      const next = lower[i + 1] ?? '';
      // ("A final report is expected within 12 months", "… later this year", "… soon": a time after it forecasts too.)
      // ("Rain is forecast for Friday afternoon": what a forecast is for is forecast too; "expected for" may be a timetable.)
      const forecastFor = next === 'for' && w !== 'expected' && w !== 'likely' && w !== 'unlikely';
      if (!(be && (next === 'to' || next === 'on' || next === 'that' || next === 'in' || next === 'at' || next === 'by' || forecastFor || FORECAST_TIMES.has(next)))) continue;
      // "38% more likely to report", "twice as likely to …": a relative risk measured, a statistic, no forecast.
      if (w === 'likely' && (prev === 'more' || prev === 'less') && measuredBefore(lower, i - 2)) continue;
      // "Shares are expected to open higher on Monday" forecasts a move; "a crest is expected on Wednesday" a flood.
      const scheduled = w === 'expected' && next === 'to' && SCHEDULED.has(lower[i + 2] ?? '') && !MOVES.has(lower[i + 3] ?? '') && hasSpecificDay(context);
      if (!scheduled) return [evidence(context, i, i, 'forecast', 'low', 'hard')];
    }
    return [];
  },
};
