import { evidence, entityEvidence, type CheckworthyRule, type Evidence } from '../rule';
import { isClockTime, isDayOfMonth, isPhoneGroup, isYear, startsWithDigit } from '../numbers';
import { MONTHS, WEEKDAYS } from '../../words';

const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);
const PERIODS = new Set(['week', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'weekend', 'quarter', 'decade', 'season']);
/** Every word that can open a date below without digits: a token that is none of them (and has no leading digit) is skipped with one lookup. */
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...RELATIVE_DAYS, 'last', 'next', 'this', 'earlier', 'later', 'following', 'previous', 'weekend']);
/** Periods a time just named is followed or preceded by ("the following year", "the previous day", "the next morning"). */
const FOLLOWING_PERIODS = new Set([...PERIODS, 'day', 'morning', 'afternoon', 'evening', 'night']);

/**
 * A dated event: the sentence pins what happened (or is scheduled) to a date:
 * a date entity, a year, a month or weekday, "last year", a clock time.
 */
export const datedEvent: CheckworthyRule = {
  id: 'dated-event',
  description: 'Pins an event to a date (on Tuesday, in 2013, last year, at 11.40 pm).',
  cues: { words: DATE_WORDS, digit: true, entityTypes: ['date'] },
  run(context) {
    const out: Evidence[] = context.entities.filter((e) => e.type === 'date').map((e) => entityEvidence(e, 'dated-event', 'high'));
    const v = context.view;
    const { tokens, lower } = v;
    const routine = habitual(lower);
    for (let i = 0; i < tokens.length; i++) {
      const w = lower[i]!;
      const t = tokens[i]!.text;
      if (!DATE_WORDS.has(w) && !startsWithDigit(t)) continue;
      // "Every night at 11.40 p.m., I wait for the bus": a time of a routine dates no event.
      if (routine && isClockTime(v, i)) continue;
      // "18:00" split at its colon is one time: the hour's evidence covers the minutes.
      if (isClockTime(v, i) && tokens[i + 1]?.text === ':' && isClockTime(v, i + 2)) {
        out.push(evidence(context, i, i + 2, 'dated-event', 'high'));
        i += 2;
      } else if ((isYear(t) && !isPhoneGroup(v, i)) || isClockTime(v, i) || isDayOfMonth(v, i)) out.push(evidence(context, i, i, 'dated-event', 'high'));
      // A month word before a capitalised name is a given name ("the painter Jan Kowalczyk", "June Carter").
      else if (MONTHS.has(w) && tokens[i + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[i + 1]!.text) && !MONTHS.has(lower[i + 1]!)) continue;
      else if (WEEKDAYS.has(w) || (MONTHS.has(w) && /^\p{Lu}/u.test(t) && w !== 'may' && w !== 'march')) out.push(evidence(context, i, i, 'dated-event', 'high'));
      else if ((w === 'may' || w === 'march') && t[0] === t[0]!.toUpperCase() && i > 0 && /^(in|since|until|by|on|last|next|early|late|mid|of)$/.test(lower[i - 1]!)) out.push(evidence(context, i, i, 'dated-event', 'high'));
      else if (RELATIVE_DAYS.has(w)) out.push(evidence(context, i, i, 'dated-event', 'high'));
      else if ((w === 'last' || w === 'next' || w === 'this' || w === 'earlier' || w === 'later') && PERIODS.has(lower[i + 1] ?? '') && lower[i - 1] !== 'every') out.push(evidence(context, i, i + 1, 'dated-event', 'high'));
      // "was refused the following year", "the previous day", "pulled the tins over the weekend", "at the weekend":
      // relative to a time just named or to the article's own.
      else if ((w === 'following' || w === 'previous') && lower[i - 1] === 'the' && FOLLOWING_PERIODS.has(lower[i + 1] ?? '')) out.push(evidence(context, i - 1, i + 1, 'dated-event', 'high'));
      else if (w === 'weekend' && lower[i - 1] === 'the' && (lower[i - 2] === 'over' || lower[i - 2] === 'at' || lower[i - 2] === 'during')) out.push(evidence(context, i - 1, i, 'dated-event', 'high'));
    }
    // "**12:20** — Readers have been sending …": a live report's time stamp says when the entry was posted; it
    // dates nothing the entry states.
    const stamp = liveStampEnd(v);
    const dated = stamp > 0 ? out.filter((e) => e.start >= stamp) : out;
    // "She declined to say whether a move in April was off the table": a date inside an indirect question dates
    // nothing that happened; the question runs from "whether" to the next comma, colon or quotation mark.
    const whether = lower.indexOf('whether');
    if (whether < 0) return dated;
    let end = whether + 1;
    while (end < tokens.length && !v.quoteMark[end] && !/^[,;:]$/.test(tokens[end]!.text)) end++;
    const from = tokens[whether]!.start;
    const to = tokens[end - 1]!.end;
    return dated.filter((e) => e.end <= from || e.start >= to);
  },
};

/** Marks that close a live report's time stamp ("**12:20** —", "09:40 |", "14.05:"). */
const STAMP_CLOSERS = new Set(['—', '–', '-', '|', ':']);

/**
 * The offset where a live report's time stamp opening the sentence ends ("**12:20** — …", "*12.20pm*: …"), or 0 when
 * the sentence opens with none. The emphasis marks around the time are part of the stamp.
 */
function liveStampEnd(v: Parameters<CheckworthyRule['run']>[0]['view']): number {
  const { tokens } = v;
  const i = 0;
  // Only a stamp set in emphasis, as live pages set them (the marks are no tokens: the text before the first token
  // holds them): "13:55 UTC — change deployed" in an incident's timeline dates the event it lists.
  const before = tokens.length ? v.sentence.text.slice(0, tokens[0]!.start - v.sentence.start) : '';
  if (!/[*_]$/.test(before) || !isClockTime(v, i)) return 0;
  let k = i + 1;
  if ((tokens[k]?.text === ':' || tokens[k]?.text === '.') && isClockTime(v, k + 1)) k += 2;
  if (/^(?:am|pm|a\.m\.|p\.m\.|gmt|bst|cet|et|utc)$/i.test(tokens[k]?.text ?? '')) k++;
  return STAMP_CLOSERS.has(tokens[k]?.text ?? '') ? tokens[k]!.end : 0;
}

/** Parts of a day or week that "every" or "each" makes a routine ("every night", "each morning"). */
const ROUTINE_PERIODS = new Set(['night', 'day', 'morning', 'evening', 'afternoon', 'weekday', 'weeknight', 'shift', ...WEEKDAYS]);
/** Adverbs of a routine. */
const ROUTINE_ADVERBS = new Set(['nightly', 'daily', 'usually', 'typically', 'normally', 'routinely']);

/** True when the sentence tells a routine ("Every night …", "usually"), whose clock times date no event. */
function habitual(lower: readonly string[]): boolean {
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    if (ROUTINE_ADVERBS.has(w) || ((w === 'every' || w === 'each') && ROUTINE_PERIODS.has(lower[i + 1] ?? ''))) return true;
  }
  return false;
}

/** True when the evidence list pins a specific day (a weekday, a day of a month, today…), not only a year. */
export function hasSpecificDay(context: Parameters<CheckworthyRule['run']>[0]): boolean {
  const v = context.view;
  for (let i = 0; i < v.tokens.length; i++) {
    const w = v.lower[i]!;
    if (WEEKDAYS.has(w) || isDayOfMonth(v, i) || w === 'tomorrow' || w === 'tonight' || w === 'today') return true;
  }
  return false;
}
