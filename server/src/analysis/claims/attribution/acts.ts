// Verbs that are acts before an object and reports before a clause: "called
// both sides to a meeting" summons, "called it “predatory”" names; "held
// talks" is an event, "held that …" a ruling; "puts growth at 1.2%"
// estimates, "put the satellite into orbit" does not; "agreed a contract"
// and "added 9,000 homes" are acts, "agreed that …" reports. candidateAt()
// (verbal.ts) asks these tests once it has a cue and its source.
import type { SentenceView } from '../view';
import { AUXILIARIES, DETERMINERS, DOCUMENT_NOUNS, PREPOSITIONS, SUBORDINATORS, isCapitalized, startsWithAsciiDigit } from '../words';
import { IRREGULAR_PAST } from './source';
import { SUBJECT_PRONOUNS } from './speakerShape';

/** Forms of "call" that summon as well as name ("called both sides to a meeting"). */
export const SUMMONS = new Set(['call', 'calls', 'called', 'calling']);

/** Forms of "put", which report only as an estimate ("puts the cost at …"). */
export const PUTS = new Set(['put', 'puts', 'putting']);

/** Words that make "put" an estimate after its object ("puts growth at 1.2%", "put the candidates within two points", "put Clinton ahead"). */
const ESTIMATE_WORDS = new Set(['at', 'within', 'ahead', 'behind', 'above', 'below', 'between', 'around', 'near', 'higher', 'lower', 'closer', 'close']);

/** "put out a statement saying …", "are putting out a warning that …": issuing words is a report. */
export function statementPutOut(v: SentenceView, k: number): boolean {
  if (v.lower[k] !== 'out') return false;
  for (let m = k + 1; m < v.tokens.length && m <= k + 4; m++) if (STATEMENT_NOUNS.has(v.lower[m]!)) return true;
  return false;
}

/** Verbs that put out a document ("issued a statement", "released data", "published a report"). */
const ISSUE_VERBS = new Set(['issue', 'issues', 'issued', 'issuing', 'release', 'releases', 'released', 'releasing', 'publish', 'publishes', 'published', 'publishing', 'post', 'posts', 'posted', 'posting']);

/** Words that may stand between a statement and its "saying" ("a statement on Monday saying", "a statement late on Friday saying"). */
const STATEMENT_ADJUNCT = /^(on|in|at|late|early|overnight|last|this|that|the|a|an|friday|monday|tuesday|wednesday|thursday|saturday|sunday|night|morning|evening|afternoon|week|day|today|yesterday|tonight|,)$/;

/** True when the verb at `i` issues a statement that speaks: "issued a statement on Monday saying …", "published a report warning that …". */
export function issuedStatement(v: SentenceView, i: number): boolean {
  if (!ISSUE_VERBS.has(v.lower[i]!)) return false;
  let k = i + 1;
  while (k <= i + 4 && k < v.tokens.length && !STATEMENT_NOUNS.has(v.lower[k]!) && !DOCUMENT_NOUNS.has(v.lower[k]!) && v.tokens[k]!.kind === 'word') k++;
  if (k > i + 4 || !(STATEMENT_NOUNS.has(v.lower[k] ?? '') || DOCUMENT_NOUNS.has(v.lower[k] ?? ''))) return false;
  for (let m = k + 1; m < v.tokens.length && m <= k + 6; m++) {
    const w = v.lower[m]!;
    if (w === 'saying' || w === 'stating' || w === 'warning' || w === 'that' || w === ':' || v.quoteMark[m]) return true;
    if (!STATEMENT_ADJUNCT.test(w)) return false;
  }
  return false;
}

/** Things released that speak for their maker: an advertisement says something, tax returns disclose it. */
const RELEASED_MESSAGES = new Set(['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'commercial', 'commercials', 'spot', 'spots', 'returns', 'clip', 'clips', 'tape', 'tapes', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'transcripts', 'emails']);

/** True when the object after a verb of releasing (from `k`) is no document: "released its new phone", "released the names". */
export function releasedThing(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && m <= k + 5; m++) {
    const w = v.lower[m]!;
    if (DOCUMENT_NOUNS.has(w) || STATEMENT_NOUNS.has(w) || RELEASED_MESSAGES.has(w) || w === 'that' || v.quoteMark[m]) return false;
    if (v.tokens[m]!.kind === 'punct' || PREPOSITIONS.has(w) || w === 'and') return m > k;
  }
  return true;
}

/** What one puts out when one speaks. */
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'warning', 'warnings', 'release', 'call', 'appeal', 'message', 'notice']);

/** True when an estimate word follows a short object before any comma or clause: "puts growth at 1.2%". */
export function estimateAt(v: SentenceView, k: number): boolean {
  // "Gallup's own tracking poll puts Obama's approval during the first four months of this year at 49.5 percent".
  for (let m = k; m < v.tokens.length && m <= k + 14; m++) {
    const w = v.lower[m]!;
    if (ESTIMATE_WORDS.has(w) && m > k) return true;
    if (v.tokens[m]!.kind === 'punct' || w === 'that' || AUXILIARIES.has(w)) return false;
  }
  return false;
}

/** True when "to" follows a short object before any comma, quotation or clause word: a summons, not a naming or a report. */
export function summons(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && m <= k + 5; m++) {
    const w = v.lower[m]!;
    if (v.quoteMark[m] || w === ',' || w === 'that' || AUXILIARIES.has(w)) return false;
    // ("called Ford's plans to open a plant in Mexico “an absolute disgrace”": a quotation after it names them.)
    if (w === 'to' && m > k) return !quotationSoonAfter(v, m);
    // "called a nationwide strike for Oct. 24", "called a snap election": an event called is an act; a word
    // after it that is no preposition judges it ("called the strike illegal", "called the vote a sham").
    // "called her vote in favor of the war a mistake": an event that is someone's already happened; it is named.
    if (CALLED_EVENTS.has(w) && m > k && POSSESSIVES.has(v.lower[m - 1]!)) return false;
    if (CALLED_EVENTS.has(w)) {
      const after = v.tokens[m + 1];
      // 'called the vote "a hollow victory"': a quotation after it is what it was called.
      if (after === undefined) return true;
      if (v.quoteMark[m + 1]) return false;
      return after.kind !== 'word' || PREPOSITIONS.has(v.lower[m + 1]!) || v.lower[m + 1] === 'to';
    }
  }
  return false;
}

const POSSESSIVES = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);

/** Events that are called, not said ("called a strike", "called an emergency meeting", "called a snap election"). */
const CALLED_EVENTS = new Set(['strike', 'strikes', 'election', 'elections', 'vote', 'referendum', 'meeting', 'meetings', 'protest', 'protests', 'halt', 'ceasefire', 'truce', 'inquiry', 'walkout', 'boycott', 'rally', 'session', 'recess', 'shutdown', 'lockdown', 'curfew', 'timeout', 'summit']);


/** Particles between a verb and its object ("revised up its estimates", "played down the risk"). */
export const PARTICLES = new Set(['up', 'down', 'out', 'back', 'off']);

/** Forms of "hold": a cue for a view held or a ruling ("held that …"), not for an event held. */
export const HOLDS = new Set(['hold', 'holds', 'held', 'holding']);
/** What is held as an event or a possession, not a view: hearings, talks, a rally, a lead, a stake. */
const HELD_THINGS = new Set(
  'hearing hearings talks meeting meetings rally rallies event events briefing briefings conference conferences call calls vote votes election elections summit summits session sessions lead leads ceremony ceremonies referendum funeral memorial protest protests march marches primary primaries seat seats office stake stakes shares power majority record records interview interviews discussions negotiations consultations service services party parties celebration festival auction sale inquiry inquiries review'.split(' '),
);

/** Judgements a court or a body holds someone or something to be ("held the company liable"). */
const HELD_JUDGEMENTS = new Set(['responsible', 'liable', 'accountable', 'unconstitutional', 'constitutional', 'illegal', 'legal', 'unlawful', 'lawful', 'invalid', 'valid', 'void', 'guilty', 'innocent', 'blameless', 'culpable']);

/** True when a judgement follows the object of "held" within a few words ("held the ban unconstitutional"). */
export function heldJudged(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && m < k + 7; m++) {
    if (HELD_JUDGEMENTS.has(v.lower[m]!)) return true;
    if (v.tokens[m]!.kind === 'punct') return false;
  }
  return false;
}

/** What a rate or price is held at or as: "holds rates at 4.5%", "held borrowing costs steady", "held prices unchanged". */
const HELD_LEVELS = new Set(['at', 'steady', 'unchanged', 'flat', 'constant', 'stable', 'firm', 'fast', 'back', 'down', 'off', 'open', 'hostage']);

/** True when the object of "hold" is followed by a level or a state it is held in, within five words ("holds rates at 4.5%"). */
export function holdsSteady(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && m < k + 6; m++) {
    const w = v.lower[m]!;
    if (w === 'that' || v.quoteMark[m] || v.tokens[m]!.kind === 'punct') return false;
    if (HELD_LEVELS.has(w)) return true;
  }
  return false;
}

/** True when the words after "hold" reach an event or possession noun before any verb, preposition or punctuation ("held a three-hour conference call"). */
export function holdsEvent(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && m < k + 5; m++) {
    const w = v.lower[m]!;
    if (HELD_THINGS.has(w)) return true;
    if (v.tokens[m]!.kind !== 'word' || PREPOSITIONS.has(w) || w === 'that') return false;
  }
  return false;
}

/**
 * Verbs that report a view before a clause ("agree that …", "recalled that …")
 * but are acts before an object ("agreed a contract", "accepted the offer",
 * "recalls 40,000 jars", "withdrew 2,500 packs").
 */
export const OBJECT_ACTS = new Set([
  'agree', 'agrees', 'agreed', 'agreeing', 'accept', 'accepts', 'accepted', 'accepting', 'add', 'adds', 'added', 'adding',
  'offer', 'offers', 'offered', 'offering', 'recall', 'recalls', 'recalled', 'recalling',
  'withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing',
  // "made a 41-yard field goal", "made a profit": something made is an act ("made the case that", "made a statement" report).
  'make', 'makes', 'made', 'making',
  // "revised up its estimates": a figure changed is an act.
  'revise', 'revises', 'revised', 'revising',
  // "painting a healthier picture of the labor market": the figures paint it; "painted him as a liar" still reports.
  'paint', 'paints', 'painted', 'painting',
  // "raised its benchmark rate", "imposed provisional duties": acts on a figure or a measure ("raised concerns" reports).
  'raise', 'raises', 'raised', 'raising', 'impose', 'imposes', 'imposed', 'imposing',
]);

/** Plural objects of measures and figures that need no determiner ("imposed provisional duties", "raised tariffs"). */
const PLAIN_OBJECTS = /^(provisional|new|higher|fresh|additional|extra|punitive|retaliatory|anti-dumping|duties|tariffs|taxes|rates|prices|fees|fines|sanctions|restrictions|limits|penalties|charges|capital|money|funds)$/;

/** Nouns of speech and stance that keep a verb a report before its object ("raised concerns", "raised the question"). */
export const STANCE_OBJECTS = new Set(['statement', 'statements', 'case', 'comment', 'comments', 'remark', 'remarks', 'announcement', 'promise', 'pledge', 'vow', 'prediction', 'plea', 'appeal', 'admission', 'accusation', 'accusations', 'threat', 'threats', 'speech', 'joke', 'reference', 'suggestion', 'clear', 'concern', 'concerns', 'question', 'questions', 'doubt', 'doubts', 'fear', 'fears', 'worry', 'worries', 'objection', 'objections', 'criticism', 'alarm', 'issue', 'possibility', 'prospect', 'idea', 'point', 'argument', 'claim', 'claims', 'allegation', 'allegations', 'complaint', 'complaints']);

/** Words that open a counted object ("added about 9,000 homes", "added 40 jobs"). */
const APPROXIMATORS = new Set(['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'over', 'more', 'another', 'further']);

/** True when token `k` opens a counted object ("2,500 packs", "about 40,000 jars"). */
export function countedObject(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  return isFigure(v, k) || (APPROXIMATORS.has(w) && isFigure(v, k + 1));
}

/** A number at token `k`, or a currency sign before one ("€38 million", "$1.8 billion"). */
function isFigure(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  // ("covers roughly one in six packs": a number word before "in" and a number is a share.)
  return startsWithAsciiDigit(w) || (CURRENCY_SIGNS.has(w) && startsWithAsciiDigit(v.lower[k + 1] ?? '')) || (NUMBER_WORDS.has(w) && v.lower[k + 1] === 'in');
}

/** Number words that open a share ("one in six", "two in five"). */
export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', 'us$', 'a$', 'c$', 'hk$']);

/**
 * True when a determiner at `k` opens a plain object: no auxiliary follows
 * before "and", a comma or a preposition ("agreed a five-year contract and
 * …", "agreed the deal on Friday"); "agree the top 1% would gain" is a clause.
 */
export function objectNotClause(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  if (!DETERMINERS.has(w) && w !== 'a' && w !== 'an' && !countedObject(v, k) && !PLAIN_OBJECTS.test(w)) return false;
  for (let m = k + 1; m < v.tokens.length && m <= k + 7; m++) {
    const w = v.lower[m]!;
    if (STANCE_OBJECTS.has(w)) return false; // "raised the question of …", "accepted the criticism"

    // "added the words, “Hillary Clinton.”": a quotation after the object is what was said.
    if (AUXILIARIES.has(w) || v.quoteMark[m] || (w === ',' && v.quoteMark[m + 1])) return false;
    if (w === 'and' || w === ',' || PREPOSITIONS.has(w) || v.tokens[m]!.kind === 'punct') return true;
  }
  return true;
}

/** True when a quotation opens within a short object after the cue ("called it “predatory”", "called Ford's plans … “a disgrace”"). */
export function quotationSoonAfter(v: SentenceView, j: number): boolean {
  for (let m = j + 1; m < v.tokens.length && m <= j + 14; m++) {
    if (v.quoteMark[m]) return m > j + 1;
    const w = v.lower[m]!;
    if (w === ',' || w === ';' || w === 'that' || AUXILIARIES.has(w) || SUBORDINATORS.has(w)) return false;
  }
  return false;
}

/** True when a sum of money opens at `k`, after at most one approximating word ("$2.1 billion", "about €40m"). */
function moneyAt(v: SentenceView, k: number): boolean {
  if (APPROXIMATORS.has(v.lower[k] ?? '') || v.lower[k] === 'up') k++;
  if (v.lower[k] === 'than' || v.lower[k] === 'to') k++;
  return CURRENCY_SIGNS.has(v.lower[k] ?? '') && startsWithAsciiDigit(v.lower[k + 1] ?? '');
}

/** True when a short object from `k` runs to "for" before any clause word, comma or quotation ("asked banks … for records"). */
export function requestFor(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && m - k <= 8; m++) {
    const w = v.lower[m]!;
    if (v.quoteMark[m] || v.tokens[m]!.kind === 'punct' || w === 'that' || w === 'whether' || w === 'if' || w === 'to' || AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w)) return false;
    if (w === 'for') return m > k;
  }
  return false;
}

/** True when a plain object from `k` (no clause word, at most eight words) runs to "to" or "by" and a figure, no year. */
export function movesToFigure(v: SentenceView, k: number): boolean {
  // ("supports raising the minimum wage to $15": a proposal is held, not an act; "made the case to 23 leaders that
  // …" reports the clause after its hearers.)
  if (/^[a-z]{3,}ing$/.test(v.lower[k] ?? '') || v.lower.includes('that', k)) return false;
  for (let m = k; m < v.tokens.length && m - k <= 8; m++) {
    const w = v.lower[m]!;
    // ("released data on Friday showing inflation rose to 3%": a verb inside the object starts a clause of its own;
    // "jobs spending to" is a noun before the figure.)
    if (v.quoteMark[m] || w === 'that' || w === ',' || AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w) || (m > k && (/^[a-z]{3,}(ing|ed)$/.test(w) || IRREGULAR_PAST.has(w)) && v.lower[m + 1] !== 'to' && v.lower[m + 1] !== 'by')) return false;
    // ("tax returns from 1995", "endorsements from 95 generals": an origin, and a year, move nothing.)
    if ((w === 'to' || w === 'by') && m > k && countedObject(v, m + 1) && !/^(1[89]|20)\d\d$/.test(v.lower[m + 1]!)) return true;
    // ("raised pledges of about $2.1 billion": an object measured in money is an amount raised or spent.)
    // ("advocates tax increases of $15 trillion" holds a position: only a past act raised or spent it.)
    if (w === 'of' && m > k && moneyAt(v, m + 1) && (/ed$/.test(v.lower[k - 1] ?? '') || IRREGULAR_PAST.has(v.lower[k - 1] ?? ''))) return true;
  }
  return false;
}

/** Notices an authority issues ("an emergency warning", "evacuation orders", "a recall"). */
const NOTICES = new Set(['warning', 'warnings', 'alert', 'alerts', 'order', 'orders', 'advisory', 'advisories', 'notice', 'notices', 'recall', 'ban', 'licence', 'license', 'licences', 'licenses', 'permit', 'permits', 'visa', 'visas', 'fine', 'fines', 'ticket', 'tickets', 'summons', 'subpoena', 'subpoenas', 'warrant', 'warrants', 'bonds', 'shares', 'debt', 'passports', 'guidance']);

/** True when a notice follows at `k` (after a determiner and up to two modifiers) and no content follows it. */
export function issuedNotice(v: SentenceView, k: number): boolean {
  let m = DETERMINERS.has(v.lower[k] ?? '') ? k + 1 : k;
  // ('issues a "boil water" notice': a quoted name of the notice before its noun.)
  if (v.quoteMark[m]) {
    let close = m + 1;
    while (close < v.tokens.length && close - m <= 5 && !v.quoteMark[close]) close++;
    if (v.quoteMark[close] && NOTICES.has(v.lower[close + 1] ?? '')) m = close + 1;
  }
  let modifiers = 0;
  while (m < v.tokens.length && !NOTICES.has(v.lower[m]!) && modifiers < 2 && v.tokens[m]!.kind === 'word') {
    m++;
    modifiers++;
  }
  if (!NOTICES.has(v.lower[m] ?? '')) return false;
  for (let n = m + 1; n < v.tokens.length && n <= m + 8; n++) {
    const w = v.lower[n]!;
    if (w === 'that' || w === 'saying' || w === 'stating' || w === ':' || v.quoteMark[n]) return false;
  }
  return true;
}

/** True when an object after "reported" at `k` is followed, before any clause, by "to" and who it went to ("to the FBI"). */
export function reportedToSomeone(v: SentenceView, k: number): boolean {
  if (v.lower[k] === 'that' || v.quoteMark[k] || !DETERMINERS.has(v.lower[k] ?? '')) return false;
  for (let m = k + 1; m < v.tokens.length && m <= k + 8; m++) {
    const w = v.lower[m]!;
    if (w === 'that' || v.quoteMark[m] || AUXILIARIES.has(w) || v.tokens[m]!.text === ',') return false;
    if (w === 'to' && (DETERMINERS.has(v.lower[m + 1] ?? '') || /^(police|authorities|regulators|officials|prosecutors|investigators)$/.test(v.lower[m + 1] ?? '') || isCapitalized(v.tokens[m + 1]?.text ?? ''))) return true;
  }
  return false;
}
