import { cueScore, isCueCandidate } from './cueFeatures';
import learned from './cues.json';
import verbClasses from './verbClasses.json';
import { lemmaOf } from './lemma';
import { AUXILIARIES, norm } from './words';

/** Forms of "to be": before a verb they make it a passive or a state ("was backed by", "Her view is shared by"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/**
 * The attribution-cue lexicon: the phrases PolNeAR train annotates as cues,
 * each with how reliable it is there (times a cue / times seen), plus a short
 * curated allow-list (the reporting verbs SCHEMA.md names) and block-list
 * (verbs of action that PolNeAR sometimes marks but SCHEMA.md does not count).
 */
export interface CueMatch {
  /** Number of tokens the cue covers. */
  length: number;
  /** The phrase as matched, lower case. */
  phrase: string;
  /** Lemma of the head verb ("say", "accord", "warn"). */
  lemma: string;
  /** 0..1: how often this phrase is a cue when it occurs. */
  reliability: number;
  /** A belief, hope or intention ("wants", "believes"): attributed, but never check-worthy. */
  belief: boolean;
  /** Found by the learned classifier, not the phrase lexicon: a weaker cue that a lexicon cue in the same sentence outranks. */
  classified?: boolean;
  /** A classified cue whose verb PolNeAR train never annotates: it needs a confident score. */
  unseen?: boolean;
  /** A classified cue whose verb only WordNet lists as a verb of speaking, thinking or feeling: its source must be a plain noun phrase. */
  wordnet?: boolean;
  /** An -s form that may be a plural noun ("shows", "reports"): a cue only before "that", a colon or a quotation. */
  needsClause?: boolean;
  /** A passive whose subject heard what is reported ("The jury was told that …"): that subject is the source. */
  hearer?: boolean;
}

interface LearnedTable {
  forms: Record<string, [number, number]>;
  lemmas: Record<string, [number, number]>;
  /** The learned cue classifier (cueFeatures.ts): linear weights and the score above which a word is a cue. */
  model?: { weights: Record<string, number>; threshold: number; sourceHeads?: string[] };
  /** Lemmas the classifier admitted on PolNeAR train that PolNeAR seldom confirmed (scripts/train/calibrate.ts): acts. */
  acts?: string[];
}

const table = learned as unknown as LearnedTable;

/** Reporting verbs SCHEMA.md and the issue list by name: cues whatever the counts say. */
const ALWAYS = new Set(
  'say tell add write accord cite estimate announce warn hail pledge vow recall argue stress acknowledge promise allege rule declare find report claim insist note explain confirm urge tweet testify conclude predict reveal admit deny complain suggest emphasize emphasise caution describe respond reply assert maintain contend concede disclose indicate observe remark call show ask accuse put dispute reject'
    .split(' ')
    .map(lemmaOf),
);

/** Not cues (SCHEMA.md): acts, not reports of what someone said ("thanked emergency workers and urged …": thanks report nothing). */
const BLOCKED = new Set(
  'propose defend refuse threaten decline apologise apologize point seem appear support oppose endorse back name see view read sign vote pass hire celebrate study make negotiate convene summon adjourn thank congratulate sack resign nominate demote reshuffle'
    .split(' ')
    .map(lemmaOf),
);

/** Function words that share a crude lemma with a cue ("not" / "noted"): never cues. */
const FUNCTION_WORDS = new Set(['not', 'no', 'to', 'in', 'on', 'of', 'for', 'as', 'at', 'by', 'the', 'a', 'an', 'and', 'or', 'but', 'is', 'was', 'be', 'has', 'had', 'have', 'it', 'its', 'this', 'that']);

/** Third-person forms that are never plural nouns in news prose. */
const SPEECH_S = new Set(['says', 'tells', 'adds', 'writes', 'hails', 'warns', 'vows', 'pledges', 'argues', 'insists', 'alleges', 'admits', 'denies', 'stresses', 'recalls', 'acknowledges', 'explains', 'confirms', 'urges', 'declares', 'announces', 'predicts', 'reveals', 'concedes', 'maintains', 'contends', 'asserts', 'cites', 'estimates', 'suggests', 'puts', 'disputes', 'rejects', 'believes', 'thinks', 'wants', 'hopes', 'expects', 'fears', 'feels', 'knows']);

/** Phrases led by an auxiliary ("is expected", "was asked") are forecasts or passives, not reports. */
const AUX_HEADS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'also', 'not']);

/** Phrases that are cues although their single words are blocked or absent. */
const PHRASES_ALWAYS = new Set(['according to', 'point to', 'pointed to', 'points to', 'pointing to', 'point out', 'called for', 'calls for', 'call for', 'calling for', 'called on', 'calls on', 'appealed for', 'appeals for', 'appealing for', 'pleaded for', 'pleads for', 'pleading for', 'pled for', 'quoted as saying', 'was quoted as saying', 'is quoted as saying', 'pointed out', 'points out', 'said in a statement', 'told reporters']);

/**
 * Attitudes held toward someone or something ("admires Putin", "resent the
 * levy", "disagrees with her boss"): a stance of the subject, which PolNeAR
 * attributes and SCHEMA.md makes low, as a belief.
 */
export const STANCE_VERBS: readonly string[] = ['admire', 'despise', 'detest', 'loathe', 'resent', 'distrust', 'mistrust', 'disagree', 'fathom'];

/** Their lemmas: their -s forms are verbs, never plural nouns ("admires", "disagrees"). */
const STANCE_LEMMAS = new Set(STANCE_VERBS.map(lemmaOf));

/** Beliefs, hopes and intentions: PolNeAR attributes them; they are never check-worthy. */
const BELIEF = new Set(['think', 'believe', 'want', 'hope', 'expect', 'fear', 'feel', 'plan', 'intend', 'wish', 'doubt', 'suspect', 'worry', 'know', ...STANCE_VERBS].map(lemmaOf));

/**
 * WordNet's verbs of communication and cognition ("grill", "chastise",
 * "realize"; scripts/train/verbs.ts): a reporting act or a finding PolNeAR
 * train never annotates often enough for the lexicon, which the classifier may
 * still judge in context. Verbs of feeling ("admire", "resent") are stances:
 * attributed, never check-worthy, as the beliefs above.
 */
const REPORTING_VERBS = new Set([...verbClasses.communication, ...verbClasses.cognition].map(lemmaOf));
const FEELINGS = new Set(verbClasses.emotion.map(lemmaOf));
/** Acts done by speaking or writing that report no claim: an approval, an election, a signature, a broadcast. */
const PERFORMATIVES = new Set(
  'approve sanction authorize authorise license certify ratify veto elect nominate appoint sign enact decree ordain publish broadcast televise air print mail email fax telephone phone text wire signal sentence convict acquit indict charge fine order command summon invite welcome greet thank name title label'
    .split(' ')
    .map(lemmaOf),
);

/**
 * Performatives that change a legal state (a law approved, an official
 * appointed, a defendant convicted): acts in SCHEMA.md's sense, never
 * reports, even where PolNeAR's context scores would take them for one.
 */
const LEGAL_ACTS = new Set(
  'approve block sue sanction authorize authorise license certify ratify veto elect appoint sign enact decree ordain convict acquit indict sentence grant overturn uphold'
    .split(' ')
    .flatMap(inflections)
    .map(lemmaOf),
);

/** A verb's plain inflections ("sue": sue, sues, sued, suing), for lemmas the crude lemmatiser leaves apart. */
function inflections(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return [base, `${base}s`, base.endsWith('e') ? `${base}d` : `${base}ed`, `${stem}ing`];
}

/** Below this reliability a learned phrase is not used on its own. */
const MIN_RELIABILITY = 0.15;
const MIN_COUNT = 2;

/**
 * The multi-word phrases the lexicon may match, as a word trie: walking it
 * along the sentence finds the phrases that start at a word without building
 * and looking up every candidate string ("said in a", "said in a statement").
 * A node's `phrase` is set when a phrase ends there.
 */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  phrase?: string;
}

function addPhrase(root: PhraseNode, phrase: string): void {
  let node = root;
  for (const word of phrase.split(' ')) {
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { next: new Map() }));
    node = child;
  }
  node.phrase = phrase;
}

/** Every learned or listed phrase of two words or more; those led by a function word or an auxiliary are never judged cues. */
const PHRASES: PhraseNode = { next: new Map() };
for (const p of [...Object.keys(table.forms), ...PHRASES_ALWAYS]) {
  const head = p.includes(' ') ? p.slice(0, p.indexOf(' ')) : '';
  if (head && (PHRASES_ALWAYS.has(p) || (!FUNCTION_WORDS.has(head) && !AUX_HEADS.has(head)))) addPhrase(PHRASES, p);
}

/** The phrases of `roots` that start at `lower[i]`, at most `limit` words long, longest first. */
function phrasesAt(roots: readonly PhraseNode[], lower: readonly string[], i: number, limit: number): { phrase: string; length: number }[] {
  const out: { phrase: string; length: number }[] = [];
  for (const root of roots) {
    let node = root.next.get(lower[i]!);
    for (let k = 1; node && k < limit && i + k < lower.length; k++) {
      node = node.next.get(lower[i + k]!);
      if (node?.phrase !== undefined && !out.some((o) => o.length === k + 1)) out.push({ phrase: node.phrase, length: k + 1 });
    }
  }
  return out.sort((a, b) => b.length - a.length);
}

/** Judgements of single phrases, shared by every lexicon without extra cues (bounded). */
const memo = new Map<string, CueMatch | null>();
const MEMO_LIMIT = 50_000;

/** A prepared lexicon: learned counts plus the user's extra cue phrases. */
export class CueLexicon {
  private readonly extra: Set<string>;
  /** The phrase trie to walk: the shared one, plus the user's multi-word cues. */
  private readonly roots: PhraseNode[];
  private readonly longest: number;
  private readonly cache: Map<string, CueMatch | null>;

  constructor(extraCues: readonly string[] = []) {
    this.extra = new Set(extraCues.map((c) => norm(c.trim()).replace(/\s+/g, ' ')).filter(Boolean));
    const extraPhrases: PhraseNode = { next: new Map() };
    for (const e of this.extra) if (e.includes(' ')) addPhrase(extraPhrases, e);
    this.roots = extraPhrases.next.size ? [PHRASES, extraPhrases] : [PHRASES];
    let longest = 4;
    for (const e of this.extra) longest = Math.max(longest, e.split(' ').length);
    this.longest = longest;
    this.cache = this.extra.size ? new Map() : memo;
  }

  /** False when no cue of this lexicon can start at a word of form `first`, whatever follows it (`match` would return undefined). */
  mayMatch(first: string): boolean {
    for (const root of this.roots) if (root.next.has(first)) return true;
    return this.cached(first, 1) !== undefined;
  }

  /** The cue starting at `lower[i]`, longest phrase first; undefined when none. */
  match(lower: readonly string[], i: number): CueMatch | undefined {
    const first = lower[i]!;
    if (PHRASES.next.has(first) || this.roots.length > 1) {
      for (const { phrase, length } of phrasesAt(this.roots, lower, i, this.longest)) {
        const found = this.cached(phrase, length);
        if (found) return found;
      }
    }
    const found = this.cached(first, 1);
    if (found) return found;
    // PolNeAR is American: the cues it knows as "criticized", "recognized", "favored" are spelled "criticised",
    // "recognised", "favoured" in British text.
    const american = americanSpelling(first);
    return american === undefined ? undefined : this.cached(american, 1);
  }

  private cached(phrase: string, n: number): CueMatch | undefined {
    let found = this.cache.get(phrase);
    if (found === undefined) {
      found = this.judge(phrase, n) ?? null;
      if (this.cache.size < MEMO_LIMIT) this.cache.set(phrase, found);
    }
    return found ?? undefined;
  }

  private judge(phrase: string, n: number): CueMatch | undefined {
    const head = phrase.split(' ')[0]!;
    // "had shown Moreau ahead": the crude lemma, shared with the trainer, leaves this participle apart from "show".
    const lemma = head === 'shown' ? 'show' : lemmaOf(head);
    const counts = table.forms[phrase];
    const reliability = counts ? counts[0] / counts[1] : 0;
    const belief = BELIEF.has(lemma) || FEELINGS.has(lemma);
    if (this.extra.has(phrase)) return { length: n, phrase, lemma, reliability: Math.max(reliability, 0.9), belief };
    if (PHRASES_ALWAYS.has(phrase)) return { length: n, phrase, lemma, reliability: Math.max(reliability, 0.8), belief };
    if (n > 1) {
      // Learned phrases ("said in a statement", "told reporters") extend a reliable head verb.
      if (!counts || counts[0] < MIN_COUNT || reliability < MIN_RELIABILITY) return undefined;
      if (BLOCKED.has(lemma) || LEGAL_ACTS.has(lemma) || !/^[a-z]/.test(head) || FUNCTION_WORDS.has(head) || AUX_HEADS.has(head)) return undefined;
      return { length: n, phrase, lemma, reliability, belief };
    }
    if (BLOCKED.has(lemma) || LEGAL_ACTS.has(lemma)) return undefined;
    if (FUNCTION_WORDS.has(phrase) || phrase === 'known') return undefined;
    // An -s form of a listed verb is often a plural noun ("his tweets", "the reports"): only the plain reporting ones, or learned ones.
    // "showed no emotion" reports nothing: "show" is a cue only before a clause ("the poll shows that …").
    const nounLike = lemma === 'show' || /[^s]s$/.test(phrase) && !SPEECH_S.has(phrase) && !STANCE_LEMMAS.has(lemma) && !(counts && counts[0] >= MIN_COUNT && reliability >= 0.2);
    // A listed verb counts in its past, -ing or -s form, or in any form PolNeAR has seen as a cue.
    const verbal = /^[a-z]+(ed|ing|s)$/.test(phrase) || (lemma !== phrase.replace(/e$/, '') && !phrase.endsWith('s'));
    if ((ALWAYS.has(lemma) || BELIEF.has(lemma)) && /^[a-z]+$/.test(phrase) && (verbal || (counts && counts[0] >= 2 && reliability >= 0.1))) {
      return nounLike ? { length: 1, phrase, lemma, reliability: Math.max(reliability, 0.3), belief, needsClause: true } : { length: 1, phrase, lemma, reliability: Math.max(reliability, 0.6), belief };
    }
    if (counts && counts[0] >= MIN_COUNT && reliability >= MIN_RELIABILITY) return { length: 1, phrase, lemma, reliability, belief };
    const pooled = table.lemmas[lemma];
    if (pooled && pooled[0] >= 10 && pooled[0] / pooled[1] >= 0.5 && /^[a-z]+$/.test(phrase)) {
      return { length: 1, phrase, lemma, reliability: pooled[0] / pooled[1], belief };
    }
    return undefined;
  }
}

/**
 * The learned cue classifier's verdict on word `i` of a sentence, for words
 * the phrase lexicon does not know ("endorsed", "blasted", "is demanding"):
 * a cue when its context (a subject before it, a clause after it) scores
 * above the learned threshold. Blocked verbs stay blocked.
 */
export function classifiedCue(lower: readonly string[], capital: (k: number) => boolean, i: number): CueMatch | undefined {
  const m = classifierCandidate(lower, i, capital);
  return m && confirmClassified(m, lower, capital, i);
}

/**
 * The cheap half of classifiedCue(): whether word `i` may be a classified cue
 * at all (a verb form whose lemma reports in train), as a provisional match
 * whose reliability is not yet known. Callers run their structural tests
 * first and confirmClassified() only on survivors, so few words are scored.
 */
export function classifierCandidate(lower: readonly string[], i: number, capitalAt: (k: number) => boolean = () => false): CueMatch | undefined {
  const w = lower[i]!;
  if (!table.model) return undefined;
  const word = verdictOf(w);
  if (word === 'no' || (word === 'after-aux' && !AUXILIARIES.has(lower[i - 1] ?? ''))) return undefined;
  const lemma = lemmaOf(w);
  // "was backed by five members" reports a vote, not a position someone stated.
  if (BLOCKED.has(lemma) && BE_FORMS.has(lower[i - 1] ?? '')) return undefined;
  // "Ted Cruz has captured Texas", "Trump is taking questions", "has faced criticism": acts the context score let in on
  // PolNeAR train, where its annotators confirmed fewer than a quarter of them; before a clause ("a document … states
  // that …") the verb reports.
  if ((ACTS.has(lemma) || TAKES.has(lemma) || HAND_ACTS.has(lemma)) && !opensClause(lower[i + 1])) return undefined;
  if (sharedOrStartedAct(lower, i, lemma)) return undefined;
  // "It exempts newly built homes", "It includes farms": after "it" a guessed verb with an object is what a law or a
  // thing does; it reports only before what is said ("It argued that …").
  // ("it issued a policy paper welcoming …": a past act may still report what its document says.)
  // ("It amazes me that …": a feeling caused reports whose it is.)
  if (lower[i - 1] === 'it' && /[^s]s$/.test(w) && !opensClause(lower[i + 1]) && !OBJECT_PRONOUNS.has(lower[i + 1] ?? '')) return undefined;
  const m: CueMatch = { length: 1, phrase: w, lemma, reliability: 0, belief: BELIEF.has(lemma) || FEELINGS.has(lemma), classified: true, unseen: word === 'unseen' };
  if (word === 'wordnet') {
    // An -s form is too often a plural noun ("food prices"): a verb only right after a pronoun or a name inside the sentence.
    const prev = lower[i - 1] ?? '';
    if (/s$/.test(w) && !/(ed|ing)$/.test(w) && !['he', 'she', 'it', 'who'].includes(prev) && !(i > 1 && capitalAt(i - 1))) return undefined;
    m.wordnet = true;
  }
  return m;
}

const SOURCE_HEADS = new Set(table.model?.sourceHeads ?? []);

/** Pronouns a verb's object may be ("It amazes me that …"). */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/** True for the token after a verb that opens what it reports: "that", a colon, a quotation mark. */
function opensClause(next: string | undefined): boolean {
  return next === 'that' || next === ':' || (next !== undefined && /^["“‘'`]$/.test(next));
}

/**
 * "Taking questions", "takes effect", "took office": taking is an act whatever the calibration's threshold says
 * of it this time (it has sat on both sides of it), so it is one before any object.
 */
const TAKES = new Set(['tak', 'took', 'taken']);

/**
 * Acts the classifier guesses outside PolNeAR's political news, where they are rare: "has chaired a meeting", "has
 * upgraded its warning", "hosted the summit". Acts before any object, as taking is. ("Look" stays: PolNeAR counts
 * "looking to", "looked at"; verbal.ts reads "looked comfortable" as the copula it is.)
 */
const HAND_ACTS = new Set(['chair', 'upgrade', 'downgrade', 'host', 'attend', 'visit', 'score', 'contact', 'shrug',
  // ("cut its growth forecast", "30 of them classed as affordable", "has banned her", "smiled", "has measured": acts the
  // helpers' articles found the classifier admitting outside politics. Using, covering and charging are judged for
  // every reading by verbal.ts notReporting(), which knows the exceptions: "used his speech to call for", "covered
  // the action as", "charged … with filing".)
  'cut', 'trim', 'class', 'ban', 'smile', 'measure',
  // ("have reintroduced roaming charges": a rule brought back, nothing said.)
  'reintroduce',
  // ("has paused shipments", "she led the first radar campaign", "Fishing boats reached the ferry", "Investigators are
  // examining whether …", "a penalty imposed on Gatepass": acts the blind-gold articles found the classifier admitting.)
  'pause', 'lead', 'led', 'reach', 'examine', 'impose'].map(lemmaOf));

/** Reactions one draws ("is drawing criticism", "drew sharp rebukes"). */
const REACTIONS_DRAWN = new Set(['criticism', 'fire', 'praise', 'condemnation', 'scorn', 'ire', 'rebuke', 'rebukes', 'complaints', 'protests', 'questions', 'comparisons', 'attention', 'backlash', 'outrage', 'anger', 'derision', 'applause', 'support', 'sharp', 'widespread', 'heavy']);

/** What is shared when something is said: "shared the news", "shares this bleak view", "shared a bit of her anxiety". */
const SHARED_SAYINGS = new Set(['news', 'view', 'views', 'message', 'messages', 'story', 'stories', 'thoughts', 'concern', 'concerns', 'details', 'anxiety', 'fears', 'worries', 'hopes', 'information', 'vision', 'experience', 'experiences', 'memories', 'opinion', 'opinions', 'belief', 'beliefs', 'frustration', 'syllabus', 'letter', 'post', 'photo', 'video', 'tweet', 'statement', 'report', 'reports', 'material', 'analysis', 'strategy', 'plan', 'data', 'findings', 'article', 'link']);

/**
 * "Okonkwo shared a stand of 187", "shared the lead"; "The Dane started seventh", "started on pole"; "dedicated the
 * award to her father": a thing shared that is no saying, a start from a place on the grid or a table, and a
 * dedication without words quoted are acts; "shared the news", "shared with the crowd that …", "started by asking"
 * report (PolNeAR counts them).
 */
function sharedOrStartedAct(lower: readonly string[], i: number, lemma: string): boolean {
  // ("Valeant shares" is a noun; "Her view is shared by …" reports a view.)
  if (lemma === lemmaOf('share') && !lower[i]!.endsWith('s') && !BE_FORMS.has(lower[i - 1] ?? '')) {
    for (let k = i + 1; k < lower.length && k <= i + 6; k++) {
      const w = lower[k]!;
      if (SHARED_SAYINGS.has(w) || opensClause(w)) return false;
    }
    return true;
  }
  // ("dedicated it to “every woman who …”": a dedication in her words reports them.)
  if (lemma === lemmaOf('dedicate')) return !lower.slice(i + 1, i + 7).some((w) => /^["“‘'`]$/.test(w));
  // ("Hartwell draws thousands"; "is drawing criticism" reports a reaction. "reviewed the disclosures"; "The Tax Policy
  // Center, reviewing a previous draft, came to a similar conclusion" reads as a report in PolNeAR.)
  if (lemma === lemmaOf('draw')) return !REACTIONS_DRAWN.has(lower[i + 1] ?? '') && !REACTIONS_DRAWN.has(lower[i + 2] ?? '');
  if (lemma === lemmaOf('review')) return !lower[i]!.endsWith('ing');
  // ("Jones started a food bank in 2015": a thing started is an act too, unless what follows says how it was begun in
  // words: "started his answer with a story", "started the exchange off by asking", "started a petition calling on".)
  if (lemma === lemmaOf('start')) {
    if (/^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|on|from|in|at)$/.test(lower[i + 1] ?? '')) return true;
    if (!/^(?:a|an|the|his|her|its|their)$/.test(lower[i + 1] ?? '')) return false;
    // ("started the company in 2019 with two friends, delivering …": what is begun in words is a saying, an exchange or
    // a show; a company or a business started is an act whatever follows.)
    if (!STARTED_SAYINGS.has(lower[i + 2] ?? '') && !STARTED_SAYINGS.has(lower[i + 3] ?? '')) return true;
    return !lower.slice(i + 2, i + 9).some((w) => w === 'with' || w === 'by' || /^[a-z]{3,}ing$/.test(w));
  }
  return false;
}

/** What one starts in words ("started his answer with a story", "started the exchange off by asking", "started a petition calling on"). */
const STARTED_SAYINGS = new Set(['answer', 'speech', 'remarks', 'address', 'exchange', 'interview', 'conversation', 'statement', 'testimony', 'debate', 'briefing', 'presentation', 'petition', 'letter', 'post', 'tweet', 'thread', 'video', 'show', 'programme', 'program', 'broadcast', 'press', 'conference', 'meeting', 'session', 'hearing', 'rally', 'event', 'day', 'week', 'campaign', 'talk', 'talks', 'discussion', 'call']);

/** Verbs the calibration step found to be acts when the classifier admits them (cues.json `acts`). */
const ACTS = new Set(table.acts ?? []);

/** True when a lower-case word ends PolNeAR train sources often ("officials", "campaign", "report"): a noun that can speak or report. */
export function isSourceHead(word: string): boolean {
  return SOURCE_HEADS.has(word);
}

/** The classifier's score on a provisional match: the match with its reliability, or undefined below the threshold (softer for a `person` speaker). */
export function confirmClassified(m: CueMatch, lower: readonly string[], capital: (k: number) => boolean, i: number, person = false): CueMatch | undefined {
  const model = table.model;
  if (!model) return undefined;
  const score = cueScore(model.weights, lower, capital, i);
  if (score <= model.threshold + (m.unseen ? UNSEEN_MARGIN : CLASSIFIER_MARGIN) - (person ? PERSON_MARGIN : 0)) return undefined;
  return { ...m, reliability: 1 / (1 + Math.exp(-score)) };
}

/**
 * Whether a word can be a finite verb: an -ed, -ing or -s form, an irregular
 * form the lemma table knows, a form PolNeAR has annotated as a cue ('yes'),
 * or a plain form only after an auxiliary ("would reveal": 'after-aux'). Nouns ("year", "piece")
 * and adverbs ("formally") never are, whatever their context scores.
 */
function verbLike(w: string, lemma: string): 'yes' | 'no' | 'after-aux' {
  if (/ly$/.test(w)) return 'no';
  // ("Health officials issue red heat alert", "king": a word that only ends like an inflection is none.)
  if ((/ed$/.test(w) && !NOT_INFLECTED.has(w)) || (/ing$/.test(w) && w.length >= 5) || (/[^su]s$/.test(w) && w.length > 3) || lemma !== stemOf(w)) return 'yes';
  if ((table.forms[w]?.[0] ?? 0) >= 2) return 'yes';
  return 'after-aux';
}

/** Words that end in -ed without being a past form. */
const NOT_INFLECTED = new Set(['red', 'bed', 'hundred', 'sacred', 'kindred', 'naked', 'wicked', 'sled', 'shred', 'seed', 'need', 'deed', 'feed', 'speed', 'weed', 'breed', 'greed', 'creed', 'steed']);

/** What a word alone allows, judged once per word (most tokens end here, before any feature is built). */
const wordVerdicts = new Map<string, WordVerdict>();

function verdictOf(w: string): WordVerdict {
  let word = wordVerdicts.get(w);
  if (word === undefined) {
    word = judgeWord(w);
    if (wordVerdicts.size < MEMO_LIMIT) wordVerdicts.set(w, word);
  }
  return word;
}

/** False when classifierCandidate() rejects a word of form `w` in any context. */
export function mayBeClassified(w: string): boolean {
  return table.model !== undefined && verdictOf(w) !== 'no';
}

/** yes: a verb form PolNeAR has as a cue; after-aux: a plain form, a verb only after an auxiliary; unseen: a verb form never annotated, a cue only on a confident score. */
type WordVerdict = 'yes' | 'no' | 'after-aux' | 'unseen' | 'wordnet';

function judgeWord(w: string): WordVerdict {
  if (!isCueCandidate(w) || !/^[a-z]+$/.test(w) || FUNCTION_WORDS.has(w)) return 'no';
  const lemma = lemmaOf(w);
  if (BLOCKED.has(lemma) && !STANCES.has(lemma)) return 'no';
  // An approval, an appointment, a signature is an act whatever the context ("the parliament on Tuesday approved a law").
  if (LEGAL_ACTS.has(lemma)) return 'no';
  // The verb itself must have reported in PolNeAR train (3 times at least): acts never annotated ("approved") stay out.
  const pooled = table.lemmas[lemma] ?? table.forms[w];
  if (!pooled || pooled[0] < 3) {
    if (verbLike(w, lemma) !== 'yes') return 'no';
    // A past or -ing form of a verb of speaking, thinking or feeling needs only the context test the seen ones pass
    // (an -s form is too often a plural noun: "food prices").
    return (REPORTING_VERBS.has(lemma) || FEELINGS.has(lemma)) && !PERFORMATIVES.has(lemma) ? 'wordnet' : 'unseen';
  }
  return verbLike(w, lemma);
}

/** lemmaOf() of a word that has no inflection: the same word with a final -e dropped. */
function stemOf(w: string): string {
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * Stances the phrase lexicon blocks as too often acts ("backed by five
 * members", "supports the roof") but PolNeAR counts as attributions when the
 * context says a subject takes a position ("the paper endorsed Clinton"): the
 * classifier may judge them. SCHEMA.md's non-cues (proposed, defended,
 * refused) stay blocked.
 */
const STANCES = new Set('endorse oppose back support'.split(' ').map(lemmaOf));

/**
 * Margin below the perceptron's own boundary: the verb gate, the structural
 * tests and the speaker test (verbal.ts canSpeak) keep acts out, so the
 * context score only vetoes clear non-cues.
 */
const CLASSIFIER_MARGIN = -12;

/**
 * How much softer the veto is when the speaker is a person ("he", "she", a
 * person actor): a person's verb near the boundary is more often a statement
 * or a stance ("grilled the chief executive", "fired off a series of posts")
 * than an institution's, whose verbs are its acts ("raised its rate"). On
 * PolNeAR dev it adds sources found and removes flags; up to this value the
 * gold articles lose no diagnostic (at 16 they start to).
 */
const PERSON_MARGIN = 10;

/** A verb PolNeAR never annotated as a cue must score clearly above the boundary: its context alone speaks for it. */
const UNSEEN_MARGIN = 4;

/** True for a word whose lemma WordNet classes as a verb of saying, thinking or feeling ("refute", "portray"). */
export function reportsByLemma(word: string): boolean {
  const lemma = lemmaOf(word);
  return REPORTING_VERBS.has(lemma) || FEELINGS.has(lemma);
}

/** Lemmas that are ordinary speech verbs (no content needed beyond a quotation or clause). */
export function isSpeechLemma(lemma: string): boolean {
  return ALWAYS.has(lemma);
}

/** The American spelling of a British verb form ("criticised" → "criticized", "favoured" → "favored"), or undefined. */
function americanSpelling(word: string): string | undefined {
  const ise = /^([a-z]{3,})is(e|es|ed|ing)$/.exec(word);
  if (ise) return `${ise[1]}iz${ise[2]}`;
  const yse = /^([a-z]{2,})ys(e|es|ed|ing)$/.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  // Only the verb's forms: "rumours", "colours" are nouns.
  const our = /^([a-z]{2,})our(ed|ing)$/.exec(word);
  if (our && !/(hour|four|pour|tour|sour|your|dour)$/.test(`${our[1]}our`)) return `${our[1]}or${our[2]}`;
  return undefined;
}
