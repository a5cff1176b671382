// A team is named in full once ("the Harlow Hawks") and by its nickname
// after that ("the Hawks"), which the model, seeing a plural it has never
// met, leaves untagged. The nickname is the name's last word.
import { COMPANY_WORDS, CORPORATE_SUFFIXES } from '../../actors/lexicon';
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';

const ORG = 1;

type Forms = readonly (readonly string[])[];

/** A capitalised plural that can be a team's nickname ("Hawks", "Lions"), not a trade word ("Foods", "Partners"). */
function nickname(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}+[^s']s$/u.test(word) && !COMPANY_WORDS.has(lower) && !CORPORATE_SUFFIXES.has(lower);
}

/**
 * An organisation's name of two words or more ending in a capitalised plural
 * ("Harlow Hawks") names it by that word alone after "the" ("the Hawks
 * have played …"): such untagged words become the organisation.
 */
export function teamNicknames(input: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal, base } = documentForms(forms);
  const spans = teamsAfterPlaces(input, normal);
  const nicknames = new Set<string>();
  for (const s of spans) {
    if (s.cls !== ORG || s.end - s.start < 2) continue;
    const last = normal[s.sentence]![s.end - 1]!;
    if (nickname(last)) nicknames.add(last);
  }
  if (nicknames.size === 0) return spans;
  const covered = new Map<number, TokenSpan>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered.set(base[s.sentence]! + i, s);
  const out = spans.slice();
  normal.forEach((tokens, sentence) => {
    for (let i = 1; i < tokens.length; i++) {
      if (!nicknames.has(tokens[i]!) || tokens[i - 1]!.toLowerCase() !== 'the') continue;
      const owner = covered.get(base[sentence]! + i);
      // The model's guess for the lone plural (a miscellany, a person) gives way; a longer name holding it stays.
      if (owner === undefined) out.push({ sentence, start: i, end: i + 1, cls: ORG });
      else if (owner.end - owner.start === 1) owner.cls = ORG;
    }
  });
  return out.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** Plurals that follow a place's name in a place of their own ("the Golan Heights", "the Kent Downs"), never a team. */
const PLACE_PLURALS = new Set(['States', 'Emirates', 'Netherlands', 'Philippines', 'Bahamas', 'Maldives', 'Seychelles', 'Comoros', 'Americas', 'Territories', 'Provinces', 'Midlands', 'Cyclades', 'Hebrides', 'Orkneys', 'Antilles', 'Heights', 'Downs', 'Hills', 'Islands', 'Isles', 'Falls', 'Springs', 'Lakes', 'Mountains', 'Alps', 'Highlands', 'Lowlands', 'Keys', 'Rockies', 'Plains', 'Flats', 'Fields', 'Gardens', 'Woods', 'Marshes', 'Sands', 'Narrows', 'Docks', 'Towers', 'Courts', 'Studios', 'Accords', 'Games', 'Olympics', 'Awards', 'Times', 'News']);

const LOC = 2;

/**
 * "the Boston Celtics", "the Dallas Cowboys": after "the", a town the model tagged and a capitalised plural it left
 * untagged are one team, an organisation (whose nickname teamNicknames() then follows).
 */
function teamsAfterPlaces(spans: TokenSpan[], normal: Forms): TokenSpan[] {
  for (const s of spans) {
    // (Only a place: as miscellany the model also reads events, "the U.S. Open Tennis Championships", "the Dow Jones".)
    if (s.cls !== LOC) continue;
    const tokens = normal[s.sentence]!;
    if (tokens[s.start - 1]?.toLowerCase() !== 'the') continue;
    // ("the Boston Celtics" tagged a place whole: its last word is the plural.)
    const last = tokens[s.end - 1] ?? '';
    if (s.end - s.start >= 2 && nickname(last) && !PLACE_PLURALS.has(last)) {
      s.cls = ORG;
      continue;
    }
    const next = tokens[s.end] ?? '';
    if (!nickname(next) || PLACE_PLURALS.has(next)) continue;
    if (spans.some((x) => x !== s && x.sentence === s.sentence && x.start === s.end)) continue;
    s.end++;
    s.cls = ORG;
  }
  return spans;
}

/** Last words of a club's name that name the club alone ("City", "United"): "Brenford City" … "City led". */
const CLUB_WORDS = new Set(['City', 'United', 'Town', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'County', 'Rangers', 'Celtic', 'Wednesday', 'Villa', 'Orient', 'Argyle', 'Hotspur', 'Thistle']);

/**
 * "beat Brenford City 2-1" … "City led through an early penalty": a name
 * ending in a club word, typed a place, names the club when the article
 * calls it by that word alone as an organisation twice or more.
 */
export function clubsNamedAlone(input: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  const spans = clubsByLastWord(input, normal);
  const alone = new Map<string, number>();
  for (const s of spans) {
    if (s.cls !== ORG || s.end - s.start !== 1) continue;
    const word = normal[s.sentence]![s.start]!;
    if (CLUB_WORDS.has(word)) alone.set(word, (alone.get(word) ?? 0) + 1);
  }
  if (alone.size === 0) return spans;
  for (const s of spans) {
    if (s.cls === ORG || s.end - s.start < 2) continue;
    if ((alone.get(normal[s.sentence]![s.end - 1]!) ?? 0) >= 2) s.cls = ORG;
  }
  return spans;
}

/** Club words no person's or place's name ends in ("Harlow Vale", "Northam Town" are clubs, never people). */
const PERSONLESS_CLUB_WORDS = new Set(['United', 'Town', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'County', 'Rangers', 'Orient', 'Argyle', 'Hotspur', 'Thistle', 'Vale', 'City']);
/** Club words that make an untagged capitalised word before them a club ("Castlemere Athletic lost 3-0"). */
const STRONG_CLUB_WORDS = new Set(['United', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Rangers', 'Hotspur', 'Thistle', 'Argyle', 'Orient']);
const PER = 0;

/**
 * "Harlow Vale beat Northam Town 2-1": a "person" whose name ends in a club word is the club; "Castlemere Athletic",
 * untagged, is one too. ("Kansas City", "Cape Town" the model types places, and they stay so.)
 */
function clubsByLastWord(spans: TokenSpan[], normal: readonly (readonly string[])[]): TokenSpan[] {
  for (const s of spans) if (s.cls === PER && s.end - s.start >= 2 && PERSONLESS_CLUB_WORDS.has(normal[s.sentence]![s.end - 1]!)) s.cls = ORG;
  const added: TokenSpan[] = [];
  normal.forEach((tokens, sentence) => {
    for (let i = 1; i < tokens.length; i++) {
      if (!STRONG_CLUB_WORDS.has(tokens[i]!) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]!) || tokens[i - 1] === 'The') continue;
      if (spans.some((x) => x.sentence === sentence && x.start <= i && i - 1 < x.end)) continue;
      added.push({ sentence, start: i - 1, end: i + 1, cls: ORG });
    }
  });
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
