// The context pass: walks the article once, in text order, resolving what
// the names alone could not: shared surnames, descriptions, pronouns. Each
// resolved mention feeds the salience model for the ones after it.
import {
  BUSINESS_NOUNS,
  COMPANY_WORDS,
  CORPORATE_SUFFIXES,
  HONORIFIC_GENDER,
  GENERIC_PERSON_HEADS,
  KIN_GENDER,
  NEWSPAPER_NOUNS,
  ORG_NOUNS,
  PERSON_ROLES,
  PRONOUNS,
  SYMMETRIC_RELATIONS,
  UMBRELLA_ORG_NOUNS,
} from './lexicon';
import { partitionPoint } from '../partition';
import { roleByCopula } from './appositions';
import { nationStem, type Draft, type DraftMention } from './model';
import { pronounAt, resolvePronoun } from './pronouns';
import { best, Salience } from './salience';
import { meansThing, type Positions } from './things';
import { modifierClashes } from './modifiers';
import type { TokenView } from './tokens';

const ORDER: Record<string, number> = { pronoun: 0, name: 1, title: 1, alias: 1, description: 2 };

/** Resolves every mention in text order; returns the mentions that found an actor. */
export function resolveInContext(view: TokenView, drafts: Draft[], named: DraftMention[], descriptions: DraftMention[], thing: Uint8Array): DraftMention[] {
  const pronouns: DraftMention[] = [];
  const covered = new Uint8Array(view.toks.length);
  for (const m of named) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  for (let i = 0; i < view.toks.length; i++) {
    if (covered[i]) continue;
    const p = pronounAt(view, i);
    if (p) pronouns.push(p);
  }
  const events = [...named, ...descriptions, ...pronouns].sort(
    (a, b) => a.start - b.start || (ORDER[a.kind] ?? 9) - (ORDER[b.kind] ?? 9) || b.end - a.end,
  );
  const namesAfter = namesIndex(named);
  const salience = new Salience();
  const pronounActor = new Map<number, number>();
  const out: DraftMention[] = [];
  // Descriptions that named no actor ("the transit authority" of an article that never names it), in text order.
  const unresolved: DraftMention[] = [];
  // Spans already resolved, each (start, end) as one number: no key string per mention.
  const taken = new Set<number>();
  const spanKey = (m: DraftMention): number => m.start * (view.text.length + 1) + m.end;
  const starts = new Map<number, 'org' | 'person'>();
  const positions: Positions = { actorAt: (tok) => starts.get(tok), thing };
  for (const m of events) {
    let resolved: DraftMention | undefined;
    if (m.kind === 'pronoun') {
      const lower = view.toks[m.first]?.lower;
      if ((lower === 'it' || lower === 'its') && meansThing(view, m.first, positions)) continue;
      resolved = resolvePronoun(view, m, drafts, salience, namesAfter, unresolved);
      if (resolved?.actor !== undefined) pronounActor.set(m.first, resolved.actor);
    } else if (m.kind === 'description') {
      if (taken.has(spanKey(m))) continue;
      resolved = resolveDescription(view, m, drafts, salience, pronounActor);
      if (resolved?.actor === undefined) unresolved.push(m);
    } else {
      resolved = m.candidates ? resolveShared(view, m, drafts, salience, out) : m;
      const role = roleByCopula(view, m);
      const draft = resolved.actor !== undefined ? (drafts[resolved.actor] as Draft) : undefined;
      if (role && draft?.type === 'person') draft.roles.add(role);
    }
    if (!resolved || resolved.actor === undefined) continue;
    taken.add(spanKey(m));
    if (!starts.has(m.first)) starts.set(m.first, (drafts[resolved.actor] as Draft).type === 'organization' ? 'org' : 'person');
    // A byline's writer is named, but no description or pronoun of the article refers back to her.
    if (!view.sentences[resolved.sentence]?.byline) salience.add(resolved, affiliationAt(view, resolved.first) || employerOfPerson(view, resolved, out, drafts));
    out.push(resolved);
  }
  return out;
}

/** Words for people who work somewhere, before "at" and their employer ("an analyst at …", "chief economist at …"). */
const WORKERS_AT = new Set('analyst analysts economist economists strategist strategists researcher researchers professor lecturer fellow scientist engineer partner director manager adviser advisor consultant spokesman spokeswoman spokesperson'.split(' '));

/** True for an organisation named right after a person and "of" ("Jun Ha-eun of Orchard Capital"): the person's employer. */
function employerOfPerson(view: TokenView, m: DraftMention, out: readonly DraftMention[], drafts: Draft[]): boolean {
  if (view.toks[m.first - 1]?.lower !== 'of' || (drafts[m.actor as number] as Draft).type !== 'organization') return false;
  const before = out[out.length - 1];
  if (before === undefined || before.last !== m.first - 1 || (drafts[before.actor as number] as Draft).type !== 'person') return false;
  // (Remembered, so that "her firm" later is this one: "Ms. Delgado declined …, citing … her firm's contract".)
  (drafts[before.actor as number] as Draft).employer ??= m.actor;
  return true;
}

/** True when the mention at token `first` is a person's workplace: "at" right before it, a worker's noun before that. */
function affiliationAt(view: TokenView, first: number): boolean {
  return view.toks[first - 1]?.lower === 'at' && WORKERS_AT.has(view.toks[first - 2]?.lower ?? '');
}

/** For each token range, the actors named (not described) in it. */
function namesIndex(named: DraftMention[]): (from: number, to: number) => Set<number> {
  const sorted = [...named].sort((a, b) => a.first - b.first);
  return (from, to) => {
    const out = new Set<number>();
    // Binary search for the first name at or after `from`: a scan from the start made long articles quadratic.
    const lo = partitionPoint(sorted.length, (i) => (sorted[i] as DraftMention).first < from);
    for (let i = lo; i < sorted.length; i++) {
      const m = sorted[i] as DraftMention;
      if (m.first >= to) break;
      if (m.first >= from && m.actor !== undefined) out.add(m.actor);
    }
    return out;
  };
}

/**
 * A surname several people share: a title decides ("Mayor Kessler"); two
 * such names in one sentence are two people ("Kessler beats Kessler");
 * otherwise the most salient, and the mention keeps its candidates.
 */
function resolveShared(view: TokenView, m: DraftMention, drafts: Draft[], salience: Salience, done: DraftMention[]): DraftMention {
  const candidates = m.candidates ?? [];
  if (m.roleWords?.length) {
    const byRole = candidates.filter((c) => m.roleWords?.some((w) => (drafts[c] as Draft).roles.has(w)));
    if (byRole.length === 1) {
      m.actor = byRole[0] as number;
      delete m.candidates;
      return m;
    }
    // "Mr Whitlock" of Graham and Susan Whitlock: the honorific's gender tells them apart.
    const honorific = m.roleWords.map((w) => HONORIFIC_GENDER.get(w)).find((g) => g !== undefined);
    const byHonorific = honorific ? candidates.filter((c) => (drafts[c] as Draft).gender === honorific) : [];
    if (byHonorific.length === 1) {
      m.actor = byHonorific[0] as number;
      delete m.candidates;
      return m;
    }
  }
  // "Dr. Osei-Bright spent three decades at MIT" after "Her daughter, Ruth Osei-Bright": a titled surname is the
  // person the article is about, not the relative it introduced by kinship. So is a bare one ("Born in Bodø in 1940,
  // Solvang studied physics" after "Her daughter, Kari Solvang, said …"): a relative goes by her given name.
  {
    const relatives = new Set<number>();
    for (const c of candidates) for (const k of (drafts[c] as Draft).kin.values()) relatives.add(k);
    const principals = candidates.filter((c) => !relatives.has(c));
    if (principals.length === 1 && principals.length < candidates.length) {
      m.actor = principals[0] as number;
      delete m.candidates;
      return m;
    }
  }
  // "Lowe, a former clerk, admitted stealing from his employer": the first he/she after a
  // shared surname that opens its clause tells which of them it is.
  const g = m.subject ? firstGenderAfter(view, m) : undefined;
  const byGender = g ? candidates.filter((c) => (drafts[c] as Draft).gender === g) : [];
  if (byGender.length === 1) {
    m.actor = byGender[0] as number;
    delete m.candidates;
    return m;
  }
  const sameSentence = new Set(done.filter((d) => d.sentence === m.sentence && d.candidates && d.kind !== 'pronoun').map((d) => d.actor));
  const pool = candidates.filter((c) => !sameSentence.has(c));
  const scores = salience.scores(m.sentence, m.first);
  const firstSeen = (c: number): number => (drafts[c] as Draft).firstSeen;
  const ranked = (pool.length ? pool : candidates).sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || firstSeen(a) - firstSeen(b));
  m.actor = ranked[0] as number;
  // "President Obama" read as the more salient Obama: the office is now known of that one, so "the president" finds him.
  const chosen = drafts[m.actor] as Draft;
  for (const w of m.roleWords ?? []) if (PERSON_ROLES.has(w) && chosen.type === 'person') chosen.roles.add(w);
  return m;
}

/** Possessive pronouns that own a kin word ("her son", "his grandfather"). */
const PRONOUN_POSSESSORS = new Set(['his', 'her', 'their', 'its']);

/** Possessives that stand for a thing or a group ("its leader", "their chief"), never for a person. */
const NON_PERSON_POSSESSIVES = new Set(['its', 'their']);

/** Which actor a description means, if any (see descriptions.ts for what they are). */
function resolveDescription(
  view: TokenView,
  d: DraftMention,
  drafts: Draft[],
  salience: Salience,
  pronounActor: Map<number, number>,
): DraftMention | undefined {
  const head = d.head ?? '';
  const owner = d.possessor !== undefined ? pronounActor.get(d.possessor) : undefined;
  // "My daughter", "our union": the writer's or a speaker's own, named nowhere; never another actor.
  if (!d.link && d.possessor !== undefined && FIRST_PERSON.has(view.toks[d.possessor]?.lower ?? '')) return undefined;
  // "in what its leader called …" after "the opposition": the leader of something no actor names is no actor either.
  if (!d.link && d.possessor !== undefined && owner === undefined && GENERIC_PERSON_HEADS.has(head) && NON_PERSON_POSSESSIVES.has(view.toks[d.possessor]?.lower ?? '')) return undefined;
  // "A district official, who spoke …, because the official …": "the official" is that unnamed one.
  if (!d.link && head && unnamedIntroduced(view, d.sentence, d.first, head)) return undefined;
  if (d.link) {
    if (d.link.actor === undefined) return undefined;
    d.actor = d.link.actor;
    if (owner !== undefined && KIN_GENDER.has(head)) (drafts[owner] as Draft).kin.set(head, d.actor);
    return d;
  }
  const headline = view.sentences[d.sentence]?.headline ?? false;
  const scores = salience.scores(d.sentence, d.first);
  const present = (a: number): boolean => a !== owner && (headline || salience.seen(a));
  const persons = (a: number): boolean => present(a) && (drafts[a] as Draft).type === 'person';
  let actor: number | undefined;
  if (headline) for (const [i, x] of drafts.entries()) if (!scores.has(i)) scores.set(i, 1e-9 / (1 + x.firstSeen));
  if (head === 'year-old') {
    const aged = drafts.findIndex((x, i) => x.age === d.age && persons(i));
    actor = aged >= 0 ? aged : best(scores, persons).actor;
  } else if (KIN_GENDER.has(head)) {
    // "He saved money for her son's treatment" where "her" is no one the article names: a relative of an unnamed
    // person is no actor of the article, however salient a man of the right gender.
    if (owner === undefined && d.possessor !== undefined && PRONOUN_POSSESSORS.has(view.toks[d.possessor]?.lower ?? '')) return undefined;
    actor = kinOf(drafts, owner, head);
    const g = KIN_GENDER.get(head);
    // ("Castellane dedicated the award to her father": a named woman's relative the article never names is no actor,
    // however salient another man; one who shares her surname may be him.)
    const family = (a: number): boolean => owner === undefined || sharesSurname(drafts[owner] as Draft, drafts[a] as Draft);
    actor ??= best(scores, (a) => persons(a) && (scores.get(a) ?? 0) > 0.01 && family(a) && (!g || !(drafts[a] as Draft).gender || (drafts[a] as Draft).gender === g)).actor;
    if (owner !== undefined && actor !== undefined) (drafts[owner] as Draft).kin.set(head, actor);
  } else {
    // ("the judge" for "Justice Caroline Whitfield", "the spokesperson" for "spokeswoman Lin": one office, two words.)
    const synonyms = ROLE_SYNONYMS.get(head);
    const holders = drafts.map((x, i) => (x.type === 'person' && (x.roles.has(head) || (synonyms !== undefined && synonyms.some((r) => x.roles.has(r)))) ? i : -1)).filter((i) => i >= 0);
    if (holders.length) actor = best(scores, (a) => holders.includes(a) && present(a)).actor;
    else if (GENERIC_PERSON_HEADS.has(head) && !ORG_NOUNS.has(head)) {
      // "The Chinese leader": a person known to be Chinese ("Chinese Premier Li Qiang") beats one of unknown nation,
      // however recent, and however long ago named: the nation names them, as a role does.
      if (d.nations?.length) actor = best(scores, (a) => persons(a) && d.nations!.some((n) => (drafts[a] as Draft).nations.has(n))).actor;
      actor ??= best(scores, (a) => persons(a) && (scores.get(a) ?? 0) > 0.01 && nationsAgree(drafts[a] as Draft, d.nations)).actor;
    } else if (ORG_NOUNS.has(head) || NEWSPAPER_NOUNS.has(head) || drafts.some((x) => x.head === head)) {
      const fit = (a: number): boolean => present(a) && (drafts[a] as Draft).type === 'organization' && orgFits(drafts[a] as Draft, head, d.possessor !== undefined) && orgNationsAgree(drafts[a] as Draft, d.nations) && !modifierClashes(view, d, drafts[a] as Draft);
      const exact = best(scores, (a) => fit(a) && (drafts[a] as Draft).head === head);
      // A generic noun ("the company") needs an organisation in recent sentences or one the
      // article keeps coming back to; the more often mentioned wins.
      const recent = new Set([...scores].filter(([, v]) => v > 0.05).map(([a]) => a));
      const live = (a: number): boolean => recent.has(a) || salience.count(a) >= 3 || headline;
      for (const [a, v] of scores) scores.set(a, v + Math.min(0.15 * salience.count(a), 0.9));
      // "the company": a business the article names as one (a trade word, a legal form, a business head noun)
      // outranks a recent organisation of unknown kind ("at the Statehouse", "(Tidewire)").
      // ("Jun Ha-eun of Orchard Capital said the company …": the speaker's employer, named only as that here, is not it.)
      const business = GENERIC_BUSINESS_NOUNS.has(head) ? best(scores, (a) => fit(a) && live(a) && namedBusiness(drafts[a] as Draft) && !salience.onlyAffiliationIn(a, d.sentence)).actor : undefined;
      // "Opposition leader Martin Cole … His group will propose …": a person's own body is none of the bodies the
      // article has named unless its head noun says so; "her firm", "his company" may be the business she is of.
      const personOwned = owner !== undefined && (drafts[owner] as Draft).type === 'person' && !GENERIC_BUSINESS_NOUNS.has(head);
      // "her firm" of a person named as being of a firm is that firm.
      const employer = owner !== undefined ? (drafts[owner] as Draft).employer : undefined;
      if (employer !== undefined && fit(employer)) {
        d.actor = employer;
        return d;
      }
      // ("the company" after "Pinecrest, the search company," in one paragraph is still the business the article is
      // about: for a generic business noun the more salient business wins over one that learned the noun.)
      const preferred = GENERIC_BUSINESS_NOUNS.has(head) && business !== undefined && exact.actor !== undefined && (scores.get(business) ?? 0) > (scores.get(exact.actor) ?? 0) ? business : exact.actor;
      actor = preferred ?? business ?? (personOwned ? undefined : best(scores, (a) => fit(a) && live(a)).actor);
    }
  }
  if (actor === undefined) return undefined;
  d.actor = actor;
  return d;
}

/** True when two people's names end in the same surname ("Nadia Kessler", "Ruth Kessler"). */
function sharesSurname(a: Draft, b: Draft): boolean {
  const x = a.fullTokens[a.fullTokens.length - 1];
  return a.fullTokens.length >= 2 && b.fullTokens.length >= 2 && x !== undefined && x === b.fullTokens[b.fullTokens.length - 1];
}

/** The relative named by `head` of `owner`, from what the article said before ("her younger sister, Ruth"). */
function kinOf(drafts: Draft[], owner: number | undefined, head: string): number | undefined {
  if (owner === undefined) return undefined;
  const direct = (drafts[owner] as Draft).kin.get(head);
  if (direct !== undefined) return direct;
  if (!SYMMETRIC_RELATIONS.has(head)) return undefined;
  const back = drafts.findIndex((x, i) => i !== owner && x.kin.get(head) === owner);
  return back >= 0 ? back : undefined;
}

/** Other words for an office a description may use ("the judge" of a "Justice"). */
const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice', 'magistrate', 'recorder', 'chief justice']],
  ['justice', ['judge']],
  ['spokesperson', ['spokesman', 'spokeswoman']],
  ['spokesman', ['spokesperson']],
  ['spokeswoman', ['spokesperson']],
  ['ceo', ['chief executive']],
  ['chief executive', ['ceo']],
  ['premier', ['prime minister']],
]);

/** Nouns that fit any business, whatever its own head noun says it makes or does. */
const GENERIC_BUSINESS_NOUNS = new Set(['company', 'firm', 'business']);

/** An organisation known to be a business: its head noun is one, or its name carries a trade word or a legal form ("Partners", "Inc"). */
function namedBusiness(org: Draft): boolean {
  if (centralBank(org)) return false;
  if (org.head !== undefined) return BUSINESS_NOUNS.has(org.head) || BUSINESS_KINDS.has(org.head);
  return org.fullTokens.some((w) => COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w));
}

/**
 * Head nouns of businesses that only "the company" (or "the firm") may also
 * name: "X, the largest hospital network" … "the company". They are no
 * business nouns of their own, since "the central bank" or "its monitoring
 * network" must not take any organisation of unknown kind.
 */
const BUSINESS_KINDS = new Set(['network', 'bank', 'provider', 'broadcaster', 'platform']);

/** First-person possessives. */
const FIRST_PERSON = new Set(['my', 'our']);

/**
 * True when a sentence of the same block, this one or one of the two before,
 * opens with an indefinite phrase headed by `head` before token `before`
 * ("A district official, who …"): an unnamed participant that a later "the
 * official" refers back to.
 */
function unnamedIntroduced(view: TokenView, sentence: number, before: number, head: string): boolean {
  const block = view.sentences[sentence]?.block;
  for (let s = sentence; s >= 0 && s >= sentence - 2; s--) {
    const range = view.sentences[s];
    if (!range || range.block !== block) break;
    let k = range.first;
    while (k < range.end && view.toks[k]!.kind !== 'word') k++;
    const opener = view.toks[k]?.lower;
    if (opener !== 'a' && opener !== 'an') continue;
    for (let m = k + 1; m < Math.min(range.end, k + 5, before); m++) {
      const t = view.toks[m]!;
      if (t.kind !== 'word' || t.cap) break;
      if (t.lower === head) return true;
    }
  }
  return false;
}

/** Last words of a public body's name ("… Programme", "… Administration", "… Office"): "the agency" fits it. */
const PUBLIC_BODY_WORDS = new Set(['programme', 'program', 'administration', 'service', 'bureau', 'directorate', 'office', 'commission', 'authority', 'institute', 'fund', 'organisation', 'organization']);

/** Last words of the names of public operators that the article may call "the authority". */
const OPERATOR_WORDS = new Set(['transit', 'transport', 'transportation', 'water', 'ports', 'port', 'airports', 'housing', 'parks', 'highways', 'roads', 'metro']);

/** An organisation fits a description by its own head noun, or by a generic one that suits its kind. */
function orgFits(org: Draft, head: string, owned = false): boolean {
  if (org.head === head) return true;
  // "the United Nations World Food Programme said …" … "The agency said": a public body of any name is an agency
  // ("Its disaster management agency" is someone else's).
  if (head === 'agency' && !owned && PUBLIC_BODY_WORDS.has(org.fullTokens[org.fullTokens.length - 1] ?? '')) return true;
  // "Quillport Regional Transit … The authority said": a public operator of transport or water is an authority.
  if (head === 'authority' && !owned && OPERATOR_WORDS.has(org.fullTokens[org.fullTokens.length - 1] ?? '')) return true;
  // "the bloc" is a body of members ("… Cooperation Organisation", "ASEAN"), never a bank, a ministry or a news agency.
  if (head === 'bloc') return org.head === undefined ? /^[A-Z]{2,}$/.test(org.fullName) : COLLECTIVE_HEADS.has(org.head);
  if (org.head === 'newspaper') return NEWSPAPER_NOUNS.has(head) || head === 'group';
  if (org.head === undefined) return BUSINESS_NOUNS.has(head) || UMBRELLA_ORG_NOUNS.has(head);
  // "a Bengaluru start-up" … "the company", "an airline" … "the firm": every business is a company (a central bank is none).
  if ((BUSINESS_NOUNS.has(org.head) || BUSINESS_KINDS.has(org.head)) && GENERIC_BUSINESS_NOUNS.has(head)) return !centralBank(org);
  return UMBRELLA_ORG_NOUNS.has(head) && !BUSINESS_NOUNS.has(org.head);
}

/** Heads of a body of member states or parties, which "the bloc" may name ("… Cooperation Organisation", "African Union"). */
const COLLECTIVE_HEADS = new Set(['organisation', 'organization', 'alliance', 'union', 'community', 'league', 'forum', 'partnership', 'pact', 'bloc', 'coalition', 'cooperation']);

/** A central or reserve bank ("Eurosian Central Bank", "Federal Reserve"): a public body, no business. */
function centralBank(org: Draft): boolean {
  return org.fullTokens.includes('reserve') || (org.head === 'bank' && org.fullTokens.includes('central'));
}

/**
 * "the Dutch central bank" is not the Eurosian Central Bank: a description that names a nation fits an
 * organisation only when its name or what the article tied to it carries that nation ("the Chinese company" after
 * "China Mobile", or "Beijing-based Huawei" tied to China).
 */
function orgNationsAgree(org: Draft, nations: string[] | undefined): boolean {
  if (!nations?.length) return true;
  return nations.some((n) => org.nations.has(n) || org.fullTokens.some((w) => nationStem(w) === n));
}

/** "the Chinese leader" is not the Kazakh one. */
function nationsAgree(person: Draft, nations: string[] | undefined): boolean {
  if (!nations?.length || !person.nations.size) return true;
  return nations.some((n) => person.nations.has(n));
}

/** Gender of the first he/his/him/she/her after a mention in its sentence. */
function firstGenderAfter(view: TokenView, m: DraftMention): 'm' | 'f' | undefined {
  const end = view.sentences[m.sentence]?.end ?? 0;
  for (let k = m.last; k < end; k++) {
    const g = PRONOUNS.get(view.toks[k]?.lower ?? '')?.gender;
    if (g === 'm' || g === 'f') return view.toks[k]?.quoted ? undefined : g;
  }
  return undefined;
}
