/**
 * Words for a claim's check-worthiness, shared by the diagnostic message and
 * the hover card so both say the same thing ("states an amount: US$41
 * billion; a ranking: biggest").
 */
import type { Analysis, CheckworthyReason, Claim } from '../analysis/types';
import { actorById } from './lookup';

/** A reader's phrase per reason kind; unknown kinds fall back to their own words. */
const REASON_PHRASES: Record<string, string> = {
  amount: 'an amount',
  money: 'an amount',
  percent: 'a percentage',
  percentage: 'a percentage',
  statistic: 'a statistic',
  number: 'a number',
  quantity: 'a quantity',
  ranking: 'a ranking',
  superlative: 'a superlative',
  comparison: 'a comparison',
  'dated-event': 'a dated event',
  date: 'a date',
  'named-actor': 'a fact about a named actor',
  'named-place': 'a fact about a named place',
  count: 'a count',
  age: 'an age',
  event: 'an event',
  'factual-event': 'an event',
  forecast: 'a forecast',
  intention: 'an intention',
  belief: 'a belief',
  opinion: 'an opinion',
  question: 'a question',
  greeting: 'a greeting',
  'vague-subject': 'a vague subject',
};

/** "an amount: US$41 billion". */
export function describeReason(reason: CheckworthyReason): string {
  const words = reason.kind.replace(/[-_]+/g, ' ');
  const phrase = REASON_PHRASES[reason.kind] ?? `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
  const text = oneLine(reason.text);
  return text ? `${phrase}: ${text}` : phrase;
}

/**
 * "states an amount: US$41 billion; a ranking: biggest", or "" when no reason
 * was given. A reason inside another one ("1.4" inside "US$1.4 billion") adds
 * nothing for the reader and is left out; reasons of one kind are listed
 * together ("a dated event: March 4, Tuesday").
 */
export function describeReasons(claim: Claim): string {
  const shown = readerReasons(claim.reasons);
  if (shown.length === 0) return '';
  const byKind = new Map<string, CheckworthyReason[]>();
  for (const r of shown) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const parts = [...byKind.values()].map((same) => {
    const texts = [...new Set(same.map((r) => oneLine(r.text)).filter(Boolean))];
    return describeReason({ ...same[0], text: texts.join(', ') });
  });
  return `states ${parts.join('; ')}`;
}

/** The reasons worth showing: none nested inside an earlier-listed or wider one. */
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

/** The diagnostic message of an unsourced claim. */
export function unsourcedMessage(claim: Claim): string {
  const why = describeReasons(claim);
  return why ? `Unsourced claim: ${why}` : `Unsourced claim (${claim.checkworthy} check-worthiness): no one is cited for it`;
}

/** "“said” (source: “he” → Xi Jinping)": a claim's attribution in words, or undefined. */
export function describeAttribution(analysis: Analysis, claim: Claim): string | undefined {
  const attribution = claim.attribution;
  if (!attribution) return undefined;
  const actor = attribution.source.actor ? actorById(analysis, attribution.source.actor) : undefined;
  const sourceText = oneLine(attribution.source.text);
  const who = actor && actor.name !== sourceText ? `“${sourceText}” → ${actor.name}` : `“${sourceText}”`;
  return `cue “${oneLine(attribution.cue.text)}”, source ${who}`;
}

/** Text on one line, long text shortened with an ellipsis. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
