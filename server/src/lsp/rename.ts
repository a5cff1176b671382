/**
 * Rename an actor: only the name part of name, alias and title mentions can
 * be renamed ("Xi Jinping" in "President Xi Jinping"); pronouns and
 * descriptions are never touched, and prepareRename refuses anywhere else.
 *
 * The new name replaces every mention that spells the renamed part the same
 * way. Shorter and longer forms follow word by word: renaming "Xi Jinping" to
 * "Li Qiang" turns a bare "Xi" into "Li" (same number of words, same place);
 * renaming "Tokayev" to "Tokaev" turns "Kassym-Jomart Tokayev" into
 * "Kassym-Jomart Tokaev". Forms that share no words (an alias "SCO" when the
 * full name is renamed) are left alone.
 */
import { ErrorCodes, ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Actor, Analysis, Mention, Span } from '../analysis/types';
import type { LineIndex } from './convert';
import { actorMentionAt } from './lookup';

/** Mention kinds whose name part may be renamed. */
const RENAMEABLE = new Set(['name', 'alias', 'title']);

/** What a rename at an offset is about, or why it is refused. */
export type RenameTarget = { actor: Actor; part: Span; text: string } | { refused: string } | undefined;

/** The actor and name part at `offset`; undefined when nothing is there. */
export function renameTarget(analysis: Analysis, offset: number): RenameTarget {
  const hit = actorMentionAt(analysis, offset);
  if (!hit) return undefined;
  const { actor, mention } = hit;
  if (!RENAMEABLE.has(mention.kind)) {
    return { refused: `“${mention.text}” is a ${mention.kind} of ${actor.name}; only names and titles are renamed. Rename from a name.` };
  }
  const part = namePart(analysis, actor, mention);
  if (!part || offset < part.start || offset > part.end) {
    return { refused: `Only the name in “${mention.text}” can be renamed, not the title.` };
  }
  return { actor, part, text: analysis.document.text.slice(part.start, part.end) };
}

/**
 * The name inside a mention: the whole of a name or alias mention; for a
 * title mention, the run of words that the actor's names use ("Xi Jinping"
 * in "President Xi Jinping").
 */
export function namePart(analysis: Analysis, actor: Actor, mention: Mention): Span | undefined {
  if (mention.kind === 'name' || mention.kind === 'alias') return { start: mention.start, end: mention.end };
  if (mention.kind !== 'title') return undefined;
  const known = new Set<string>(words(actor.name).map((w) => w.text));
  for (const m of actor.mentions) if (m.kind === 'name' || m.kind === 'alias') for (const w of words(m.text)) known.add(w.text);
  const inside = words(analysis.document.text.slice(mention.start, mention.end)).filter((w) => known.has(w.text));
  if (!inside.length) return undefined;
  return { start: mention.start + inside[0].start, end: mention.start + inside[inside.length - 1].end };
}

/** The edits renaming `target` to `newName`, one per affected mention, in text order. */
export function renameEdits(analysis: Analysis, target: { actor: Actor; text: string }, newName: string): (Span & { newText: string })[] {
  const oldWords = words(target.text).map((w) => w.text);
  const newWords = words(newName).map((w) => w.text);
  const edits: (Span & { newText: string })[] = [];
  for (const mention of target.actor.mentions) {
    if (!RENAMEABLE.has(mention.kind)) continue;
    const part = namePart(analysis, target.actor, mention);
    if (!part) continue;
    const partText = analysis.document.text.slice(part.start, part.end);
    const partWords = words(partText);
    if (partText === target.text) {
      edits.push({ ...part, newText: newName });
      continue;
    }
    // A shorter form of the renamed name: map word by word when the counts agree.
    const at = indexOfRun(oldWords, partWords.map((w) => w.text));
    if (at >= 0 && oldWords.length === newWords.length) {
      edits.push({ ...part, newText: newWords.slice(at, at + partWords.length).join(' ') });
      continue;
    }
    // A longer form that contains the renamed name: replace just those words.
    const inner = indexOfRun(partWords.map((w) => w.text), oldWords);
    if (inner >= 0) {
      const first = partWords[inner];
      const last = partWords[inner + oldWords.length - 1];
      edits.push({ start: part.start + first.start, end: part.start + last.end, newText: newName });
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** The `textDocument/prepareRename` handler body. */
export function prepareRename(analysis: Analysis | undefined, lines: LineIndex, offset: number): { range: ReturnType<LineIndex['range']>; placeholder: string } | null {
  if (!analysis) return null;
  const target = renameTarget(analysis, offset);
  if (!target) return null;
  if ('refused' in target) throw new ResponseError(ErrorCodes.InvalidRequest, target.refused);
  return { range: lines.range(target.part), placeholder: target.text };
}

/** The `textDocument/rename` handler body. */
export function rename(uri: string, analysis: Analysis | undefined, lines: LineIndex, offset: number, newName: string): WorkspaceEdit | null {
  if (!analysis) return null;
  const target = renameTarget(analysis, offset);
  if (!target) return null;
  if ('refused' in target) throw new ResponseError(ErrorCodes.InvalidRequest, target.refused);
  const name = newName.trim();
  if (!name || /[\r\n]/.test(name)) throw new ResponseError(ErrorCodes.InvalidParams, 'A name must be one line of text.');
  const edits: TextEdit[] = renameEdits(analysis, target, name).map((e) => ({ range: lines.range(e), newText: e.newText }));
  return { changes: { [uri]: edits } };
}

/** Words (runs of non-space) with their offsets. */
function words(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Where `run` starts inside `list` as consecutive items, or -1. */
function indexOfRun(list: string[], run: string[]): number {
  if (!run.length || run.length > list.length) return -1;
  for (let i = 0; i + run.length <= list.length; i++) {
    if (run.every((w, j) => list[i + j] === w)) return i;
  }
  return -1;
}
