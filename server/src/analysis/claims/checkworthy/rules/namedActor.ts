import { entityEvidence, evidence, type CheckworthyRule, type Evidence } from '../rule';
import { MONTHS, WEEKDAYS, isCapitalized } from '../../words';

const NAME_TYPES = new Set(['person', 'organization', 'place', 'nationality', 'event', 'work']);
/** Capitalised words that are not names (titles of days, pronoun I). */
const NOT_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

/**
 * A statement about a named person, organisation or place (SCHEMA.md
 * medium): a name from the tagger or an actor mention; without a tagger, a
 * capitalised word that does not open the sentence or a quotation.
 */
export const namedActor: CheckworthyRule = {
  id: 'named-actor',
  description: 'Is about a named person, organisation or place.',
  run(context) {
    const names = context.entities.filter((e) => NAME_TYPES.has(e.type));
    // A name standing alone (a table cell, a caption: "Ribeira Grande") states nothing about it.
    if (names.length && context.view.tokens.every((t) => t.kind !== 'word' || names.some((e) => e.start <= t.start && t.end <= e.end))) return [];
    if (names.length) return names.slice(0, 3).map((e) => entityEvidence(e, 'named-actor', 'medium'));
    const out: Evidence[] = [];
    const { tokens, lower, quoteMark, quoted } = context.view;
    // An all-capitals line (a shouted headline) has a capital on every word: its capitals name no one.
    if (allCapitals(tokens)) return out;
    for (let i = 0; i < tokens.length && out.length < 3; i++) {
      const t = tokens[i]!;
      // A quoted slogan or title in capitals ("shirts reading “Keep Our Schools Open”") names no one.
      if (t.kind !== 'word' || quoted[i] || !isCapitalized(t.text) || NOT_NAMES.has(lower[i]!) || WEEKDAYS.has(lower[i]!) || MONTHS.has(lower[i]!)) continue;
      const opens = i === 0 || quoteMark[i - 1] || /^[(\-–—:;]$/.test(tokens[i - 1]!.text);
      // A sentence-initial capital is a name only when another capitalised word follows ("South Africa buys").
      if (opens && !(tokens[i + 1] && isCapitalized(tokens[i + 1]!.text) && tokens[i + 1]!.kind === 'word')) continue;
      let last = i;
      while (tokens[last + 1]?.kind === 'word' && isCapitalized(tokens[last + 1]!.text)) last++;
      out.push(evidence(context, i, last, 'named-actor', 'medium'));
      i = last;
    }
    return out;
  },
};

/** True when most words of three letters or more are written in capitals only. */
function allCapitals(tokens: readonly { kind: string; text: string }[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 3) continue;
    words++;
    if (t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}
