// A body revising its own forecast: "The IMF cut its growth forecast to
// 3.1%", "it edged up its forecast for those countries", "the bank kept its
// outlook unchanged". The figure is the subject's estimate, so the subject is
// its source (PolNeAR marks "edged up its forecast for" as the cue); the
// sentence reports a forecast, which SCHEMA.md makes low whatever its numbers.
import type { CueMatch } from '../lexicon';
import type { SentenceView } from '../view';

/** The lemma that marks the cue for the structural tests. */
export const FORECAST_LEMMA = 'own forecast';

/** Verbs of revising or keeping a figure. */
const REVISIONS = new Set(
  'cut cuts raised raises lowered lowers trimmed trims revised revises increased increases reduced reduces lifted lifts boosted boosts slashed slashes upgraded upgrades downgraded downgrades kept keeps held holds maintained maintains edged nudged marked pared scaled ratcheted'.split(' '),
);
/** Particles a revision may take ("edged up", "revised down", "marked down"). */
const PARTICLES = new Set(['up', 'down', 'back']);
/** Possessives that tie the forecast to the subject. */
const OWN = new Set(['its', 'their', 'his', 'her', 'our']);
/** Nouns of a forecast or estimate. */
const FORECASTS = new Set(['forecast', 'forecasts', 'estimate', 'estimates', 'outlook', 'outlooks', 'projection', 'projections', 'guidance', 'prediction', 'predictions']);
/** Most words between the possessive and the noun ("its British growth forecast", "its full-year revenue guidance"). */
const MAX_MODIFIERS = 3;

/** "cut its growth forecast" at token `i`: the cue runs from the verb to the forecast's noun. */
export function ownForecast(v: SentenceView, i: number): CueMatch | undefined {
  if (!REVISIONS.has(v.lower[i]!)) return undefined;
  let k = i + 1;
  if (PARTICLES.has(v.lower[k] ?? '')) k++;
  if (!OWN.has(v.lower[k] ?? '')) return undefined;
  for (let n = k + 1; n < v.tokens.length && n <= k + 1 + MAX_MODIFIERS; n++) {
    if (v.tokens[n]!.kind === 'punct' && v.tokens[n]!.text !== '-') return undefined;
    if (FORECASTS.has(v.lower[n]!)) {
      const length = n - i + 1;
      return { length, phrase: v.lower.slice(i, n + 1).join(' '), lemma: FORECAST_LEMMA, reliability: 0.6, belief: false };
    }
  }
  return undefined;
}

/** False when ownForecast() can match no word of form `w`. */
export function mayBeOwnForecast(w: string): boolean {
  return REVISIONS.has(w);
}
