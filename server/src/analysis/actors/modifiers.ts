// Rule: a description's noun modifier names the kind of body it is ("the
// ferry office", "the tax agency"); an organisation whose name says another
// kind of the same head noun is another body ("the closed ferry office" is no mention of the
// Harbourside Election Office, though both are offices). Adjectives ("the
// closed office", "the regional agency") and the words of the name itself
// ("the election office") say nothing against it.
import type { Draft, DraftMention } from './model';
import type { TokenView } from './tokens';

/** Modifiers that describe any body, whatever it is named ("the state agency", "the city council"). */
const ANY_BODY = new Set([
  'new', 'old', 'big', 'small', 'local', 'main', 'top', 'chief', 'senior', 'own', 'same', 'other', 'former', 'current', 'whole', 'entire',
  'state', 'federal', 'city', 'county', 'government', 'public', 'private', 'national', 'regional', 'provincial', 'municipal', 'district',
  'country', "country's", 'nation', 'world', 'global', 'international', 'independent', 'parent', 'rival', 'opposition', 'ruling', 'governing',
  'u.s.', 'uk', 'eu', 'un', 'giant', 'group', 'media', 'news', 'wire', 'daily', 'weekly', 'top-tier', 'two', 'three', 'both', 'only', 'last', 'first', 'next',
]);

/** Levels of government a body's name holds ("County Council", "Town Council", "Parish Council"). */
const LEVELS = new Set(['parish', 'town', 'county', 'city', 'district', 'borough', 'state', 'federal', 'regional', 'provincial', 'municipal', 'national', 'metropolitan', 'community']);

/** Endings of adjectives and participles ("closed", "regional", "economic", "competitive"). */
const ADJECTIVE_ENDINGS = /(ed|al|ic|ive|ous|ful|less|ish|ary|ent|ant|ible|able|ing|est|ly|ian|ese|an)$/;

/**
 * True when a lower-case noun modifier of the description before its head is
 * no word of the organisation's name: the description names another body.
 */
export function modifierClashes(view: TokenView, d: DraftMention, org: Draft): boolean {
  const head = d.head ?? '';
  // Only a name that says its own kind of the same head can clash: "Harbourside Election Office" against "the ferry
  // office" ("the train maker" of Vantor Rail, "the logistics start-up" of Haulwise describe what the name does not say).
  const tokens = org.fullTokens.map((t) => t.toLowerCase());
  // "the parish council" is no mention of Kent County Council: two levels of government, two bodies.
  const levels = tokens.filter((t) => LEVELS.has(t));
  if (levels.length) {
    for (let k = d.first + 1; k < d.last; k++) {
      const w = view.toks[k]?.lower ?? '';
      if (LEVELS.has(w) && !levels.includes(w)) return true;
    }
  }
  const at = tokens.lastIndexOf(head);
  if (org.head !== head || at < 1 || ANY_BODY.has(tokens[at - 1]!)) return false;
  const name = new Set(tokens);
  for (let k = d.first + 1; k < d.last; k++) {
    const t = view.toks[k];
    if (!t || t.kind !== 'word' || t.lower === head) continue;
    if (!/^[a-z][a-z-]*$/.test(t.text) || ANY_BODY.has(t.lower) || ADJECTIVE_ENDINGS.test(t.lower) || /^\d/.test(t.lower)) continue;
    if (!name.has(t.lower) && !name.has(`${t.lower}s`) && !name.has(t.lower.replace(/s$/, ''))) return true;
  }
  return false;
}
