// The registry of always-exact pattern rules (dates, money, percentages,
// quantities) and the one entry point the entity stage calls.
//
// Span conventions, taken from the gold corpus (../shared/corpus):
// - the expression alone: no preposition, no article, no part of day, no
//   adverb: "on Monday evening" → "Monday", "earlier on Tuesday" → "Tuesday",
//   "by the end of next year" → "next year", "earlier this month" → "this
//   month", "a further £10 million" → "£10 million", "the 1990s" → "1990s";
// - a relative modifier or offset is part of the date: "last year", "next
//   spring", "two years earlier", "eight months later", "tonight";
// - durations are no dates: "32 years", "for three days", "the year to March"
//   (only "March"), "more than a decade";
// - "0.25 percentage points" is a quantity, not a percent (a difference of
//   percentages); "a quarter", "a third" are nothing;
// - "$" alone is US dollars, "¥" yen, "crowns" without a country ISO 4217 "XXX".
import type { ArticleDocument, Entity } from '../../types';
import { calendarDates } from './dates';
import { money } from './money';
import { percent } from './percent';
import { proseRegions } from './prose';
import { regionHints } from './hints';
import { quantity } from './quantity';
import { relativeDates } from './relative';
import { holidays } from './holidays';
import type { PatternMatch, PatternRule } from './rule';
import { years } from './years';

/** Every pattern rule, by id. */
export const patternRules: readonly PatternRule[] = [money, percent, calendarDates, years, relativeDates, holidays, quantity];

/**
 * Occupied characters of the region `resolve` works on, reused from region to region (a typed
 * array of more than 64 bytes is an allocation outside the JavaScript heap, dearer than zeroing).
 */
let occupied = new Uint8Array(256);

/**
 * Keeps the longest of overlapping matches ("2 July 2024" over "July 2024"
 * over "July"), ties broken by rule priority (money before a year inside it).
 * Linear in the region: occupied characters are marked in a byte array.
 */
function resolve(found: (PatternMatch & { priority: number })[], length: number): PatternMatch[] {
  if (found.length < 2) return found;
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  if (occupied.length < length) occupied = new Uint8Array(length * 2);
  const taken = occupied;
  taken.fill(0, 0, length);
  const kept: PatternMatch[] = [];
  for (const f of found) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept;
}

/** Trims spaces a match may have picked up from a blanked URL and drops empty ones. */
function tidy(region: string, m: PatternMatch): PatternMatch | undefined {
  let { start, end } = m;
  while (start < end && /\s/.test(region[start])) start++;
  while (end > start && /\s/.test(region[end - 1])) end--;
  return end > start ? { ...m, start, end } : undefined;
}

/**
 * Dates, amounts of money, percentages and quantities of the document's prose, in text
 * order, each with its normalised value. Never throws on odd text.
 */
export function findPatternEntities(document: ArticleDocument): Entity[] {
  const entities: Entity[] = [];
  for (const region of proseRegions(document)) {
    const found: (PatternMatch & { priority: number })[] = [];
    const hints = regionHints(region.text);
    for (const rule of patternRules) for (const m of rule.find(region.text, hints)) found.push(Object.assign(m, { priority: rule.priority }));
    for (const m of resolve(found, region.text.length)) {
      const t = tidy(region.text, m);
      if (!t) continue;
      const start = region.start + t.start;
      const end = region.start + t.end;
      const entity: Entity = { start, end, text: document.text.slice(start, end), type: t.type };
      if (t.value) entity.value = t.value;
      entities.push(entity);
    }
  }
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}
