/**
 * A crude lemma for reporting verbs, shared by the cue trainer and the core so
 * both pool "warned", "warns", "warning" under one key ("warn"). It is not a
 * general stemmer: it only has to be consistent with itself.
 */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say',
  told: 'tell', tells: 'tell', telling: 'tell',
  wrote: 'write', written: 'write', writes: 'write', writing: 'write',
  found: 'find', finds: 'find', finding: 'find',
  thought: 'think', thinks: 'think', thinking: 'think',
  saw: 'see', seen: 'see', sees: 'see', seeing: 'see',
  knew: 'know', known: 'know', knows: 'know', knowing: 'know',
  felt: 'feel', feels: 'feel', feeling: 'feel',
  spoke: 'speak', spoken: 'speak', speaks: 'speak', speaking: 'speak',
  sought: 'seek', seeks: 'seek', seeking: 'seek',
  taught: 'teach', held: 'hold', read: 'read', ran: 'run', gave: 'give', given: 'give',
};

/** Lemmas already worked out, per word as given (bounded: the words of a language, not of a document). */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Lower-cased lemma key of one word (`'Warned'` → `'warn'`, `'says'` → `'say'`). */
export function lemmaOf(word: string): string {
  let lemma = memo.get(word);
  if (lemma === undefined) {
    lemma = lemmaOfWord(word);
    if (memo.size < MEMO_LIMIT) memo.set(word, lemma);
  }
  return lemma;
}

function lemmaOfWord(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length > 5 && w.endsWith('ing')) return undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return undouble(w.slice(0, -2));
  if (w.length > 4 && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return stripE(w.slice(0, -1));
  return stripE(w);
}

/** "announce" and "announc(ed)" meet at "announc". */
function stripE(w: string): string {
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** "vetted" → "vet", "called" stays "call". */
function undouble(w: string): string {
  return w.length > 3 && /([bgmnprt])\1$/.test(w) ? w.slice(0, -1) : stripE(w);
}
