// Sports results pages make up a large part of CoNLL-2003 (Reuters 1996),
// and there "X met Y", "X beat Y" are clubs. Context features are kept apart
// for such documents, so that in other news "Tokayev met Xi Jinping" is
// judged by what "met" means outside sports. Detection uses only the
// document's own tokens: match scores ("2-1") or a sport named up front.
const SCORE = /^\d{1,3}-\d{1,3}$/;
const SPORTS = new Set(
  ('soccer football cricket tennis golf basketball baseball rugby hockey nfl nba nhl athletics cycling boxing ' +
    'motor racing skiing swimming olympics squash badminton snooker formula').split(' '),
);

/** Whether a document (sentences of token texts) reads like a sports report. */
export function isSportsDocument(sentences: readonly (readonly string[])[]): boolean {
  let scores = 0;
  for (let s = 0; s < sentences.length; s++) {
    for (const token of sentences[s]) {
      // A score starts with a digit: test that first, most tokens are words.
      const c = token.charCodeAt(0);
      if (c >= 48 && c <= 57 && SCORE.test(token) && ++scores >= 2) return true;
      if (s < 2 && SPORTS.has(token.toLowerCase())) return true;
    }
  }
  return false;
}
