// A standing measured by a poll: "Trump has a decisive lead in the polls",
// "Clinton led Sanders 2-1 in an NBC News/Marist poll", "Bush remains fourth
// in most surveys". The poll is the source of the standing the clause states,
// as PolNeAR marks it, and a fact-checker checks the figure against that poll.
// documentFrame() reads the same poll when it opens the sentence ("In this
// poll, …"); this reads it where it closes the clause.
import type { CueMatch } from '../lexicon';
import type { SentenceView } from '../view';
import { AUXILIARIES, RELATIVE_PRONOUNS, SUBORDINATORS } from '../words';
import type { TokenRange } from './source';

/** The lemma that marks the cue for sourceOf(). */
export const POLL_LEMMA = 'in poll';

/** The nouns of a poll. */
const POLL_NOUNS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);
/** Marks inside a pollster's name ("NBC News/Wall Street Journal/Marist", "Reuters/Ipsos"). */
const NAME_MARKS = new Set(['/', '-', "'s", '’s', '&', '.']);
/** Words that carry the poll's phrase on after its noun ("polls from Quinnipiac", "a poll of likely voters"). */
const TAIL_OPENERS = new Set(['of', 'from', 'by', 'for']);
/** Most tokens between "in" and the poll's noun ("the RealClearPolitics average of recent Hoosier polls"). */
const MAX_BEFORE_NOUN = 14;
/** Most tokens of the tail after the noun. */
const MAX_TAIL = 8;

/** Index of the poll noun that closes the phrase after "in" at `i`, or -1. */
function pollNounAfter(v: SentenceView, i: number): number {
  for (let k = i + 1; k < v.tokens.length && k <= i + MAX_BEFORE_NOUN; k++) {
    const t = v.tokens[k]!;
    if (v.quoted[k] || v.quoteMark[k]) return -1;
    if (t.kind !== 'word' && t.kind !== 'number') {
      if (NAME_MARKS.has(t.text)) continue;
      return -1;
    }
    const w = v.lower[k]!;
    // "online and snap polls": "and" between two lower-case words joins modifiers; between phrases it ends this one.
    const joinsModifiers = (w === 'and' || w === 'or') && /^[a-z]/.test(v.tokens[k - 1]!.text) && /^[a-z]/.test(v.tokens[k + 1]?.text ?? '') && k > i + 1;
    // ("in Florida to take advantage of Rubio's falling poll numbers", "in five states going to the polls": a "to"
    // opens another phrase; the poll is not where the standing was measured.)
    if (AUXILIARIES.has(w) || SUBORDINATORS.has(w) || RELATIVE_PRONOUNS.has(w) || w === 'to' || ((w === 'and' || w === 'or') && !joinsModifiers)) return -1;
    if (POLL_NOUNS.has(w)) return k;
  }
  return -1;
}

/**
 * "in" before a poll phrase that closes a clause with something before it:
 * a weak cue (any reporting verb of the sentence wins). "In" opening the
 * sentence is documentFrame()'s.
 */
export function pollStanding(v: SentenceView, i: number): CueMatch | undefined {
  if (v.lower[i] !== 'in' || i < 3 || (v.tokens[i - 1]!.kind === 'punct' && v.tokens[i - 1]!.text !== ',')) return undefined;
  // ("has trailed or tied in four of the last five published surveys": polls counted are what the standing is
  // measured over, no one poll that reports it.)
  if (!statesStanding(v, i) || pollNounAfter(v, i) < 0 || countedPolls(v, i + 1)) return undefined;
  return { length: 1, phrase: 'in', lemma: POLL_LEMMA, reliability: 0.25, belief: false };
}

/** True when the poll phrase at `k` counts polls ("four of the last five surveys", "six of seven polls", "most polls" stays a source). */
function countedPolls(v: SentenceView, k: number): boolean {
  return (v.tokens[k]?.kind === 'number' || COUNT_WORDS.has(v.lower[k] ?? '')) && v.lower[k + 1] === 'of';
}

/** Spelled-out counts ("four of the last five"). */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'all', 'each', 'both', 'none']);

/** Words of a standing a poll measures. */
const STANDING_WORDS = new Set(
  'lead leads led leading ahead behind trail trails trailed trailing percent point points margin edge advantage tied tie first second third fourth fifth last front-runner frontrunner support backing approval rating ratings favorability unfavorable favorable popular popularity standing gap double-digit gain gains gained bump surge surged rise rose risen fall fell fallen slip slipped slide slid drop dropped climb climbed jump jumped dip dipped momentum well poorly strongly better worse best worst'.split(' '),
);

/** True when the clause before the cue at `i` states a standing: a standing word or a figure ("He was not included in the poll" states none). */
function statesStanding(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (v.tokens[k]!.kind === 'number' || STANDING_WORDS.has(v.lower[k]!)) return true;
    if (v.tokens[k]!.text === ';') return false;
  }
  return false;
}

/** The poll phrase after the cue "in" at `i`: up to its noun, with a short "of"/"from" tail ("polls from Quinnipiac and Fox News"). */
export function pollSource(v: SentenceView, i: number): TokenRange | undefined {
  const noun = pollNounAfter(v, i);
  if (noun < 0) return undefined;
  let last = noun;
  if (TAIL_OPENERS.has(v.lower[noun + 1] ?? '')) {
    let k = noun + 2;
    while (k < v.tokens.length && k - noun <= MAX_TAIL && (v.tokens[k]!.kind === 'word' || NAME_MARKS.has(v.tokens[k]!.text)) && !SUBORDINATORS.has(v.lower[k]!) && !AUXILIARIES.has(v.lower[k]!)) k++;
    if (k > noun + 2) last = k - 1;
  }
  return { first: i + 1, last };
}
