// Dates relative to the article: "yesterday", "tonight", "last year", "next
// spring", "this week", "last October", "two years earlier", "a decade ago".
// The modifier is part of the span ("last year"), the adverb before it is not
// ("earlier this month" → "this month"), as the gold corpus marks them.
// Durations ("32 years", "for three days") are not dates.
import type { DateValue } from '../../types';
import { MONTH, WEEKDAY, weekdayName } from './calendar';
import { COUNT_WORD, NUMBER, parseNumber } from './numbers';
import { DEICTIC as DEICTIC_WORD, MODIFIER, OFFSET as OFFSET_WORD, regionHints } from './hints';
import { isRegionStart, precedingWord, scan, type PatternMatch, type PatternRule, wholeMatch } from './rule';

const DEICTIC = /(?<![\p{L}\p{N}])(?<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?![\p{L}\p{N}])/gu;

const UNIT = String.raw`(?:year|month|week|weekend|season|quarter|decade|century|spring|summer|autumn|fall|winter)`;
const PART_OF_DAY = String.raw`(?:morning|afternoon|evening|night)`;
/** "last year", "next spring", "this week", "last October", "next Tuesday", "last night", "this morning". */
const MODIFIED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<mod>[Ll]ast|[Nn]ext|[Tt]his)\s+(?<what>${UNIT}|${PART_OF_DAY}|${WEEKDAY}|${MONTH})(?![\p{L}\p{N}])`,
  'gu',
);
/** "two years earlier", "eight months later", "a decade ago", "3 weeks ago". */
const OFFSET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<count>${COUNT_WORD}|${NUMBER})\s+(?<unit>(?:day|week|month|year|decade|centur(?:y|ie))s?)\s+(?<dir>earlier|later|ago)(?![\p{L}\p{N}])`,
  'giu',
);

/** Every OFFSET match holds a unit then a direction ("years ago"): a cheap scan for that pair first. */
const OFFSET_HINT = /(?:day|week|month|year|decade|centur(?:y|ie))s?\s+(?:earlier|later|ago)(?![\p{L}\p{N}])/iu;

/** Determiners that turn "last year" into a duration ("the last year of his term", "its last season"). */
const NOT_DEICTIC_BEFORE = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'a', 'an', 'whose']);

const DEICTIC_MEANING: Record<string, string> = {
  today: 'the day of publication',
  tonight: 'the evening of publication',
  yesterday: 'the day before publication',
  tomorrow: 'the day after publication',
};

function deictic(region: string, m: RegExpExecArray): PatternMatch | undefined {
  const word = (m.groups?.word ?? '').toLowerCase();
  // "USA Today", "the Today programme": a capitalised name, not the day.
  const prev = precedingWord(region, m.index);
  if (/^T/.test(m[0]) && (/^\p{Lu}/u.test(prev.word) || prev.word.toLowerCase() === 'the') && !isRegionStart(region, prev.start))
    return undefined;
  return wholeMatch(m, 'date', { kind: 'date', relative: DEICTIC_MEANING[word] });
}

function modified(region: string, m: RegExpExecArray): PatternMatch | undefined {
  if (NOT_DEICTIC_BEFORE.has(precedingWord(region, m.index).word.toLowerCase())) return undefined;
  const mod = (m.groups?.mod ?? '').toLowerCase();
  const what = m.groups?.what ?? '';
  const value: DateValue = { kind: 'date' };
  const wd = weekdayName(what);
  if (wd) value.weekday = wd;
  value.relative =
    mod === 'last' ? `the ${what} before publication` : mod === 'next' ? `the ${what} after publication` : `the ${what} of publication`;
  return wholeMatch(m, 'date', value);
}

function offset(m: RegExpExecArray): PatternMatch | undefined {
  const count = parseNumber(m.groups?.count ?? '');
  const unit = (m.groups?.unit ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const dir = (m.groups?.dir ?? '').toLowerCase();
  const amount = Number.isNaN(count) ? (m.groups?.count ?? '').toLowerCase() : String(count);
  const plural = count === 1 ? unit : unit === 'century' ? 'centuries' : `${unit}s`;
  const relative =
    dir === 'ago'
      ? `${amount} ${plural} before publication`
      : `${amount} ${plural} ${dir === 'earlier' ? 'before' : 'after'} the time just mentioned`;
  return wholeMatch(m, 'date', { kind: 'date', relative });
}

/** Dates relative to the time of writing or to a time the text just named. */
export const relativeDates: PatternRule = {
  id: 'date.relative',
  description: 'Relative dates ("yesterday", "last year", "next spring", "two years earlier")',
  priority: 2,
  find(region, hints = regionHints(region)) {
    // Cheap tests first (hints.ts): most sentences have none of these words.
    return [
      ...(hints & DEICTIC_WORD ? scan(DEICTIC, region, (m) => deictic(region, m)) : []),
      ...(hints & MODIFIER ? scan(MODIFIED, region, (m) => modified(region, m)) : []),
      ...(hints & OFFSET_WORD && OFFSET_HINT.test(region) ? scan(OFFSET, region, offset) : []),
    ];
  },
};
