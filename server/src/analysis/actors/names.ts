// Rule: names. Every person/organisation entity is a name mention; mentions
// are grouped by their fullest name. A surname, a given name or the first
// word of an organisation's name joins the one actor it fits; when it fits
// several (two people named Kessler) it keeps them all as candidates and the
// context pass decides.
import type { ActorType, Entity } from '../types';
import { opensClause } from './clauses';
import { CORPORATE_SUFFIXES, HONORIFIC_GENDER, MEMBER_BODY_HEADS, NEWSPAPER_WORDS, ORG_NOUNS, PERSON_ROLES, TITLE_MODIFIERS } from './lexicon';
import { newDraft, type Draft, type DraftMention } from './model';
import { genderOfGivenName, isGivenName } from './learn';
import { repairNames } from './repair';
import { isCapitalized, tokensIn, type Tok, type TokenView } from './tokens';

/** A name mention and the lower-cased words of the name in it (title and possessive left out). */
export interface NameMention {
  mention: DraftMention;
  words: string[];
  type: ActorType;
}

/** Lower-cased word tokens of a name: punctuation and a leading "the" dropped. */
export function nameWords(toks: Tok[]): string[] {
  const words = toks.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.lower);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words;
}

/** Initials of the capitalised words of a name ("Shanghai Cooperation Organisation" → "sco"). */
export function initials(toks: Tok[]): string {
  return toks
    .filter((t) => isCapitalized(t) && t.lower !== 'the')
    .map((t) => t.lower[0])
    .join('');
}

/** Turns person/organisation entities into name mentions (a title the tagger kept inside is split off). */
export function nameMentions(view: TokenView, entities: Entity[]): NameMention[] {
  const out: NameMention[] = [];
  for (const entity of repairNames(view.text, entities)) {
    const [first, end] = tokensIn(view, entity);
    let last = end;
    while (last > first && /^['’]s?$/.test((view.toks[last - 1] as Tok).lower)) last--;
    if (last <= first) continue;
    let nameFirst = first;
    // A title the tagger left inside a person name ("President Xi Jinping").
    while (entity.type === 'person' && last - nameFirst > 1 && isTitleWord(view.toks[nameFirst] as Tok) && !isGivenName((view.toks[nameFirst] as Tok).lower)) nameFirst++;
    const toks = view.toks.slice(nameFirst, last);
    const words = nameWords(toks);
    if (!words.length) continue;
    const firstTok = view.toks[first] as Tok;
    const mention: DraftMention = {
      start: firstTok.start,
      end: (view.toks[last - 1] as Tok).end,
      kind: nameFirst > first ? 'title' : 'name',
      sentence: firstTok.sentence,
      first,
      last,
      subject: opensClause(view, first, last),
    };
    if (nameFirst > first) {
      mention.nameFirst = nameFirst;
      mention.roleWords = view.toks.slice(first, nameFirst).filter((t) => t.kind === 'word').map((t) => t.lower.replace(/\.$/, ''));
    }
    out.push({ mention, words, type: entity.type as ActorType });
  }
  return out;
}

function isTitleWord(tok: Tok): boolean {
  return PERSON_ROLES.has(tok.lower) || HONORIFIC_GENDER.has(tok.lower) || TITLE_MODIFIERS.has(tok.lower);
}

/** The gender of the honorific right before a name ("Mr. Obama" → "m"), if it has one. */
function honorificGender(view: TokenView, m: DraftMention): 'f' | 'm' | undefined {
  for (const w of m.roleWords ?? []) {
    const g = HONORIFIC_GENDER.get(w);
    if (g !== undefined) return g;
  }
  // Before the title repair has run, the honorific is the token before the name ("Mr." or "Mr" and its dot).
  let k = m.first - 1;
  if (view.toks[k]?.text === '.') k--;
  const before = view.toks[k];
  return before && before.sentence === view.toks[m.first]?.sentence ? HONORIFIC_GENDER.get(before.lower) : undefined;
}

/** True when the actor's gender, said or told by its given name, is not `g`. */
function conflictingGender(d: Draft, g: 'f' | 'm'): boolean {
  const own = d.gender ?? (d.type === 'person' && d.fullTokens.length > 1 ? genderOfGivenName(d.fullTokens[0]) : undefined);
  return own !== undefined && own !== g;
}

/** One-word names of parties, lower-cased. */
const PARTY_NAMES = new Set(['labour', 'labor', 'green', 'greens', 'conservatives', 'tories', 'liberals', 'democrats', 'republicans', 'libertarians', 'socialists']);

/** The world's wire services by the names they file under, lower case. */
const NEWS_AGENCIES = new Set(['reuters', 'associated press', 'ap', 'agence france-presse', 'agence france presse', 'afp', 'bloomberg', 'bloomberg news', 'xinhua', 'upi', 'united press international', 'dpa', 'efe', 'ansa', 'kyodo', 'kyodo news', 'yonhap', 'pti', 'press trust of india', 'tass', 'interfax', 'anadolu', 'anadolu agency', 'pa media', 'press association', 'aap', 'australian associated press', 'canadian press', 'the canadian press', 'ria novosti', 'wafa', 'mena', 'irna', 'apa', 'bernama', 'antara', 'jiji', 'jiji press']);

/** Head noun of an organisation's name: its last word, or the word before "of"/"for" ("University of X"). */
export function orgHead(words: string[]): string | undefined {
  const cut = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const headWord = cut > 0 ? words[cut - 1] : words[words.length - 1];
  if (headWord && ORG_NOUNS.has(headWord)) return headWord;
  const firstWord = words[0];
  if (cut > 0 && firstWord && ORG_NOUNS.has(firstWord)) return firstWord;
  // "(Labour)", "the Greens": a party's one-word name makes it a party, so "the party" finds it and "the operator" does not.
  if (words.length === 1 && PARTY_NAMES.has(firstWord as string)) return 'party';
  // "(Reuters) -", "seen by Reuters": a news agency is a newspaper to "the paper", never "the operator" or "the union".
  if (NEWS_AGENCIES.has(words.join(' '))) return 'newspaper';
  return words.length > 1 && NEWSPAPER_WORDS.has(words[words.length - 1] as string) ? 'newspaper' : undefined;
}


/**
 * Groups name mentions into actors. Longer names first, so that a short
 * form finds the full name whatever the order of appearance ("Kessler" in a
 * headline joins "Mayor Nadia Kessler" further down).
 */
export function clusterNames(view: TokenView, names: NameMention[], drafts: Draft[]): void {
  // Of names of one length, those with a gendered honorific first: "Mr. Obama" must find (or found) the right
  // Obama before a bare "Obama" asks which one it is.
  const gendered = names.map((n) => honorificGender(view, n.mention));
  const order = names.map((_, i) => i).sort((a, b) => (names[b] as NameMention).words.length - (names[a] as NameMention).words.length || Number(gendered[b] !== undefined) - Number(gendered[a] !== undefined) || a - b);
  const byKey = new Map<string, number>();
  for (const i of order) {
    const item = names[i] as NameMention;
    const key = item.words.join(' ');
    const honorific = gendered[i];
    let known = byKey.get(key);
    // "Mrs. Obama" is not the "Mr. Obama" whose surname alone made an actor.
    if (known !== undefined && honorific !== undefined && conflictingGender(drafts[known] as Draft, honorific)) known = undefined;
    if (known !== undefined) {
      // A bare surname that is both that actor's whole name and the surname of a fuller one ("Obama" beside "Mr.
      // Obama" and "Michelle Obama") may be either: resolveShared() decides.
      const others = item.words.length === 1 && honorific === undefined ? shortFits(drafts, item).filter((d) => d !== known && (drafts[d] as Draft).type === (drafts[known as number] as Draft).type) : [];
      if (others.length) item.mention.candidates = [known, ...others];
      else attach(drafts, known, item, key);
      continue;
    }
    let fits = item.words.length === 1 ? shortFits(drafts, item, view.toks[item.mention.first - 1]?.lower === 'the') : longFits(drafts, item);
    // "Mr. Obama" is not "Michelle Obama": an honorific of the other gender than the given name rules the actor out.
    if (honorific !== undefined) fits = fits.filter((d) => !conflictingGender(drafts[d] as Draft, honorific));
    const sameType = fits.filter((d) => (drafts[d] as Draft).type === item.type);
    const chosen = sameType.length ? sameType : fits;
    if (chosen.length === 1) attach(drafts, chosen[0] as number, item, key);
    else if (chosen.length > 1) {
      item.mention.candidates = chosen;
    } else {
      const all = view.toks.slice(item.mention.first, item.mention.last);
      const bare = all.filter((t) => item.mention.kind !== 'title' || !isTitleWord(t));
      const toks = bare.length ? bare : all;
      const display = view.text.slice((toks.find((t) => t.lower !== 'the') ?? (toks[0] as Tok)).start, (toks[toks.length - 1] as Tok).end);
      const draft = newDraft(item.type, display, item.words);
      if (honorific !== undefined && item.type === 'person') draft.gender = honorific;
      if (item.type === 'organization') {
        const head = orgHead(item.words);
        if (head) draft.head = head;
        const abbr = initials(toks);
        if (abbr.length >= 2 && item.words.length >= 2) draft.aliases.add(abbr);
        // "U.S. National Oceanic and Atmospheric Administration" is NOAA, "United Nations World Food Programme" the WFP:
        // the initials of the name's last three capitalised words or more stand for it too.
        const capitals = toks.filter((t) => t.lower !== 'the' && isCapitalized(t));
        for (let from = 1; capitals.length - from >= 3; from++) draft.aliases.add(initials(capitals.slice(from)));
      }
      drafts.push(draft);
      byKey.set(key, drafts.length - 1);
      attach(drafts, drafts.length - 1, item, key);
    }
    if (item.mention.actor !== undefined) {
      const d = drafts[item.mention.actor] as Draft;
      if (d.votes.person !== d.votes.organization) d.type = d.votes.person > d.votes.organization ? 'person' : 'organization';
      // Its own name says it is an organisation ("… Agency", "… ASA"), whatever a one-word mention was typed.
      if (d.head || CORPORATE_SUFFIXES.has(d.fullTokens[d.fullTokens.length - 1] as string)) d.type = 'organization';
    }
    const bracketed = item.words.length > 1 && item.mention.actor !== undefined ? parenthetical(view, item.mention.last) : undefined;
    // "Councillor Ana Bell (Labour)": after a person a word in brackets is a party; only an acronym ("(MBS)") renames one.
    const person = bracketed !== undefined && (drafts[item.mention.actor as number] as Draft).type === 'person';
    if (bracketed && !(person && !/^\p{Lu}{2,}$/u.test(view.toks[item.mention.last + 1]!.text))) (drafts[item.mention.actor as number] as Draft).aliases.add(bracketed);
  }
}

/** The one word in brackets right after a name ("… Organisation (SCO)"), lower-cased: an alias it introduces. */
export function parenthetical(view: TokenView, after: number): string | undefined {
  const [open, word, close] = [view.toks[after], view.toks[after + 1], view.toks[after + 2]];
  if (open?.text !== '(' || close?.text !== ')' || !word || !isCapitalized(word)) return undefined;
  // "Sen. Maria Delgado (D-Ohio)": a party and state, not another name for her.
  if (/^[DRI]-\p{Lu}/u.test(word.text)) return undefined;
  return word.lower;
}

/** Makes `item` a mention of draft `index`; `key` is its words joined by spaces (the caller's, when it has made it). */
function attach(drafts: Draft[], index: number, item: NameMention, key = item.words.join(' ')): void {
  const draft = drafts[index] as Draft;
  item.mention.actor = index;
  if (item.words.length > 1) draft.votes[item.type]++;
  draft.firstSeen = Math.min(draft.firstSeen, item.mention.start);
  if ((draft.aliases.size && draft.aliases.has(key)) || (item.words.length === 1 && clippedFrom(key, draft.fullTokens))) item.mention.kind = 'alias';
  if (!draft.formKeys.has(key)) {
    draft.formKeys.add(key);
    draft.forms.push(item.words);
  }
}

/** Actors a multi-word name may be a shorter form of (same first and last word, or a leading part of an organisation's name). */
function longFits(drafts: Draft[], item: NameMention): number[] {
  const w = item.words;
  const out: number[] = [];
  drafts.forEach((d, i) => {
    const f = d.fullTokens;
    if (f.length <= w.length) return;
    if (d.type === 'person' && f[0] === w[0] && f[f.length - 1] === w[w.length - 1]) out.push(i);
    // "López Obrador" for "Andrés Manuel López Obrador", "Lee Jae-myung"-style double surnames: the name's last words.
    else if (d.type === 'person' && item.type === 'person' && w.length >= 2 && w.every((x, k) => f[f.length - w.length + k] === x)) out.push(i);
    else if (d.type === 'organization' && w.every((x, k) => f[k] === x)) out.push(i);
  });
  return out;
}

/** Actors one word may name: a person's surname or given name; an organisation's first word or abbreviation. */
/** Lower-case particles a name may hold before its surname ("de", "van"), no surname alone. */
const PARTICLE_WORDS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el']);

function shortFits(drafts: Draft[], item: NameMention, afterThe = false): number[] {
  const w = item.words[0] as string;
  const out: number[] = [];
  const clipped: number[] = [];
  drafts.forEach((d, i) => {
    const f = d.fullTokens;
    if (d.aliases.has(w)) out.push(i);
    else if (f.length < 2) return;
    else if (d.type === 'person' && (f[f.length - 1] === w || f[0] === w)) out.push(i);
    // "Ñique" for "Javier Ñique Salazar", "Huamán" for "Luis Alberto Huamán Quispe": a Spanish or Portuguese name
    // goes by its first surname, the second last word of a name of three words or more.
    else if (d.type === 'person' && item.type === 'person' && f.length >= 3 && f[f.length - 2] === w && !PARTICLE_WORDS.has(w)) out.push(i);
    // "Harlow" for "Harlow Foods", "Halden" for "Halden United"; not "Brenford" for "Brenford Commuters' Association":
    // a body of members or a council is named by its place, which alone is the place.
    else if (d.type === 'organization' && f[0] === w && !MEMBER_BODY_HEADS.has(f[f.length - 1] as string)) out.push(i);
    // "the Greens" for "the Green Party", "the Liberals" for "the Liberal Party".
    else if (d.type === 'organization' && f[f.length - 1] === 'party' && w === `${f[0]}s`) out.push(i);
    // "Rovers" for "Kingsford Rovers", "the Front" for "the Veshar Liberation Front": a distinctive last word (not "Bank", not "Group").
    // After "of"/"for" the last word is a field or a place ("Ministry of Labour"), which names something else alone.
    else if (d.type === 'organization' && item.type === 'organization' && f[f.length - 1] === w && !ORG_NOUNS.has(w) && f[f.length - 2] !== 'of' && f[f.length - 2] !== 'for') out.push(i);
    // A person the tagger once typed as an organisation: "Brandt" after "Ivo Brandt".
    else if (d.type === 'organization' && item.type === 'person' && !d.head && f.length <= 3 && f[f.length - 1] === w) out.push(i);
    // "the Courier" for "the Daily Courier": after "the" a one-word "person" is no person; the body's last word names it.
    else if (d.type === 'organization' && item.type === 'person' && afterThe && f.length <= 3 && f[f.length - 1] === w && !ORG_NOUNS.has(w)) out.push(i);
    // "the Fed" for "the Federal Reserve", "the Met" for "the Metropolitan Police": a clipped first word.
    else if (d.type === 'organization' && item.type === 'organization' && clippedFrom(w, f)) clipped.push(i);
  });
  // ("the Fed" beside "the Federal Reserve" and "the Federal Open Market Committee": the clip names the shortest.)
  if (clipped.length > 1) {
    const shortest = Math.min(...clipped.map((i) => (drafts[i] as Draft).fullTokens.length));
    return [...out, ...clipped.filter((i) => (drafts[i] as Draft).fullTokens.length === shortest)];
  }
  return [...out, ...clipped];
}

/**
 * True when `w` clips the first word of a name of two words or more: at least three letters of it, and at
 * least three left out ("fed" of "federal reserve"; not "bank" of "bankside holdings", an organisation noun).
 */
function clippedFrom(w: string, full: readonly string[]): boolean {
  // ("the Fed" for "the U.S. Federal Reserve": a country's abbreviation before the name is no part of the clip.)
  let at = 0;
  while (at < full.length - 2 && (full[at] === 'the' || full[at]!.includes('.'))) at++;
  const first = full[at];
  return full.length - at >= 2 && first !== undefined && w.length >= 3 && first.length >= w.length + 3 && first.startsWith(w) && !ORG_NOUNS.has(w);
}

/**
 * Names the tagger missed somewhere: a capitalised word equal to a one-word
 * form it did tag elsewhere, an introduced abbreviation, or a person's
 * surname that the text never uses as a common word.
 */
export function rescanNames(view: TokenView, names: NameMention[], drafts: Draft[]): NameMention[] {
  const covered = new Uint8Array(view.toks.length);
  for (const { mention } of names) for (let k = mention.first; k < mention.last; k++) covered[k] = 1;
  const surnames = new Set(drafts.filter((d) => d.type === 'person' && d.fullTokens.length > 1).map((d) => d.fullTokens[d.fullTokens.length - 1] as string));
  const lowerWords = new Set<string>();
  for (const t of view.toks) if (t.kind === 'word' && !t.cap && surnames.has(t.lower)) lowerWords.add(t.lower);
  const forms = new Map<string, number[]>();
  const add = (w: string, i: number) => {
    const list = forms.get(w) ?? [];
    if (!list.includes(i)) list.push(i);
    forms.set(w, list);
  };
  // ("OKAFOR: It has gone up": "It" is no abbreviation of "Irish Times"; an alias is found alone only in capitals.)
  const aliasOnly = new Set<string>();
  drafts.forEach((d, i) => {
    for (const f of d.forms) if (f.length === 1) add(f[0] as string, i);
    for (const a of d.aliases) {
      if (!forms.has(a)) aliasOnly.add(a);
      add(a, i);
    }
    const surname = d.fullTokens[d.fullTokens.length - 1];
    if (d.type === 'person' && d.fullTokens.length > 1 && surname && !lowerWords.has(surname)) add(surname, i);
  });
  const out: NameMention[] = [];
  for (let k = 0; k < view.toks.length; k++) {
    const t = view.toks[k] as Tok;
    // Most tokens are not capitalised: that test first, the neighbours only for the rest.
    if (!isCapitalized(t) || covered[k] || isCapitalized(view.toks[k + 1])) continue;
    const prev = view.toks[k - 1];
    const prevInName = !!prev && prev.sentence === t.sentence && isCapitalized(prev) && view.sentences[t.sentence]?.first !== k - 1;
    if (prevInName) continue;
    const fits = forms.get(t.lower);
    if (!fits?.length) continue;
    if (aliasOnly.has(t.lower) && !/\p{Lu}.*\p{Lu}/u.test(t.text)) continue;
    const mention: DraftMention = { start: t.start, end: t.end, kind: 'name', sentence: t.sentence, first: k, last: k + 1, subject: opensClause(view, k, k + 1) };
    const item: NameMention = { mention, words: [t.lower], type: (drafts[fits[0] as number] as Draft).type };
    if (fits.length === 1) attach(drafts, fits[0] as number, item);
    else mention.candidates = fits;
    out.push(item);
  }
  return out;
}
