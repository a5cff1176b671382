// Percentages: "3.5%", "12 per cent", "40 percent", "-2.3%", "10-12%",
// "twelve per cent", "a 12-per-cent rise". Percentage points ("0.25
// percentage points") are a difference between two percentages, not a
// percentage: they are left to the quantity rule, as the gold corpus leaves
// "a quarter of a percentage point" untagged.
import { NUMBER_BODY, NUMBER_WORD, parseNumber } from './numbers';
import { DIGIT, PERCENT, regionHints } from './hints';
import { scan, scanNearDigits, type PatternMatch, type PatternRule, wholeMatch } from './rule';

/** "per cent", "percent", "PER CENT", "pct"; case-sensitive so "5 PC" (computers) is not "5pc" (per cent). */
const PER_CENT = String.raw`(?:[Pp]er[\s-]?[Cc]ent|[Pp]ercent|PER\s?CENT|PERCENT|pct)`;
const SIGNED = String.raw`(?<sign>[-+−]?)(?<value>${NUMBER_BODY})`;
/** Digits, an optional lower bound of a range ("10-12%"), then "%" or "per cent". */
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,%+−-]|\p{N}[.,])(?:(?<low>[-+−]?${NUMBER_BODY})\s?[-–]\s?)?${SIGNED}(?:\s?%|[\s-]?${PER_CENT}|pc)(?![\p{L}])`,
  'gu',
);
/** "twelve per cent", "twenty-five percent" (no "%" after a word). */
const WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<value>${NUMBER_WORD})[\s-](?:[Pp]er[\s-]?[Cc]ent|[Pp]ercent)(?![\p{L}])`,
  'giu',
);

function digits(m: RegExpExecArray): PatternMatch | undefined {
  const g = m.groups ?? {};
  // A range ("10-12%") is one span valued at its lower bound, as money ranges are.
  if (g.low) {
    const low = parseNumber(g.low.replace(/^[+−-]/, ''));
    const value = /^[−-]/.test(g.low) ? -low : low;
    return wholeMatch(m, 'percent', { kind: 'percent', value });
  }
  let value = parseNumber(g.value ?? '');
  if (g.sign === '-' || g.sign === '−') value = -value;
  if (!Number.isFinite(value)) return undefined;
  return wholeMatch(m, 'percent', { kind: 'percent', value });
}

function words(m: RegExpExecArray): PatternMatch | undefined {
  const value = parseNumber(m.groups?.value ?? '');
  if (!Number.isFinite(value)) return undefined;
  return wholeMatch(m, 'percent', { kind: 'percent', value });
}

/** Percentages. */
export const percent: PatternRule = {
  id: 'percent',
  description: 'Percentages ("12 per cent", "3.5%", "40 percent")',
  priority: 1,
  find(region, hints = regionHints(region)) {
    // WORDS needs "per cent" or "percent" (any case): test for it before the costlier scan.
    const spelled = hints & PERCENT && /per[\s-]?cent|percent/i.test(region) ? scan(WORDS, region, words) : [];
    // A DIGITS match has its first digit within two characters of its start (a sign, a range's low bound).
    return hints & DIGIT ? [...scanNearDigits(DIGITS, region, 2, digits, false), ...spelled] : spelled;
  },
};
