// Measured quantities (unscored type `quantity`): "142 mm", "5.6 metres",
// "1.5 million kilometres", "0.25 percentage points", "25 basis points",
// "40 °C", "41C" (a British headline's degrees). A number with a unit of measure only: counts of things ("1,800
// jobs") are not quantities here. No normalised value (types.ts has none).
import { NUMBER, NUMBER_WORD } from './numbers';
import { DIGIT, regionHints, UNIT as UNIT_RUN } from './hints';
import { scan, type PatternRule } from './rule';

const UNIT = String.raw`(?:percentage\s+points?|basis\s+points?|square\s+(?:kilometres|kilometers|km|miles|metres|meters)|cubic\s+metres|(?:kilo|centi|milli)?(?:metres|meters|metre|meter)|km|mm|cm|miles?|feet|foot|inches|inch|kilograms?|kg|grams?|tonnes?|tons?|litres?|liters?|gallons?|barrels?|hectares?|acres?|mph|km/h|knots|degrees(?:\s+(?:Celsius|Fahrenheit))?|°\s?[CF]|(?<=\d)[CF]|[kMG]W|[kMGT]Wh|megawatts?|gigawatts?)`;

const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥])(?:${NUMBER}|${NUMBER_WORD})(?:\s+(?:thousand|million|billion))?(?:\s?|-)${UNIT}(?![\p{L}\p{N}])`,
  'gu',
);

/** A test for a spelled-out unit in a region without digits (it misses "km", "kg" …: a sentence must spell those out to count). */
const UNIT_HINT = /met(?:re|er)|mile|feet|foot|inch|gram|ton|lit(?:re|er)|gallon|barrel|hectare|acre|point|degree|knot|watt/i;

/** Every match ends with a whole unit word: a region without one is skipped (cheaper than QUANTITY's scan). */
const UNIT_WORD = new RegExp(String.raw`${UNIT}(?![\p{L}\p{N}])`, 'u');

/** Quantities with a unit of measure. */
export const quantity: PatternRule = {
  id: 'quantity',
  description: 'Measured quantities ("142 mm", "0.25 percentage points")',
  priority: 3,
  find(region, hints = regionHints(region)) {
    // Every match ends with a unit (hints.ts UNIT): most regions have none.
    if (!(hints & UNIT_RUN)) return [];
    // Without a digit, only units UNIT_HINT names are looked for ("two km" is not: kept as it was).
    if (!(hints & DIGIT) && !UNIT_HINT.test(region)) return [];
    if (!UNIT_WORD.test(region)) return [];
    return scan(QUANTITY, region, (m) =>
      // "Route 9C", "Gate 4C": a glued letter after a capitalised word names a thing; "hit 41C" is degrees.
      /\d[CF]$/.test(m[0]) && /\p{Lu}[\p{L}.]*\s+$/u.test(region.slice(Math.max(0, m.index - 20), m.index)) ? undefined : { start: m.index, end: m.index + m[0].length, type: 'quantity' },
    );
  },
};
