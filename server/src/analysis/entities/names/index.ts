// The trained name tagger: person, organization, place and nationality names.
import type { NameTagger } from '..';
import type { ArticleDocument, Entity, EntityType, Token } from '../../types';
import { makeConsistent, repeatNames } from './consistency';
import { tagSentences, type TokenSpan } from './decoder';
import { decodeModel, type NameModel } from './model';
import { FLAG_CITY, FLAG_COUNTRY, shareOf, wordInfo } from './lexicon';
import { normalizeToken } from './normalize';
import { correctPlaces } from './geography';
import { placeBeforeSuffix, placeParts } from './places';
import { joinNicknames, repairSpans } from './repairs';
import { stripTitles } from './titles';
import { dropQuotedCapitals, dropTitleCaseWords } from './titleCase';
import { dropBylineRoles } from './byline';
import { dropOpeningWords } from './openingWord';
import { markDerivedDemonyms } from './demonyms';
import { organisationsByContext } from './orgContext';
import { addHeadedNames } from './headedNames';
import { hyphenatedGivenNames } from './hyphenatedGivenNames';
import { placeLedNames } from './placeLedNames';
import { pinyinNames } from './pinyinNames';
import { wireServices } from './wireServices';
import { knownBodies } from './knownBodies';
import { dropTechnicalAcronyms } from './technicalAcronyms';
import { mastheads } from './mastheads';
import { partyLabels } from './partyLabels';
import { clubsNamedAlone, teamNicknames } from './nicknames';
import { scoreLineTeams } from './scoreLines';
import { numberedRoads } from './routes';
import { longNames } from './longNames';
import { firmOfPlace, firmsByLastWord, initialledBodies, nationalBodies } from './companies';
import { productsByContext } from './products';
import { quotedTitles } from './quotedTitles';
import { celestialBodies } from './celestial';
import { phenomenonType } from './phenomena';
import { organisationFirstWords } from './orgFirstWords';
import { majorityTypes } from './majority';
import { wordIdsOf, type WordIds } from '../../text/wordIds';
import { tokenize } from '../../text/tokens';

export type { NameModel } from './model';
export { decodeModel } from './model';
export type { TokenSpan } from './decoder';

const TYPES: (EntityType | undefined)[] = ['person', 'organization', 'place', undefined];
/** A named storm ("Storm Ilse", "Hurricane Maria", "Typhoon Haiyan") is an event, whatever class the model gave its name. */
const STORM_WORDS = new Set(['Storm', 'Hurricane', 'Typhoon', 'Cyclone', 'Tropical']);
const LOC = 2;
const MISC = 3;
/** A nationality adjective not in the lists: one capitalised word with a demonym ending ("Valmoran", "Korvastani", "Iraqi"). */
const DEMONYM_ENDING = /^\p{Lu}\p{Ll}+(?:an|ese|ish|stani|qi)$/u;

/**
 * Builds a tagger from the bytes of `server/models/names.bin`.
 * Throws on a malformed model (the host turns that into a Problem).
 */
export function createNameTagger(modelBytes: Uint8Array): NameTagger {
  const model = decodeModel(modelBytes);
  const demonyms = new Set(model.header.demonyms);
  return { tag: (document) => tagDocument(model, demonyms, document) };
}

/** Last words of a wildfire's name ("the Hollis Fire", "the August Complex"). */
const FIRE_WORDS = new Set(['Fire', 'Fires', 'Complex', 'Wildfire', 'Blaze']);

/**
 * A name ending in a fire word: after "the" a wildfire, an event ("The Camp Fire destroyed …"); otherwise the
 * agency that fights fires ("Cal Fire battalion chief …"), an organisation, never a person.
 */
function namedFire(tokens: readonly { text: string }[], first: number, end: number): EntityType | undefined {
  if (end - first < 2 || !FIRE_WORDS.has(tokens[end - 1]!.text)) return undefined;
  const before = tokens[first - 1]?.text;
  return before === 'the' || before === 'The' ? 'event' : 'organization';
}

/** The type a MISC name gets: `nationality` for demonyms, none otherwise (MISC is not shown). */
function miscType(text: string, demonyms: ReadonlySet<string>): EntityType | undefined {
  const normal = normalizeToken(text);
  if (demonyms.has(normal.toLowerCase())) return 'nationality';
  return DEMONYM_ENDING.test(normal) ? 'nationality' : undefined;
}

/** Names of a document given as sentences of token texts (and their numbers, text/wordIds.ts, when known), after the document-level consistency rules. */
export function tagNameSpans(model: NameModel, forms: readonly (readonly string[])[], ids?: WordIds): TokenSpan[] {
  const isPlace = (form: string) => (wordInfo(model.lexicon, form) & (FLAG_COUNTRY | FLAG_CITY)) !== 0;
  const repaired = placeLedNames(joinNicknames(repairSpans(stripTitles(tagSentences(model, forms, ids), forms, model.lexicon), forms, model.lexicon), forms));
  const knownMisc = (form: string) => shareOf(wordInfo(model.lexicon, normalizeToken(form)), MISC) > 0;
  const spans = dropTechnicalAcronyms(knownBodies(wireServices(pinyinNames(hyphenatedGivenNames(addHeadedNames(dropOpeningWords(dropBylineRoles(dropQuotedCapitals(dropTitleCaseWords(repaired, forms, model.lexicon), forms, model.lexicon), forms, model.lexicon), forms, model.lexicon), forms, knownMisc), forms), forms, model.lexicon), forms), forms), forms);
  const placed = celestialBodies(correctPlaces(makeConsistent(repeatNames(spans, forms), forms, isPlace), forms, model.lexicon), forms);
  const typed = partyLabels(quotedTitles(productsByContext(mastheads(organisationsByContext(markDerivedDemonyms(placed, forms, model.lexicon), forms), forms), forms), forms), forms);
  const teams = scoreLineTeams(clubsNamedAlone(teamNicknames(organisationFirstWords(typed, forms, model.lexicon), forms), forms), forms);
  const bodies = initialledBodies(firmOfPlace(nationalBodies(numberedRoads(firmsByLastWord(longNames(teams, forms), forms), forms), forms), forms, isPlace), forms);
  return majorityTypes(bodies, forms);
}

/** True when a name stands inside a quoted title ("“Aerosol decline and European summer warming”"): a mark opens before it and closes after it. */
function quotedTitle(tokens: readonly Token[], start: number, end: number): boolean {
  let marks = 0;
  for (let k = 0; k < start; k++) if (/^["“”]$/.test(tokens[k]!.text)) marks++;
  const opened = marks % 2 === 1;
  return opened && tokens.slice(end).some((t) => /^["”]$/.test(t.text));
}

function tagDocument(model: NameModel, demonyms: ReadonlySet<string>, document: ArticleDocument): Entity[] {
  // A Markdown footnote's definition is no prose, but the names in it are entities (SCHEMA.md: entities inside
  // furniture are still entities): "[^1]: Repair Europe Alliance, “Annual report”, March 2025." Each definition is
  // tagged as one more sentence of the document.
  const notes = document.footnoteDefinitions.map((d) => {
    const tokens: Token[] = [];
    tokenize(document.text, d.content.start, d.content.end, [], 0, tokens);
    return { tokens };
  });
  const sentences: readonly { tokens: readonly Token[] }[] = notes.length ? [...document.sentences, ...notes] : document.sentences;
  const forms = sentences.map((s) => s.tokens.map((t) => t.text));
  // (Word numbers are known for the document's own sentences only.)
  const tagged = tagNameSpans(model, forms, notes.length ? undefined : wordIdsOf(document));
  // (A title cited in a footnote, “Lumen-2 Mission Cost Review”, is a work, no organisation.)
  const first = document.sentences.length;
  const spans = notes.length ? tagged.filter((s) => s.sentence < first || !quotedTitle(sentences[s.sentence]!.tokens, s.start, s.end)) : tagged;
  const entities: Entity[] = [];
  // Token (s, i) is flag number base[s] + i: flags in typed arrays, no key string per token.
  const base: number[] = [0];
  for (const sentence of sentences) base.push(base[base.length - 1] + sentence.tokens.length);
  const split = new Uint8Array(base[base.length - 1]);
  const inLongName = new Uint8Array(base[base.length - 1]);
  for (const span of spans) {
    if (span.end - span.start > 1) for (let i = span.start; i < span.end; i++) inLongName[base[span.sentence] + i] = 1;
  }
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s].tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (inLongName[base[s] + i] || token.kind !== 'word') continue;
      // ("The Oslo-based maker": after a capitalised word the place began there, "New York-based".)
      const before = tokens[i - 1];
      const suffixed = before !== undefined && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !/^(The|A|An|This|That|Its|Their)$/.test(before.text) ? undefined : placeBeforeSuffix(token.text, model.lexicon);
      const parts = placeParts(token.text, model.lexicon) ?? (suffixed ? [suffixed] : undefined);
      if (!parts) continue;
      split[base[s] + i] = 1;
      for (const p of parts) {
        entities.push({ start: token.start + p.start, end: token.start + p.end, text: token.text.slice(p.start, p.end), type: 'place' });
      }
    }
  }
  // Token flags of where each span ends: a storm word that closes a span of its own is that span's, not the next one's.
  const spanEnds = new Set(spans.map((s) => base[s.sentence] + s.end));
  // "Isha is the ninth named storm": a storm named with its storm word once is the storm wherever its name stands alone.
  const stormNames = new Set<string>();
  for (const span of spans) {
    const tokens = sentences[span.sentence].tokens;
    const after = STORM_WORDS.has(tokens[span.start].text) && span.end - span.start >= 2 ? span.start + 1 : span.start > 0 && STORM_WORDS.has(tokens[span.start - 1].text) && span.cls !== LOC ? span.start : -1;
    if (after >= 0) stormNames.add(tokens.slice(after, span.end).map((t) => t.text).join(' '));
  }
  for (const span of spans) {
    if (span.end - span.start === 1 && split[base[span.sentence] + span.start]) continue;
    const tokens = sentences[span.sentence].tokens;
    // "Hurricane Milton": the model may tag the name alone, leaving the storm word out as if it were a title.
    const storm = span.start > 0 && STORM_WORDS.has(tokens[span.start - 1].text) && span.cls !== LOC && !spanEnds.has(base[span.sentence] + span.start);
    const first = storm ? span.start - 1 : span.start;
    let end = span.end;
    // Entities leave out a possessive 's (SCHEMA.md), should the model have included one.
    while (end > span.start + 1 && /^['’]s?$/.test(tokens[end - 1].text)) end--;
    const start = tokens[first].start;
    const stop = tokens[end - 1].end;
    const text = document.text.slice(start, stop);
    // "Central Asian" is a nationality adjective whatever the model called it.
    // ("at the Vatican": a place the model typed a place stays one after "the", though its name reads as an adjective.)
    const placeAfterThe = span.cls === LOC && span.end - span.start === 1 && span.start > 0 && /^(the|The)$/.test(tokens[span.start - 1].text) && (wordInfo(model.lexicon, normalizeToken(text)) & FLAG_COUNTRY) !== 0;
    const namedStorm = stormNames.size > 0 && stormNames.has(tokens.slice(span.start, end).map((t) => t.text).join(' '));
    const phenomenon = phenomenonType(tokens, span.start, end);
    if (phenomenon === null) continue;
    const type = phenomenon ? phenomenon : storm || namedStorm || (STORM_WORDS.has(tokens[span.start].text) && span.end - span.start >= 2) ? 'event' : namedFire(tokens, span.start, end) ?? (span.cls === MISC || (demonyms.has(normalizeToken(text).toLowerCase()) && !placeAfterThe) ? miscType(text, demonyms) : TYPES[span.cls]);
    if (type) entities.push({ start, end: stop, text, type });
  }
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}
