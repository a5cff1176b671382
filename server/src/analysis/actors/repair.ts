// Rule: repair the tagger's person/organisation spans before grouping them.
// A statistical tagger splits and mistypes names in predictable ways:
// "Mayor Nadia" + "Kessler", "Aurelian Institute" + "for" + "Space Science",
// "Councilor Ruth Kessler" typed organisation, "… Coordination Agency" typed
// person, "Riverside Union Hall that". Each repair follows from the name's own
// words (a role word in front, an institution noun at its head), never from a
// list of names.
import type { Entity, EntityType } from '../types';
import { CORPORATE_SUFFIXES, HONORIFIC_GENDER, ORG_NOUNS, PERSON_ROLES, SHARED_ROLES, TITLE_MODIFIERS } from './lexicon';
import { isGivenName } from './learn';
import { orgHead } from './names';

/** Role words that also start ordinary names ("General Motors", "Principal Financial"). */
const ADJECTIVE_ROLES = new Set(['general', 'principal', 'head', 'chief', 'executive', 'director']);

/** "of"/"for" plus capitalised words the tagger left out, between two parts of one name. */
const OF_GAP = /^\s+(of|for)\s+(\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Person and organisation entities, repaired; other entities are left out. */
export function repairNames(text: string, entities: Entity[]): Entity[] {
  const names = [...entities, ...datelineCredit(text, entities)]
    .filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'nationality' || e.type === 'place')
    .map((e) => trimEnd(text, { start: e.start, end: e.end, text: e.text, type: e.type }))
    .filter((e): e is Entity => !!e && (opensWithCapitalOrDigit(e.text) || /^(of|for) \p{Lu}/u.test(e.text)))
    .sort((a, b) => a.start - b.start);
  const merged: Entity[] = [];
  for (const e of names) {
    const prev = merged[merged.length - 1];
    if (prev && joinable(text, prev, e)) {
      merged[merged.length - 1] = { start: prev.start, end: e.end, text: text.slice(prev.start, e.end), type: joinedType(text, prev, e) };
    } else merged.push(e);
  }
  // A name the tagger mostly calls a place ("China" once typed organisation) is a place.
  const placeVotes = new Map<string, number>();
  for (const e of entities) {
    const vote = e.type === 'place' ? 1 : e.type === 'person' || e.type === 'organization' ? -1 : 0;
    placeVotes.set(e.text, (placeVotes.get(e.text) ?? 0) + vote);
  }
  return merged
    .filter((e) => (e.type === 'person' || e.type === 'organization') && opensWithCapitalOrDigit(e.text))
    .filter((e) => (placeVotes.get(e.text) ?? 0) <= 0)
    .map((e) => {
      const head = appositionHead(text, e);
      return { ...e, type: personByRole(text, e, head) ? 'person' : institutionByApposition(e, head) ? 'organization' : retype(e) };
    });
}

/** Drops trailing punctuation and lower-case words ("Riverside Union Hall that", "Ward 6,"). */
function trimEnd(text: string, e: Entity): Entity | undefined {
  let end = e.end;
  // "Halvard Robotics, Inc.", "Smith Jr.": the full stop of an abbreviation closing a name is part of its last word.
  if (endsClean(text, e.start, end) || ABBREVIATED_END.test(text.slice(Math.max(e.start, end - 6), end))) return { ...e, text: text.slice(e.start, end) };
  for (;;) {
    const slice = text.slice(e.start, end);
    const m = /(\s+[\p{Ll}][\p{L}]*|[\s,;:.!?)]+)$/u.exec(slice);
    if (!m || m.index === 0) break;
    end = e.start + m.index;
  }
  if (end <= e.start) return undefined;
  return { ...e, end, text: text.slice(e.start, end) };
}

/** Abbreviations that close a name with their full stop. */
const ABBREVIATED_END = /(?:^|[\s,])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr)\.$/;

/**
 * Whether trimEnd's pattern cannot match text[start, end) (most names): it
 * ends with an ASCII letter or digit (no trailing punctuation or space), and
 * its last word, after its last space, opens with an ASCII capital or digit
 * (no trailing lower-case word). Then nothing is trimmed, without a regex.
 */
function endsClean(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const last = text.charCodeAt(end - 1);
  if (!((last >= 65 && last <= 90) || (last >= 97 && last <= 122) || (last >= 48 && last <= 57))) return false;
  let i = end - 1;
  while (i > start && !isSpaceAt(text, i - 1)) i--;
  if (i === start) return true;
  const head = text.charCodeAt(i);
  return (head >= 65 && head <= 90) || (head >= 48 && head <= 57);
}

/** `/\s/` for the character at `i`: an ASCII one by its code (most), any other by the regex. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i] as string);
}

/** `/^[\p{Lu}\p{N}]/u`: an ASCII first character by its code (most names), any other by the regex. */
function opensWithCapitalOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\p{N}]/u.test(text);
}

/** Two names that are one: only spaces between two person names, or "<Institution> of/for <Name>". */
function joinable(text: string, a: Entity, b: Entity): boolean {
  const gap = text.slice(a.end, b.start);
  // "Central Bank" + "of Valmora": the tagger cut the name at its preposition.
  if (/^[ \t]*$/.test(gap) && /^(of|for) \p{Lu}/u.test(b.text)) return !!orgHead(words(a.text));
  if (/^[\p{Ll}]/u.test(b.text)) return false;
  // "Central Bank of Valmora": an institution of a place is one name.
  if (a.type === 'place' || b.type === 'place') return a.type === 'organization' && OF_GAP.test(gap) && !!orgHead(words(a.text));
  // "Brazilian Chicken Exporters’ Council": a nationality word opening an organisation's name.
  if (a.type === 'nationality' || b.type === 'nationality') return a.type === 'nationality' && b.type === 'organization' && /^[ \t]+$/.test(gap);
  if (/^[ \t]+$/.test(gap)) return a.type === b.type || endsWithTitle(a.text);
  // "Exporters’ Council": a plural possessive inside one name.
  if (/^['’][ \t]+$/.test(gap) && /s$/.test(a.text)) return true;
  if (OF_GAP.test(gap) && /^\p{Lu}/u.test(b.text)) return !!orgHead(words(a.text));
  return false;
}

function joinedType(text: string, a: Entity, b: Entity): EntityType {
  if (a.type === 'nationality') return 'organization';
  if (OF_GAP.test(text.slice(a.end, b.start))) return 'organization';
  return endsWithTitle(a.text) ? 'person' : a.type;
}

/** A name that opens with a role ("Councilor Ruth Kessler") is a person; one headed by an institution noun is an organisation. */
function retype(e: Entity): EntityType {
  const w = words(e.text);
  if (w.length > 1 && CORPORATE_SUFFIXES.has(w[w.length - 1] as string)) return 'organization';
  // ("Justice Department", "Prosecutor General's Office": a role word opening an institution's name is no title.)
  if (w.length > 1 && titlePrefix(w) > 0 && titlePrefix(w) < w.length && !orgHead(w)) return 'person';
  // ("Jim Courier", "Emily Post": a given name before a masthead word is a person's surname, no newspaper.)
  if (e.type === 'person' && w.length > 1 && orgHead(w) && !(orgHead(w) === 'newspaper' && isGivenName(w[0] as string))) return 'organization';
  return e.type;
}

/** How many leading words are a title ("city clerk" in "City Clerk Daniel Osei"), 0 when none. */
export function titlePrefix(w: string[]): number {
  let last = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as string;
    if (isGivenName(x)) break;
    if ((PERSON_ROLES.has(x) && !ADJECTIVE_ROLES.has(x)) || HONORIFIC_GENDER.has(x)) last = i + 1;
    else if (!TITLE_MODIFIERS.has(x) && !ADJECTIVE_ROLES.has(x)) break;
  }
  return last;
}

function endsWithTitle(name: string): boolean {
  const w = words(name);
  return w.length > 0 && titlePrefix(w) === w.length;
}

/**
 * The lower-cased words of a name, "the" left out. Memoised: a name recurs
 * through an article ("Xi", "Tokayev") and across the news, and its words are a
 * regex match and three string passes each time. Callers must not change the array.
 */
function words(s: string): string[] {
  let found = wordsOfName.get(s);
  if (!found) {
    if (wordsOfName.size >= WORDS_LIMIT) wordsOfName.clear();
    wordsOfName.set(s, (found = (s.match(WORD) ?? []).map((x) => x.toLowerCase().replace(/\.$/, '')).filter((x) => x !== 'the')));
  }
  return found;
}

/** words() by name text, across documents (they depend on the text alone); emptied when large. */
const wordsOfName = new Map<string, string[]>();
const WORDS_LIMIT = 1 << 14;


/**
 * True when a role word makes the name a person: right before it ("co-founder
 * Ivo Brandt", "Governor Teodora Marsh") or in apposition ("Tarsia's foreign
 * minister, Oğuz Yılmaz, said"; `head` is appositionHead's word). A role
 * companies share ("rival", "auditor") leaves an organisation one.
 */
function personByRole(text: string, e: Entity, head: string | undefined): boolean {
  const role = roleBefore(text, e.start) ?? (head !== undefined && PERSON_ROLES.has(head) && !HONORIFIC_GENDER.has(head) ? head : undefined);
  return role !== undefined && !(e.type === 'organization' && SHARED_ROLES.has(role));
}

/** "Sweden's mediation office, Medlingsinstitutet, has …": a name in apposition to an institution noun is an organisation. */
function institutionByApposition(e: Entity, head: string | undefined): boolean {
  return e.type === 'person' && head !== undefined && ORG_NOUNS.has(head) && !PERSON_ROLES.has(head);
}

/** How far back from a name appositionHead looks for its noun. */
const APPOSITION_WINDOW = 40;

/**
 * The lower-case noun before ", " right in front of the name (within 40
 * characters), when the name is closed by a comma, a full stop, a semicolon or
 * the text's end. Read backwards character by character: a regex anchored at
 * the window's end ran once per entity over every start position and was 4% of
 * the whole analysis.
 */
function appositionHead(text: string, e: Entity): string | undefined {
  if (!/^\s*([,.;]|$)/.test(text.slice(e.end, e.end + 2))) return undefined;
  const floor = Math.max(0, e.start - APPOSITION_WINDOW);
  let k = e.start;
  while (k > floor && isSpace(text.charCodeAt(k - 1))) k--;
  if (k === e.start || k <= floor || text[k - 1] !== ',') return undefined;
  const end = k - 1;
  let begin = end;
  for (;;) {
    const width = lowerOrHyphenBefore(text, begin, floor);
    if (width === 0) break;
    begin -= width;
  }
  return begin < end ? text.slice(begin, end) : undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** UTF-16 width (1 or 2) of the lower-case letter or hyphen that ends at `i`, not reaching below `floor`; 0 when there is none. */
function lowerOrHyphenBefore(text: string, i: number, floor: number): number {
  if (i <= floor) return 0;
  const c = text.charCodeAt(i - 1);
  if ((c >= 97 && c <= 122) || c === 45) return 1;
  if (c < 128) return 0;
  // A lower-case letter outside the Basic Multilingual Plane is a surrogate pair, both halves inside the window.
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= floor) {
    const pair = text.slice(i - 2, i);
    if (/^\p{Ll}$/u.test(pair)) return 2;
  }
  return /\p{Ll}/u.test(text[i - 1]!) ? 1 : 0;
}

/** The role word or honorific right before `start` that makes a name a person, if any. */
function roleBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === start) return undefined;
  // A full stop belongs to an abbreviated honorific ("Mr."), never to a sentence ("… the coach. Harbour Bank").
  const stop = text[end - 1] === '.';
  if (stop) end--;
  let begin = end;
  while (begin > 0 && begin > start - 40 && isLetterOrHyphen(text, begin - 1)) begin--;
  const w = text.slice(begin, end).toLowerCase();
  if (stop) return HONORIFIC_GENDER.has(w) ? w : undefined;
  return !!w && (PERSON_ROLES.has(w) || HONORIFIC_GENDER.has(w)) && !ADJECTIVE_ROLES.has(w) ? w : undefined;
}

/** `[\p{L}-]` for the character at `i`: an ASCII one by its code (most), any other by the regex. */
function isLetterOrHyphen(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
  return /[\p{L}-]/u.test(text[i] as string);
}

const DATELINE = /(^|\n)[ \t]*\p{Lu}[\p{Lu} .'’-]{1,30},?[^()\n]{0,30}\((\p{Lu}[\p{L}&.’' -]{1,40})\)[ \t]*[-–—]/u;

/**
 * "PRETORIA, June 12 (Tidewire) - …": the credit in a dateline names the
 * news agency, an organisation, even when the tagger missed it.
 */
function datelineCredit(text: string, entities: Entity[]): Entity[] {
  const m = DATELINE.exec(text.slice(0, 2000));
  const name = m?.[2];
  if (!m || !name) return [];
  const start = m.index + m[0].indexOf(`(${name})`) + 1;
  const end = start + name.length;
  if (entities.some((e) => e.start < end && start < e.end && (e.type === 'person' || e.type === 'organization'))) return [];
  return [{ start, end, text: name, type: 'organization' }];
}
