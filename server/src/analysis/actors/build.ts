// Shapes the resolved drafts as SCHEMA.md actors: a stable id, the fullest
// name, the definition (first mention carrying the full name, title
// included) and the mentions in text order.
import type { Actor, Mention, TextSpan } from '../types';
import type { Draft, DraftMention } from './model';
import type { Tok, TokenView } from './tokens';

/** Turns drafts into actors; drafts with no mention left are dropped. `notes` are texts outside prose (footnote definitions). */
export function buildActors(view: TokenView, drafts: Draft[], notes: TextSpan[] = []): Actor[] {
  const ids = new Map<string, number>();
  const idOf = new Map<number, string>();
  drafts.forEach((d, i) => {
    const base = slug(d.fullName) || `actor-${i + 1}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    idOf.set(i, n === 1 ? base : `${base}-${n}`);
  });
  const actors: Actor[] = [];
  drafts.forEach((d, i) => {
    if (!d.mentions.length) return;
    const mentions = dedupe(view, [...d.mentions, ...namedInNotes(d, notes)]);
    const def = definitionOf(view, d, mentions);
    const actor: Actor = {
      id: idOf.get(i) as string,
      name: d.fullName,
      type: d.type,
      definition: { start: def.start, end: def.end },
      mentions: mentions.map((m) => toMention(view, m, idOf)),
    };
    if (d.roleText) actor.role = d.roleText;
    actors.push(actor);
  });
  return actors.sort((a, b) => a.definition.start - b.definition.start);
}

/** Lower-case words joined by hyphens ("Valmora Bankers’ Association" → "valmora-bankers-association"). */
export function slug(name: string): string {
  return asciiSlug(name) ?? name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `slug` of a name of ASCII letters, digits, punctuation and ’ (most names),
 * in one pass: NFKD and the accent strip change nothing there, apostrophes
 * go, every other run of non-alphanumerics is one hyphen, none at the ends.
 * Undefined for any other character (the regexes handle it).
 */
function asciiSlug(name: string): string | undefined {
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) continue;
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out) out += '-';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

/**
 * The mentions in text order, disjoint: of two that share characters the outer
 * one is kept ("the North's leader" over "North's leader"), except that a
 * possessive pronoun opening a description names someone else than the
 * description does ("her 14-year-old [daughter]", "his onetime rival"), so one
 * of the two is not this actor's: the description when it stands in apposition
 * to a name (", her successor, Brazile"), else the pronoun is kept.
 */
function dedupe(view: TokenView, mentions: DraftMention[]): DraftMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DraftMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
    else if (m.kind === 'pronoun' && last.kind === 'description' && m.start === last.start && !inApposition(view.text, last)) out[out.length - 1] = m;
  }
  return out;
}

/** True when a comma and a capitalised word follow the phrase, or a comma precedes it: it stands beside a name. */
function inApposition(text: string, m: { start: number; end: number }): boolean {
  return /^\s*,\s*\p{Lu}/u.test(text.slice(m.end, m.end + 4)) || /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start));
}

/** The first name, title or alias mention whose words hold every word of the full name. */
function definitionOf(view: TokenView, d: Draft, mentions: DraftMention[]): DraftMention {
  const full = d.fullTokens.join(' ');
  const named = mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'description');
  const carries = named.find((m) => words(view, m).includes(full));
  return carries ?? named[0] ?? (mentions[0] as DraftMention);
}

function words(view: TokenView, m: DraftMention): string {
  return view.toks
    .slice(m.first, m.last)
    .filter((t: Tok) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.lower)
    .join(' ');
}

function toMention(view: TokenView, m: DraftMention, idOf: Map<number, string>): Mention {
  const out: Mention = { start: m.start, end: m.end, text: view.text.slice(m.start, m.end), kind: m.kind };
  if (m.candidates && m.candidates.length > 1) out.candidates = m.candidates.map((c) => idOf.get(c) as string);
  return out;
}

/**
 * A footnote definition is not prose, so no tagger reads it, yet it may
 * name an actor in full ("[^1]: Aurelian Institute, “Cost Review”"): the
 * exact full name there is a name mention too.
 */
function namedInNotes(d: Draft, notes: TextSpan[]): DraftMention[] {
  if (d.fullTokens.length < 2) return [];
  const out: DraftMention[] = [];
  for (const note of notes) {
    for (let i = note.text.indexOf(d.fullName); i >= 0; i = note.text.indexOf(d.fullName, i + 1)) {
      // Whole words only: "Lark R" is no name inside "Lark Rivers Trust".
      if (/[\p{L}\p{N}]/u.test(note.text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(note.text[i + d.fullName.length] ?? '')) continue;
      const start = note.start + i;
      out.push({ start, end: start + d.fullName.length, kind: 'name', sentence: -1, first: -1, last: -1, subject: false });
    }
  }
  return out;
}
