// Names the model left untagged whose own last word says what they are:
// "the World Food Programme" (sentence-initial "The World" looks like any
// capitalised opening) and, before a lower-case geographic noun, "the Orin
// river". CoNLL's 1996 text has few such bodies and writes rivers as "the
// River X", so the model misses both; the words themselves are evidence
// enough once "the" opens them.
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';
import { isCapitalised } from './normalize';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

type Forms = readonly (readonly string[])[];

/** Last words of an organisation's name ("World Food Programme", "Kashel Liberation Front"). */
const ORG_HEADS = new Set(
  ('programme program fund agency authority commission council organisation organization institute foundation association ' +
    'federation union alliance society trust board committee bureau service ministry department office bank tribunal ' +
    'coalition front corporation directorate inspectorate secretariat administration museum gallery center centre court')
    .split(' '),
);

/** Last words of a school's name: an organisation even where the model reads the building. */
const SCHOOL_HEADS = new Set(['academy', 'college', 'university', 'school']);

/** Lower-case geographic nouns after a name ("the Orin river", "the Kashel hills"). */
const GEO_NOUNS = new Set(['river', 'lake', 'valley', 'mountains', 'hills', 'sea', 'gulf', 'bay', 'island', 'islands', 'desert', 'plateau', 'delta', 'basin', 'peninsula', 'strait', 'canal', 'glacier', 'estuary']);

/** Most words a run may hold. */
const MAX_RUN = 6;

/**
 * The spans with the headed names of each sentence added or retyped
 * (untagged or miscellany words, not all capitals). `knownMisc` tells a word
 * the training text has as a miscellany name ("Arctic", "Welsh"): before a
 * geographic noun it is an adjective ("the Welsh hills"), no place.
 */
export function addHeadedNames(spans: TokenSpan[], forms: Forms, knownMisc: (word: string) => boolean): TokenSpan[] {
  let covered: Map<number, TokenSpan> | undefined;
  const key = (s: number, i: number): number => s * 65536 + i;
  const added: TokenSpan[] = [];
  const dropped = new Set<TokenSpan>();
  forms.forEach((tokens, s) => {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i] !== 'the' && tokens[i] !== 'The') continue;
      let end = i + 1;
      while (end < tokens.length && end - i - 1 < MAX_RUN && isNameWord(tokens[end]!)) end++;
      if (end === i + 1) continue;
      // "the Norwegian Directorate for Civil Protection": an organisation's head takes its "for"/"of" phrase of names.
      end = withNamedComplement(tokens, i + 1, end);
      covered ??= coveredTokens(spans, key);
      // Untagged words, or one span of the model's miscellany ("World Food Programme" read like "World Cup") over exactly them.
      const owners = new Set<TokenSpan>();
      for (let k = i + 1; k < end; k++) {
        const owner = covered.get(key(s, k));
        if (owner) owners.add(owner);
      }
      const misc = owners.size === 1 ? [...owners][0]! : undefined;
      // ("Norwegian" and "Civil Protection", the model's miscellany inside a longer name with an untagged organisation
      // head: the name takes them in.)
      const head = headAt(tokens, i + 1, end);
      const inside = [...owners].every((o) => o.cls === MISC && o.start >= i + 1 && o.end <= end);
      if (owners.size > 0 && inside && end - i - 1 >= 2 && !covered.has(key(s, head)) && ORG_HEADS.has(tokens[head]!.toLowerCase())) {
        for (const o of owners) dropped.add(o);
        added.push({ sentence: s, start: i + 1, end, cls: ORG });
        i = end - 1;
        continue;
      }
      if (owners.size > 1 || (misc && (misc.cls !== MISC || misc.start !== i + 1 || misc.end !== end))) continue;
      const headWord = tokens[head]!.toLowerCase();
      const geo = GEO_NOUNS.has(tokens[end] ?? '') && !(end - i - 1 === 1 && knownMisc(tokens[i + 1]!));
      const cls = end - i - 1 >= 2 && ORG_HEADS.has(headWord) ? ORG : geo ? LOC : undefined;
      if (cls !== undefined && misc) misc.cls = cls;
      else if (cls !== undefined) added.push({ sentence: s, start: i + 1, end, cls });
      i = end - 1;
    }
  });
  // "Hartwell Museum agrees to return …": a person's name does not end in an institution's head; the model reads a
  // headline's capitals as a name and any name before a verb as someone's. The same name typed a place elsewhere ("The
  // Hartwell Museum in Edinburgh will return …") is that organisation too; "arrived at Kelvinside Academy": a school
  // is an institution wherever it stands (CoNLL's text types most so too).
  const { lower } = documentForms(forms);
  const headed: TokenSpan[] = [];
  for (const span of spans) {
    if (span.end - span.start < 2) continue;
    const last = lower[span.sentence]![span.end - 1]!;
    if (ORG_HEADS.has(last)) headed.push(span);
    else if (span.cls === LOC && SCHOOL_HEADS.has(last)) span.cls = ORG;
  }
  if (headed.length) {
    const text = (x: TokenSpan): string => forms[x.sentence]!.slice(x.start, x.end).join(' ');
    for (const span of headed) if (span.cls === PER) span.cls = ORG;
    const organisations = new Set(headed.filter((x) => x.cls === ORG).map(text));
    for (const span of headed) if (span.cls === LOC && organisations.has(text(span))) span.cls = ORG;
  }
  if (added.length === 0) return spans;
  return [...spans.filter((x) => !dropped.has(x)), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** A capitalised word of letters, not all capitals (an all-caps headline says nothing by its capitals). */
function isNameWord(token: string): boolean {
  return isCapitalised(token) && /^\p{Lu}\p{Ll}/u.test(token);
}

function coveredTokens(spans: TokenSpan[], key: (s: number, i: number) => number): Map<number, TokenSpan> {
  const out = new Map<number, TokenSpan>();
  for (const span of spans) for (let i = span.start; i < span.end; i++) out.set(key(span.sentence, i), span);
  return out;
}

/** Words that join an organisation's head to the names of its field ("Directorate for Civil Protection", "Ministry of Health"). */
const NAME_LINKS = new Set(['for', 'of', 'on']);

/** The end of a run of name words `[start, end)` taken on through a "for"/"of" phrase of name words after an organisation head. */
function withNamedComplement(tokens: readonly string[], start: number, end: number): number {
  if (!ORG_HEADS.has(tokens[end - 1]!.toLowerCase()) || !NAME_LINKS.has(tokens[end] ?? '') || !isNameWord(tokens[end + 1] ?? '')) return end;
  let k = end + 1;
  // ("Court of Arbitration for Sport": a second link goes on to the next name word too.)
  while (k < tokens.length && k - start < MAX_RUN + 3 && (isNameWord(tokens[k]!) || ((tokens[k] === 'and' || NAME_LINKS.has(tokens[k]!)) && isNameWord(tokens[k + 1] ?? '')))) k++;
  return k;
}

/** The index of the run's head: the organisation word before a "for"/"of" phrase, else the run's last word. */
function headAt(tokens: readonly string[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) if (NAME_LINKS.has(tokens[k]!) && ORG_HEADS.has(tokens[k - 1]!.toLowerCase())) return k - 1;
  return end - 1;
}
