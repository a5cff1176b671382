/**
 * The reader's words for what the analysis found: why a claim is
 * check-worthy ("states an amount: US$41 billion; a ranking: biggest"), the
 * message of an unsourced claim, and the names of entity and actor types.
 * The editor (diagnostics, hover cards, outline) and the CLI (text report,
 * SARIF) both take their wording from here, so a claim reads the same in
 * both; how a line is laid out or shortened stays with each adapter.
 */
import type { ActorType, CheckworthyReason, Claim, EntityType } from './types';

/**
 * A reader's phrase per reason kind the check-worthiness rules emit (and a
 * few synonyms older or future rules may use). A kind missing here is still
 * described, from its own words ({@link reasonPhrase}).
 */
const REASON_PHRASES: ReadonlyMap<string, string> = new Map([
  ['amount', 'an amount'],
  ['money', 'an amount'],
  ['percent', 'a percentage'],
  ['percentage', 'a percentage'],
  ['statistic', 'a statistic'],
  ['number', 'a number'],
  ['count', 'a count'],
  ['quantity', 'a quantity'],
  ['age', 'an age'],
  ['ranking', 'a ranking'],
  ['superlative', 'a superlative'],
  ['comparison', 'a comparison'],
  ['dated-event', 'a dated event'],
  ['date', 'a date'],
  ['event', 'an event'],
  ['factual-event', 'an event'],
  ['named-actor', 'a fact about a named actor'],
  ['named-place', 'a fact about a named place'],
  ['forecast', 'a forecast'],
  ['intention', 'an intention'],
  ['belief', 'a belief'],
  ['opinion', 'an opinion'],
  ['speculation', 'speculation'],
  ['question', 'a question'],
  ['greeting', 'a greeting'],
  ['scene', 'a scene set (a gesture)'],
  ['appeal', 'an appeal to readers'],
  ['signpost', 'a signpost to what follows'],
  ['verdict', "a fact-checker's rating"],
  // "Not everyone agrees": the subject names no one who could be asked.
  ['vague', 'a vague subject'],
  ['vague-subject', 'a vague subject'],
]);

/** Reader's names of the entity types, as the hover card heads them. */
export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  nationality: 'Nationality',
  date: 'Date',
  money: 'Amount of money',
  percent: 'Percentage',
  event: 'Event',
  work: 'Work',
  quantity: 'Quantity',
};

/** "Amount of money" for `money`; a type this build does not know, in its own words. */
export function entityTypeLabel(type: string): string {
  const label = Object.hasOwn(ENTITY_TYPE_LABELS, type) ? ENTITY_TYPE_LABELS[type as EntityType] : undefined;
  if (label) return label;
  const words = kindWords(type);
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Entity';
}

/** "person" or "organisation" (British spelling, like the rest of the reader's text). */
export function actorTypeName(type: ActorType): string {
  return type === 'person' ? 'person' : 'organisation';
}

/**
 * "a dated event" for `dated-event`. A kind without a phrase (a rule added
 * later) reads as its own words with an article: `upswing-signal` →
 * "an upswing signal"; an empty or symbol-only kind as "a detail".
 */
export function reasonPhrase(kind: string): string {
  const known = REASON_PHRASES.get(kind);
  if (known) return known;
  const words = kindWords(kind);
  if (!words) return 'a detail';
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** "an amount: US$41 billion"; the phrase alone when the reason has no text. */
export function describeReason(reason: CheckworthyReason): string {
  const phrase = reasonPhrase(reason.kind);
  const text = oneLine(reason.text);
  return text ? `${phrase}: ${text}` : phrase;
}

/**
 * "states an amount: US$41 billion; a ranking: biggest", or "" when no reason
 * was given. A reason inside another one ("1.4" inside "US$1.4 billion") adds
 * nothing for the reader and is left out; reasons of one kind are listed
 * together ("a dated event: March 4, Tuesday").
 */
export function describeReasons(reasons: readonly CheckworthyReason[]): string {
  const shown = readerReasons(reasons);
  if (shown.length === 0) return '';
  // Grouped by phrase, not kind, so synonyms ("money", "amount") share one entry.
  const byPhrase = new Map<string, string[]>();
  for (const r of shown) {
    const phrase = reasonPhrase(r.kind);
    const texts = byPhrase.get(phrase) ?? [];
    const text = oneLine(r.text);
    if (text && !texts.includes(text)) texts.push(text);
    byPhrase.set(phrase, texts);
  }
  const parts = [...byPhrase].map(([phrase, texts]) => (texts.length ? `${phrase}: ${texts.join(', ')}` : phrase));
  return `states ${parts.join('; ')}`;
}

/** The reasons worth showing: none nested inside a wider one or repeating an earlier-listed span. */
export function readerReasons(reasons: readonly CheckworthyReason[]): CheckworthyReason[] {
  return reasons.filter(
    (r, i) =>
      !reasons.some(
        (o, j) =>
          j !== i &&
          o.start <= r.start &&
          r.end <= o.end &&
          // Nested in a wider span, or the same span listed earlier.
          (o.end - o.start > r.end - r.start || j < i),
      ),
  );
}

/**
 * The message of an unsourced claim: "Unsourced claim: states an amount:
 * US$41 billion", or its check-worthiness when no reason was recorded.
 */
export function unsourcedMessage(claim: Claim): string {
  const why = describeReasons(claim.reasons);
  return why ? `Unsourced claim: ${why}` : `Unsourced claim (${claim.checkworthy} check-worthiness): no one is cited for it`;
}

/** "cue “said”, source “he” → Xi Jinping": an attribution in words (the actor's name when the source text is not it). */
export function attributionWords(cue: string, source: string, actorName?: string): string {
  const who = actorName && actorName !== source ? `“${source}” → ${actorName}` : `“${source}”`;
  return `cue “${cue}”, source ${who}`;
}

/** What an unsourced sentence is told about a cue inside it that attributes only its clause ("…, which said …"). */
export function clauseOnlyMessage(attribution: string): string {
  return `An attribution inside this sentence covers only its clause: ${attribution}`;
}

/** Text on one line, text longer than `max` shortened with an ellipsis (never inside a surrogate pair). */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = /[\uD800-\uDBFF]/.test(flat[max - 2] ?? '') ? max - 2 : max - 1;
  return `${flat.slice(0, cut)}…`;
}

/** A kind in plain lower-case words: `dated-event`, `datedEvent`, `DATED_EVENT` → "dated event". */
function kindWords(kind: string): string {
  return kind
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
