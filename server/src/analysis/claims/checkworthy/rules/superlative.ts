import { evidence, type CheckworthyRule, type Evidence } from '../rule';

/** Superlatives of size, amount, time or temperature: measurable, so check-worthy. */
const MEASURABLE = new Set(
  'largest biggest highest lowest smallest fastest slowest oldest youngest richest poorest deadliest longest shortest heaviest lightest coldest hottest warmest wettest driest cheapest costliest busiest tallest deepest widest steepest sharpest fewest earliest lowest-ever highest-ever strongest weakest most-visited'.split(' '),
);
/** Adjectives after "most"/"least" that a count or a price settles ("most common", "most visited", "least expensive"). */
const MEASURED_AFTER_MOST = new Set(
  'common frequent frequently popular populous visited expensive valuable profitable prevalent deadly polluted indebted densely widely watched viewed used read downloaded streamed cited searched traded decorated capped populated'.split(' '),
);
/** Superlatives of judgement ("best finisher", "most exciting"): opinions, low (SCHEMA.md). */
const EVALUATIVE = new Set(
  'best worst greatest finest hardest toughest nicest proudest happiest saddest bravest prettiest loveliest ugliest friendliest funniest cleverest smartest wisest kindest boldest coolest strangest weirdest oddest grandest sweetest tastiest liveliest dullest'.split(' '),
);
/**
 * Nouns a measurable superlative only weighs in a figure of speech ("the biggest test yet", "the biggest threat to the
 * recovery", "our greatest challenge"): a judgement, low.
 */
const FIGURATIVE_HEADS = new Set(
  'test tests challenge challenges threat threats mistake mistakes problem problems worry worries concern concerns fear fears priority priorities hurdle hurdles obstacle obstacles headache headaches blow blows risk risks opportunity opportunities surprise surprises disappointment disappointments moment moments lesson lessons honour honor achievement achievements setback setbacks task tasks decision decisions battle battles gamble gambles bet bets question questions regret regrets thrill compliment fan fans hope hopes'.split(' '),
);

/** True when a figurative head noun follows the superlative at `i`, at most one word between ("biggest single threat"). */
function figurative(lower: readonly string[], i: number): boolean {
  return FIGURATIVE_HEADS.has(lower[i + 1] ?? '') || (/^[a-z-]+$/.test(lower[i + 1] ?? '') && FIGURATIVE_HEADS.has(lower[i + 2] ?? ''));
}
/** Participles that make "worst" and "hardest" a ranking of damage ("the worst hit", "the hardest affected"). */
const DAMAGE = new Set(['hit', 'affected', 'damaged']);
const DAMAGE_COMPOUNDS = new Set(['worst-hit', 'hardest-hit', 'worst-affected', 'hardest-affected', 'worst-damaged']);
/** Every unhyphenated word the tests below can match: any other is skipped with one lookup. */
const CUES = new Set([...MEASURABLE, ...EVALUATIVE, 'most', 'least']);

/**
 * A superlative. Measurable ones ("the biggest trading partner") are high;
 * judgements ("the most exciting mission", "the best finisher") and any
 * superlative inside a quotation are opinions: a soft cap.
 */
export const superlative: CheckworthyRule = {
  id: 'superlative',
  description: 'States a superlative (biggest, highest, the lowest rate in a decade).',
  // A hyphenated word not listed counts only when its last part is a measurable superlative ("lowest-ever" is listed; "all-time-highest").
  cues: { words: CUES, word: (w) => w.includes('-') && (MEASURABLE.has(w.slice(w.lastIndexOf('-') + 1)) || DAMAGE_COMPOUNDS.has(w)) },
  run(context) {
    const out: Evidence[] = [];
    const { tokens, lower, quoted } = context.view;
    for (let i = 0; i < tokens.length; i++) {
      const w = lower[i]!;
      if (!CUES.has(w) && !w.includes('-')) continue;
      const tail = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w;
      // "the worst hit", "the hardest-hit region": a ranking of damage, measurable.
      const damage = (w === 'worst' || w === 'hardest') && DAMAGE.has(lower[i + 1] ?? '');
      // "the most common type of accident", "the most expensive city": a degree that counts or costs is measurable.
      const measuredMost = (w === 'most' || w === 'least') && MEASURED_AFTER_MOST.has(lower[i + 1] ?? '');
      // ("This is the biggest test yet for Pryce.": a measurable word in a figure of speech judges.)
      if (MEASURABLE.has(w) && figurative(lower, i)) {
        out.push(evidence(context, i, i + 1, 'opinion', 'low', 'soft'));
      } else if (MEASURABLE.has(w) || MEASURABLE.has(tail) || damage || measuredMost || DAMAGE_COMPOUNDS.has(w) || mostOfAQuantity(lower, i)) {
        const last = damage || measuredMost ? i + 1 : i;
        out.push(quoted[i] ? evidence(context, i, last, 'opinion', 'low', 'soft') : evidence(context, i, last, 'superlative', 'high'));
      } else if (w === 'best' && awardCategory(lower, i)) {
        continue; // "Best actor went to …", "won best picture": the name of an award, no judgement of the writer's
      } else if (EVALUATIVE.has(w) || ((w === 'most' || w === 'least') && (lower[i - 1] === 'the' || lower[i - 1] === 'its') && /^[a-z]{4,}$/.test(lower[i + 1] ?? ''))) {
        out.push(evidence(context, i, Math.min(i + 1, tokens.length - 1), 'opinion', 'low', 'soft'));
      }
    }
    return out;
  },
};

/** Categories of an award that "best" names ("Best actor", "best supporting actress", "best original screenplay"). */
const AWARD_CATEGORIES = new Set(['actor', 'actress', 'director', 'picture', 'film', 'album', 'song', 'screenplay', 'documentary', 'newcomer', 'novel', 'play', 'musical', 'player', 'goalkeeper', 'artist', 'score', 'cinematography', 'editing']);
const DETERMINERS_BEFORE_BEST = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);
const CATEGORY_MODIFIERS = new Set(['supporting', 'new', 'original', 'adapted', 'foreign', 'international', 'animated', 'young', 'leading', 'feature', 'short', 'debut', 'first']);

/** True when a bare "best" at `i` opens an award category: at most two modifiers, then a category noun ("the best player" judges). */
function awardCategory(lower: readonly string[], i: number): boolean {
  if (DETERMINERS_BEFORE_BEST.has(lower[i - 1] ?? '')) return false;
  let k = i + 1;
  while (k < i + 3 && CATEGORY_MODIFIERS.has(lower[k] ?? '')) k++;
  return AWARD_CATEGORIES.has(lower[k] ?? '');
}

/** Words after "the most" that make it a ranking by count: "the most since 2019", "the most on record", "the most ever". */
const RANKING_AFTER_MOST = new Set(['since', 'on', 'in', 'ever', 'of', 'for', 'among', 'yet']);

/**
 * "added the most jobs", "the most since 2019", "the fewest cases": "most"
 * or "least" after "the" before a plural noun or a span of time counts
 * something; before an adjective ("the most exciting") it judges.
 */
function mostOfAQuantity(lower: readonly string[], i: number): boolean {
  const w = lower[i]!;
  if ((w !== 'most' && w !== 'least') || lower[i - 1] !== 'the') return false;
  const next = lower[i + 1] ?? '';
  // A plural noun, not an adjective in -ous or -less ("the most dangerous", "the most useless").
  return RANKING_AFTER_MOST.has(next) || (/^[a-z]{2,}[^su']s$/.test(next) && !next.endsWith('less'));
}
