// "the Centers for Disease Control and Prevention", "the Right to Fix
// Coalition", "St. Brendan Regional Medical Center": long institutional
// names hold lower-case joiners and abbreviations the model reads as the
// end of a name, tagging a piece ("Control", "Fix Coalition", "St."). After
// "the", a run of capitalised words joined by "for" or "to" up to the piece
// is one name; so is a saint's abbreviation with the name after it.
import type { TokenSpan } from './decoder';

const ORG = 1;
const LOC = 2;

type Forms = readonly (readonly string[])[];

/** Lower-case words that join the parts of a body's name. */
const JOINERS = new Set(['for', 'to']);
/** Heads that make a saint's name a body, not a place ("St. Brendan Regional Medical Center"). */
const BODY_HEADS = new Set(['Center', 'Centre', 'Hospital', 'Church', 'College', 'School', 'University', 'Academy', 'Cathedral', 'Clinic']);

/** Offices "for" a place or a portfolio ("the MP for North Wessex", "the Minister for Housing"). */
const OFFICES = new Set(['MP', 'MPs', 'MEP', 'MSP', 'AM', 'TD', 'Minister', 'Secretary', 'Commissioner', 'Member', 'Senator', 'Representative', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Envoy', 'Ambassador', 'Director', 'Head', 'Chair', 'Chief', 'Officer', 'Councillor', 'Mayor', 'Governor', 'Deputy', 'Shadow', 'Candidate', 'Tsar', 'Czar', 'Champion', 'Ombudsman']);

const capitalised = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}[\p{L}'’-]*$/u.test(w);

/** Long names of bodies mended: joined across "for"/"to" after "the", across "and" once "for" is inside, and after "St.". */
export function longNames(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  for (let n = 0; n < spans.length; n++) {
    const s = spans[n]!;
    const tokens = forms[s.sentence]!;
    // "St." / "Saint" tagged alone with the name right after it: one name.
    const next = spans[n + 1];
    if (s.end - s.start === 1 && /^(St\.|Saint|Ste\.)$/.test(tokens[s.start]!) && next && next.sentence === s.sentence && next.start === s.end) {
      next.start = s.start;
      next.cls = BODY_HEADS.has(tokens[next.end - 1]!) ? ORG : next.cls === ORG ? ORG : LOC;
      s.end = s.start;
      continue;
    }
    if (s.cls !== ORG) continue;
    // Leftwards: capitalised words, and a joiner between two of them, back to "the".
    let first = s.start;
    let joined = false;
    for (;;) {
      const prev = tokens[first - 1];
      if (capitalised(prev) && prev !== 'The') first--;
      else if (prev !== undefined && JOINERS.has(prev) && capitalised(tokens[first - 2]) && tokens[first - 2] !== 'The') {
        first -= 2;
        joined = true;
      } else break;
    }
    // ("the MP for North Wessex", "the Minister for Housing": an office for a place or a portfolio is a title.)
    if (!joined || !/^(the|The)$/.test(tokens[first - 1] ?? '') || OFFICES.has(tokens[first]!)) continue;
    if (spans.some((o) => o !== s && o.sentence === s.sentence && o.end > first && o.start < s.start)) continue;
    s.start = first;
    // Rightwards: "and" and a capitalised word once "for" holds the name together ("Control and Prevention").
    if (tokens[s.end] === 'and' && capitalised(tokens[s.end + 1]) && !spans.some((o) => o.sentence === s.sentence && o.start === s.end + 1)) s.end += 2;
  }
  return spans.filter((s) => s.end > s.start);
}
