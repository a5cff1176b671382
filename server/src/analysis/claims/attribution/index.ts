import type { Actor, ArticleDocument, Attribution, AttributionSource, Span, TextSpan } from '../../types';
import type { CueLexicon } from '../lexicon';
import type { SentenceView } from '../view';
import { isOpenQuote } from '../view';
import { DOCUMENT_NOUNS } from '../words';
import { markdownAttribution, markdownSources } from './markdown';
import type { TokenRange } from './source';
import { creditLine, speakerLabel } from './label';
import { findVerbalAttributions, type VerbalAttribution } from './verbal';
import { nominalAttributions } from './nominal';
import { byStartThenOrder, type IndexedMention } from './mentionOrder';
import { cueShown, sourceShown } from './tidy';
import { interviewAnswers } from './interview';

/** What the attribution pass learns about one sentence. */
export interface SentenceAttribution {
  attribution?: Attribution;
  /** Further attributions of the same sentence (a second speaker, a cited report, an embedded cue), in text order. */
  others?: Attribution[];
  /** The cue is a belief, hope or intention ("wants", "believes"): never check-worthy. */
  belief: boolean;
  /** The attributed content is a quotation or runs through the sentence. */
  reported: boolean;
  /** The sentence opens with a credit line ("― Ana Ruiz") for the quotation before it. */
  credit?: boolean;
  /** The sentence opens with a speaker label ("HOST: …"): the rest of its paragraph is the same turn. */
  label?: boolean;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function rangeSpan(v: SentenceView, r: TokenRange): Span {
  return { start: v.tokens[r.first]!.start, end: v.tokens[r.last]!.end };
}

/** Every mention of every actor sorted by start, with its order in the actor list, for `actorFor`. */
interface MentionIndex {
  starts: Int32Array;
  ends: Int32Array;
  /** Actor index × 2^26 + mention index: the order the plain loop visits them. */
  order: Float64Array;
  longest: number;
  lowerNames: string[];
}

const indexes = new WeakMap<readonly Actor[], MentionIndex>();

/**
 * The mention index of an actor list, built once per document: with it,
 * `actorFor` looks at the few mentions near the source instead of all of
 * them, which made long articles quadratic (every attributed sentence × every
 * mention).
 */
function mentionIndex(actors: readonly Actor[]): MentionIndex {
  const cached = indexes.get(actors);
  if (cached) return cached;
  const visited: IndexedMention[] = [];
  actors.forEach((a, i) => a.mentions.forEach((m, j) => visited.push({ start: m.start, end: m.end, order: i * ACTOR_STRIDE + j })));
  const all = byStartThenOrder(visited);
  // One plain loop fills the columns (TypedArray.from with a mapping function walked the list through the iterator protocol, three times).
  const starts = new Int32Array(all.length);
  const ends = new Int32Array(all.length);
  const order = new Float64Array(all.length);
  let longest = 0;
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    starts[k] = m.start;
    ends[k] = m.end;
    order[k] = m.order;
    longest = Math.max(longest, m.end - m.start);
  }
  const index: MentionIndex = { starts, ends, order, longest, lowerNames: actors.map((a) => a.name.toLowerCase()) };
  indexes.set(actors, index);
  return index;
}

/** First index in sorted `starts` holding a value ≥ `value`. */
function lowerBound(starts: Int32Array, value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A mention's order packs its actor's index and its own: order = actor × ACTOR_STRIDE + mention. */
const ACTOR_STRIDE = 67108864;
const actorIndex = (order: number): number => Math.floor(order / ACTOR_STRIDE);

/** The actor one of whose mentions overlaps the source, else one whose full name the source spells out. */
export function actorFor(source: TextSpan, actors: readonly Actor[]): string | undefined {
  // Largest overlap wins; among equal overlaps, the first in actor then mention order (as a plain loop over all would find).
  const index = mentionIndex(actors);
  let best = -1;
  let bestOverlap = 0;
  let bestOrder = Infinity;
  // A mention that overlaps starts before the source's end and at most `longest` before its start.
  const from = lowerBound(index.starts, source.start - index.longest);
  const to = lowerBound(index.starts, source.end);
  // "Democratic National Committee Chairman Ed Rendell": a person named at the end is the phrase's head, whatever
  // longer organisation's name modifies it.
  for (let k = from; k < to; k++) {
    const actor = actors[actorIndex(index.order[k]!)]!;
    if (index.ends[k] === source.end && index.starts[k]! > source.start && actor.type === 'person') return actor.id;
  }
  for (let k = from; k < to; k++) {
    const overlap = Math.min(index.ends[k]!, source.end) - Math.max(index.starts[k]!, source.start);
    if (overlap > bestOverlap || (overlap === bestOverlap && overlap > 0 && index.order[k]! < bestOrder)) {
      bestOverlap = overlap;
      bestOrder = index.order[k]!;
      best = k;
    }
  }
  if (best >= 0) {
    const actor = actors[actorIndex(bestOrder)]!;
    // "Darran Whiting of Liberty Baptist Church in Marion": a body after "of", "at", "from" or "for" is where the
    // person named before it works; the person speaks.
    const offset = index.starts[best]! - source.start;
    if (actor.type !== 'person' && offset > 0 && /\b(?:of|at|from|for|with)\s+(?:the\s+)?$/i.test(source.text.slice(Math.max(0, offset - 9), offset))) {
      // (The nearest person before it: "One pastor supporting Mr. Cruz, Darran Whiting of …" is Whiting.)
      for (let k = best - 1; k >= from; k--) {
        const other = actors[actorIndex(index.order[k]!)]!;
        if (index.starts[k]! < source.start) break;
        if (other.type === 'person' && index.ends[k]! <= index.starts[best]!) return other.id;
      }
    }
    if (actor.id) return actor.id;
  }
  const lower = source.text.toLowerCase();
  return actors.find((a, i) => a.name.length > 2 && spellsOut(lower, index.lowerNames[i]!))?.id;
}

/** True when `name` stands in `text` as whole words ("the commission", not "commissioned"). */
function spellsOut(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + name.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

/** A letter or digit by code (NaN, past either end of the text, is none). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}

function kindOf(v: SentenceView, source: TokenRange, content: TokenRange | undefined): Attribution['kind'] {
  for (let k = source.first; k <= Math.min(source.last, source.first + 2); k++) if (DOCUMENT_NOUNS.has(v.lower[k]!)) return 'document';
  // A long name before its head noun: "the previous Washington Post/ABC News national poll".
  if (DOCUMENT_NOUNS.has(v.lower[source.last]!)) return 'document';
  if (!content) return v.hasQuote ? 'mixed' : 'indirect';
  let words = 0;
  let quoted = 0;
  for (let k = content.first; k <= content.last; k++) {
    if (v.tokens[k]!.kind === 'punct') continue;
    words++;
    if (v.quoted[k]) quoted++;
  }
  if (words > 0 && quoted === words) return 'direct';
  return quoted > 0 ? 'mixed' : 'indirect';
}

/** The sentence's own attribution: a footnote or link in Markdown, else a reporting verb with its source. */
function ownAttribution(v: SentenceView, document: ArticleDocument, md: ReturnType<typeof markdownSources>, lexicon: CueLexicon, actors: readonly Actor[], places: readonly Span[]): SentenceAttribution {
  const text = document.text;
  const marked = markdownAttribution(v.sentence, md, text);
  if (marked) {
    const actor = actorFor(marked.source, actors);
    if (actor) marked.source.actor = actor;
    // The link or footnote is the sentence's source (SCHEMA.md); a speaker the sentence also names
    // ("Jens Aaberg … said …[^1]") is shown beside it, as a further attribution.
    const verbs = findVerbalAttributions(v, lexicon, (r) => personSource(v, r, text, actors));
    // "according to the [state agency](…)": the verb names the link itself, which is already the source.
    const spoken = [...(verbs.main ? [verbs.main] : []), ...verbs.others].map((r) => toAttribution(v, text, r, actors)).filter((a) => a.source.end <= marked.cue.start || a.source.start >= marked.cue.end);
    return spoken.length ? { attribution: marked, others: spoken, belief: false, reported: false } : { attribution: marked, belief: false, reported: false };
  }
  // A credit line or a speaker label names who said the whole sentence; a verb after it is inside what they said.
  const credit = creditLine(v);
  const label = credit ? undefined : speakerLabel(v, (k) => nameEnding(v, k, actors), (first, last) => places.some((p) => p.start <= v.tokens[first]!.start && v.tokens[last]!.end <= p.end));
  const verbs = findVerbalAttributions(v, lexicon, (r) => personSource(v, r, text, actors));
  const said = [...(credit ? [credit] : []), ...(label ? [label] : []), ...(verbs.main ? [verbs.main] : []), ...verbs.others];
  const [found, ...rest] = [...said, ...nominalAttributions(v).filter((n) => !said.some((a) => overlaps(a.cue, n.cue) || overlaps(a.source, n.cue)))];
  if (!found) return { belief: false, reported: false };
  if (found.embedded) {
    // Embedded cues alone do not attribute the sentence (SCHEMA.md): the reader still sees them.
    return { others: [found, ...rest].map((r) => toAttribution(v, text, r, actors)), belief: false, reported: false };
  }
  const others = rest.length ? rest.map((r) => toAttribution(v, text, r, actors)) : undefined;
  const result: SentenceAttribution = { attribution: toAttribution(v, text, found, actors), belief: found.match.belief, reported: true };
  if (others) result.others = others;
  if (credit && credit.cue.first === 0) result.credit = true;
  if (label && found === label) result.label = true;
  return result;
}

/** True when the source is a person: "he"/"she", or a mention of a person actor. */
function personSource(v: SentenceView, r: TokenRange, text: string, actors: readonly Actor[]): boolean {
  const w = v.lower[r.last]!;
  if (w === 'he' || w === 'she') return true;
  const s = rangeSpan(v, r);
  const id = actorFor(span(text, s.start, s.end), actors);
  return id !== undefined && actors.some((a) => a.id === id && a.type === 'person');
}

/** The last token of an actor's mention that starts at token `k`, if one does; with `namesOnly`, a name, title or alias only. */
function nameEnding(v: SentenceView, k: number, actors: readonly Actor[], namesOnly = false): number | undefined {
  const index = mentionIndex(actors);
  const start = v.tokens[k]!.start;
  for (let m = lowerBound(index.starts, start); m < index.starts.length && index.starts[m] === start; m++) {
    if (namesOnly) {
      const order = index.order[m]!;
      const kind = actors[actorIndex(order)]?.mentions[order % ACTOR_STRIDE]?.kind;
      if (kind !== 'name' && kind !== 'title' && kind !== 'alias') continue;
    }
    const end = index.ends[m]!;
    for (let t = k; t < v.tokens.length && v.tokens[t]!.start < end; t++) if (v.tokens[t]!.end === end) return t;
  }
  return undefined;
}

/**
 * The end of a span that opens Markdown emphasis it does not close: the mark
 * right after it joins it ("in the *Nordic Journal of Paediatrics*", not
 * "… *Nordic Journal of Paediatrics"). Plain text has no such marks to count.
 */
function closingEmphasis(text: string, start: number, end: number): number {
  for (const mark of ['**', '__', '*', '_']) {
    if (!text.startsWith(mark, end)) continue;
    let count = 0;
    for (let at = text.indexOf(mark, start); at >= 0 && at < end; at = text.indexOf(mark, at + mark.length)) count++;
    return count % 2 === 1 ? end + mark.length : end;
  }
  return end;
}

/** A cue's attribution as the analysis states it (verb, label or credit line): spans, the actor the source names, the kind. */
function toAttribution(v: SentenceView, text: string, found: VerbalAttribution, actors: readonly Actor[]): Attribution {
  const c = rangeSpan(v, cueShown(v, found.cue));
  const shown = sourceShown(v, found.source, (k) => nameEnding(v, k, actors, true));
  const s = rangeSpan(v, shown);
  const source: AttributionSource = span(text, s.start, closingEmphasis(text, s.start, s.end));
  // "who" names no one itself: the actor is the one its antecedent mentions.
  const antecedent = found.antecedent && rangeSpan(v, found.antecedent);
  if (antecedent) source.antecedent = span(text, antecedent.start, antecedent.end);
  const actor = actorFor(source.antecedent ?? speakerPart(v, text, shown), actors);
  if (actor) source.actor = actor;
  const attribution: Attribution = { cue: span(text, c.start, c.end), source, kind: kindOf(v, found.source, found.content) };
  if (found.content) attribution.content = rangeSpan(v, found.content);
  if (found.embedded) attribution.embedded = true;
  return attribution;
}

/**
 * The part of a source that can name its speaker: up to a participle after its noun ("Parents interviewed outside
 * Cardew Primary", "Economists polled by Harbourline News" are parents and economists, not the school or the news
 * service; "Analysts at Perrin Marlow" work there, and keep it).
 */
function speakerPart(v: SentenceView, text: string, r: TokenRange): TextSpan {
  let last = r.last;
  for (let k = r.first + 1; k <= r.last; k++) {
    // ("data released by the Police Department", "a report published on Thursday by …": its author is named.)
    if (/^[a-z]{3,}ed$/.test(v.tokens[k]!.text) && k < r.last && !authoredBy(v, k, r.last)) {
      last = k - 1;
      break;
    }
  }
  const s = rangeSpan(v, { first: r.first, last });
  return span(text, s.start, s.end);
}

/** Participles that name a document's author after "by". */
const AUTHORING = new Set(['released', 'published', 'issued', 'compiled', 'prepared', 'produced', 'conducted', 'commissioned', 'written', 'posted', 'drafted', 'sent', 'signed']);

/** True when the participle at `k` is an authoring one with "by" within three words after it, inside the source. */
function authoredBy(v: SentenceView, k: number, last: number): boolean {
  if (!AUTHORING.has(v.lower[k]!)) return false;
  for (let m = k + 1; m <= Math.min(last, k + 4); m++) if (v.lower[m] === 'by') return true;
  return false;
}

/** True when two token ranges share a token. */
function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** True for a sentence whose own attribution reports someone's words without quoting them ("X said the results were …"). */
function reportedSpeech(a: SentenceAttribution): boolean {
  const kind = a.attribution?.kind;
  return a.attribution !== undefined && !a.attribution.inherited && (kind === 'indirect' || kind === undefined) && !a.belief && a.reported;
}

function startsWithOpenQuote(v: SentenceView): boolean {
  const first = v.tokens[0];
  // A straight single mark opening the sentence is a quotation mark there (view.ts pairs it): 'We will not.'
  return Boolean(first && v.quoteMark[0] && (isOpenQuote(first.text) || first.text === "'"));
}

/**
 * Attributions of every sentence. A quotation running over several sentences
 * is one chain: its sentences without a cue of their own inherit the cue and
 * source of the nearest attributed sentence of the chain (the opener first).
 * A chain crosses a paragraph break only when the quotation was left open.
 */
export function attributeSentences(document: ArticleDocument, views: readonly SentenceView[], lexicon: CueLexicon, actors: readonly Actor[], places: readonly Span[] = []): SentenceAttribution[] {
  const md = markdownSources(document);
  const own = views.map((v) => ownAttribution(v, document, md, lexicon, actors, places));
  const result = own.map((o) => ({ ...o }));
  let group: number[] = [];
  // Sentences of reported speech a quotation follows: the quotation's own cue, later in its chain, comes first.
  const leads = new Set<number>();
  // A transcript turn ("OKAFOR: … . …") runs to the end of its paragraph.
  let turn = false;
  // A statement set off as a blockquote after "X said:" runs to the blockquote's end.
  let statement = false;
  const flush = (): void => {
    if (group.length > 1) inherit(group, own, result, turn, leads);
    group = [];
    turn = false;
  };
  for (let i = 0; i < views.length; i++) {
    const v = views[i]!;
    const prev = views[i - 1];
    const sameBlock = prev !== undefined && prev.sentence.block === v.sentence.block;
    // "Headteacher Diane Mbeki said the results were the reward … "I could not be prouder …": a quotation opening
    // right after the speaker's reported words in the paragraph is the speaker's too; so is one set off as a
    // blockquote right after them ("Paul Gundersen said the warning could be lifted early." then "> “The worst …”").
    const afterReport =
      prev !== undefined &&
      startsWithOpenQuote(v) &&
      reportedSpeech(own[i - 1]!) &&
      // (A report that quoted its speaker and closed the quotation, "“…,” she told supporters in Portavel.", ends it.)
      (sameBlock ? v.allQuoted && !prev.hasQuote : !prev.hasQuote && document.blocks[v.sentence.block]?.kind === 'blockquote' && document.blocks[prev.sentence.block]?.kind !== 'blockquote');
    if (afterReport) leads.add(i - 1);
    const linked =
      prev !== undefined &&
      ((sameBlock && prev.endsInQuote) ||
        (!sameBlock && prev.endsInQuote && startsWithOpenQuote(v)) ||
        (sameBlock && startsWithOpenQuote(v) && v.allQuoted && prev.hasQuote && own[i - 1]!.attribution !== undefined) ||
        afterReport ||
        (sameBlock && own[i]!.credit === true && prev.hasQuote) ||
        // "Ruiz added:" on a line of its own, then the quotation as the next paragraph.
        (!sameBlock && startsWithOpenQuote(v) && own[i - 1]!.attribution !== undefined && /:\s*$/.test(prev.sentence.text)) ||
        (sameBlock && turn && !own[i]!.label));
    // "In a statement, Thorne said:" then "> I have today offered my resignation …": a blockquote without quotation
    // marks after a report ending in a colon is the statement, every paragraph of it the speaker's own words.
    const quoteBlock = document.blocks[v.sentence.block]?.kind === 'blockquote';
    const prevQuoteBlock = prev !== undefined && document.blocks[prev.sentence.block]?.kind === 'blockquote';
    const statementStart = !linked && prev !== undefined && !sameBlock && quoteBlock && !prevQuoteBlock && own[i - 1]!.attribution !== undefined && /:\s*$/.test(prev.sentence.text);
    if (statementStart) {
      const speaker = i - 1;
      flush();
      group.push(speaker);
      turn = true;
      statement = true;
    } else if (!(statement && quoteBlock && prevQuoteBlock)) {
      statement = false;
      if (!linked) flush();
    }
    if (group.length === 0 && own[i]!.label) turn = true;
    group.push(i);
  }
  flush();
  quotedPosts(document, views, own, result);
  interviewAnswers(document, views, own, result, actors);
  return result;
}

/**
 * An embedded post in a Markdown blockquote: "> All sailings … are cancelled …" then "> — Stena Line
 * (@StenaLineUK) January 21, 2024" as the blockquote's last paragraph. The credit names who wrote every sentence
 * of the blockquote's paragraphs before it that has no cue of its own.
 */
function quotedPosts(document: ArticleDocument, views: readonly SentenceView[], own: SentenceAttribution[], result: SentenceAttribution[]): void {
  for (let i = 0; i < views.length; i++) {
    const credit = own[i]!;
    const block = views[i]!.sentence.block;
    if (!credit.credit || !credit.attribution || document.blocks[block]?.kind !== 'blockquote') continue;
    for (let k = i - 1; k >= 0; k--) {
      const b = views[k]!.sentence.block;
      if (b === block || document.blocks[b]?.kind !== 'blockquote' || b < block - 3) break;
      if (own[k]!.attribution === undefined && result[k]!.attribution === undefined) result[k] = { ...result[k]!, attribution: { ...credit.attribution, inherited: true } };
    }
  }
}

/**
 * Gives the sentences of a chain without a cue of their own the nearest
 * attribution of the chain. In a transcript turn (`turn`: the chain opened
 * with a speaker label) every sentence is the speaker's, cue or not: what a
 * sentence reports itself ("The contractor told us …") becomes a further
 * attribution under the speaker's.
 */
function inherit(group: number[], own: SentenceAttribution[], result: SentenceAttribution[], turn: boolean, leads: ReadonlySet<number>): void {
  const attributed = (k: number): boolean => own[group[k]!]!.attribution !== undefined && !leads.has(group[k]!);
  for (let g = 0; g < group.length; g++) {
    const i = group[g]!;
    const mine = own[i]!.attribution;
    if (mine && (!turn || g === 0)) continue;
    let from: number | undefined = turn ? group[0] : undefined;
    for (let k = g - 1; k >= 0 && from === undefined; k--) if (attributed(k)) from = group[k]!;
    for (let k = g + 1; k < group.length && from === undefined; k++) if (attributed(k)) from = group[k]!;
    // (The reported speech the quotation followed, when the quotation names no speaker of its own.)
    for (let k = g - 1; k >= 0 && from === undefined; k--) if (own[group[k]!]!.attribution) from = group[k]!;
    if (from === undefined) continue;
    const a = own[from]!.attribution!;
    result[i] = {
      attribution: { cue: a.cue, source: a.source, kind: a.kind === 'link' || a.kind === 'footnote' ? a.kind : 'direct', inherited: true },
      belief: own[from]!.belief,
      reported: true,
    };
    const others = [...(mine ? [mine] : []), ...(own[i]!.others ?? [])];
    if (others.length) result[i]!.others = others;
  }
}
