// "Carrick Ravens 27-24 Wexmoor": a result line names the two sides of a
// match on either side of its score. The model, meeting an unknown one-word
// team, calls it a person; the score says it is a club, everywhere in the
// report ("Wexmoor led 20-3"). In such a report a team's first word alone is
// its short name ("Carrick have not lost since October 2023").
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';

const PER = 0;
const ORG = 1;
const LOC = 2;

type Forms = readonly (readonly string[])[];

/** A match score ("27-24", "2–1"), not a year range ("2024-25"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const YEAR_RANGE = /^(?:1[5-9]|20)\d\d[-–]\d\d$/;

/** Words that open a broadcaster's name. */
const BROADCAST_WORDS = new Set(['Radio', 'TV', 'Television']);

/** The teams of every result line, typed organisations, with their other mentions and their short names. */
export function scoreLineTeams(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  // ("Radio Carrick", "TV Azteca": a station, never a person, whatever the model makes of the place in it.)
  for (const s of spans) if (s.cls === PER && s.end - s.start > 1 && BROADCAST_WORDS.has(normal[s.sentence]![s.start]!)) s.cls = ORG;
  const teams = new Set<string>();
  const text = (s: TokenSpan): string => normal[s.sentence]!.slice(s.start, s.end).join(' ');
  for (const s of spans) {
    const tokens = normal[s.sentence]!;
    const before = tokens[s.start - 1] ?? '';
    const after = tokens[s.end] ?? '';
    // A name right before or right after a score, with a name on its other side too.
    const scoreAfter = SCORE.test(after) && !YEAR_RANGE.test(after) && spans.some((o) => o.sentence === s.sentence && o.start === s.end + 1);
    const scoreBefore = SCORE.test(before) && !YEAR_RANGE.test(before) && spans.some((o) => o.sentence === s.sentence && o.end === s.start - 1);
    if ((scoreAfter || scoreBefore) && s.cls !== LOC) teams.add(text(s));
  }
  if (teams.size === 0) return spans;
  const firstWords = new Set<string>();
  for (const team of teams) if (team.includes(' ')) firstWords.add(team.slice(0, team.indexOf(' ')));
  // A one-word person that is part of no longer person's name (no "Alan Pryce" beside "Pryce").
  const inPersonNames = new Set<string>();
  for (const s of spans) if (s.cls === PER && s.end - s.start > 1) for (let i = s.start; i < s.end; i++) inPersonNames.add(normal[s.sentence]![i]!);
  for (const s of spans) {
    const t = text(s);
    if (teams.has(t) && s.cls !== LOC) s.cls = ORG;
    else if (s.end - s.start === 1 && s.cls === PER && firstWords.has(t) && !inPersonNames.has(t)) s.cls = ORG;
  }
  return spans;
}
