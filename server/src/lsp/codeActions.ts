/**
 * Quick fixes on `claim.unsourced`:
 * - "Mark as sourced…" appends `<!-- marginalia: sourced -- reason -->` right
 *   after the sentence (the in-text directive both formats understand). A
 *   WorkspaceEdit cannot hold a snippet placeholder unless the client says it
 *   accepts snippet edits (LSP 3.18 `snippetEditSupport`, which VS Code's
 *   client sends): then the reason is a placeholder to type over; otherwise
 *   the word "reason" is inserted and the title says to replace it.
 * - "Insert source…" adds a source inside the sentence, before its final
 *   stop: a Markdown link `[source](https://)` or a footnote `[^n]` with its
 *   definition at the end in Markdown; a `[Source: …]` note in plain text.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Analysis, Claim } from '../analysis/types';
import type { LineIndex } from './convert';
import { flaggedClaims, UNSOURCED_CODE } from './diagnostics';
import { overlaps } from './lookup';
import type { MarginaliaSettings } from './settingsModel';

/** The document and what the client can apply. */
export interface CodeActionContext {
  uri: string;
  version: number;
  analysis: Analysis;
  settings: MarginaliaSettings;
  lines: LineIndex;
  /** The client applies `SnippetTextEdit`s in workspace edits. */
  snippets: boolean;
}

/** One insertion, as plain text and as a snippet. */
interface Insertion {
  offset: number;
  text: string;
  snippet: string;
}

/** Characters that end a sentence and go after an inserted source. */
const FINAL_STOP = /[.!?…]+$/u;
/** Closing quotes and brackets: a sentence that ends with one gets its source after it. */
const CLOSERS = /["'”’»)\]]$/u;

/** The `textDocument/codeAction` handler body. */
export function codeActions(ctx: CodeActionContext, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const range = ctx.lines.span(params.range);
  const actions: CodeAction[] = [];
  for (const claim of flaggedClaims(ctx.analysis, ctx.settings)) {
    const touches = overlaps(claim, range) || (range.start === range.end && claim.start <= range.start && range.start <= claim.end);
    if (!touches) continue;
    const diagnostics = params.context.diagnostics.filter((d) => d.code === UNSOURCED_CODE && sameRange(d.range, ctx.lines.range(claim)));
    actions.push(...claimActions(ctx, claim, diagnostics));
  }
  return actions;
}

/** The fixes for one unsourced claim. */
export function claimActions(ctx: CodeActionContext, claim: Claim, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const stop = sourceOffset(ctx.analysis.document.text, claim);
  if (ctx.analysis.document.format === 'markdown') {
    actions.push(
      action(ctx, 'Insert source… (Markdown link at the end of the sentence)', diagnostics, true, [
        { offset: stop, text: ' [source](https://)', snippet: ' [${1:source}](${2:https://})' },
      ]),
    );
    const label = nextFootnoteLabel(ctx.analysis);
    const text = ctx.analysis.document.text;
    const tail = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    actions.push(
      action(ctx, `Insert source… (footnote [^${label}])`, diagnostics, false, [
        { offset: stop, text: `[^${label}]`, snippet: `[^${label}]` },
        { offset: text.length, text: `${tail}[^${label}]: source\n`, snippet: `${tail}[^${label}]: \${1:source}\n` },
      ]),
    );
  } else {
    actions.push(
      action(ctx, 'Insert source… ([Source: …] note at the end of the sentence)', diagnostics, true, [
        { offset: stop, text: ' [Source: …]', snippet: ' [Source: ${1:who or what}]' },
      ]),
    );
  }
  const title = ctx.snippets ? 'Mark as sourced… (type the reason)' : 'Mark as sourced (then replace “reason” in the comment)';
  actions.push(
    action(ctx, title, diagnostics, false, [
      { offset: claim.end, text: ' <!-- marginalia: sourced -- reason -->', snippet: ' <!-- marginalia: sourced -- ${1:reason} -->' },
    ]),
  );
  return actions;
}

function action(ctx: CodeActionContext, title: string, diagnostics: Diagnostic[], isPreferred: boolean, insertions: Insertion[]): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred, edit: workspaceEdit(ctx, insertions) };
}

function workspaceEdit(ctx: CodeActionContext, insertions: Insertion[]): WorkspaceEdit {
  const at = (offset: number): Range => {
    const position = ctx.lines.positionAt(offset);
    return { start: position, end: position };
  };
  if (!ctx.snippets) {
    const edits: TextEdit[] = insertions.map((i) => ({ range: at(i.offset), newText: i.text }));
    return { changes: { [ctx.uri]: edits } };
  }
  const edits: SnippetTextEdit[] = insertions.map((i) => ({ range: at(i.offset), snippet: { kind: 'snippet', value: i.snippet } }));
  return { documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version }, edits }] };
}

/**
 * Where a source goes: before the sentence's final stop ("… US$41 billion
 * [source](https://)."), so that it is inside the sentence; after a closing
 * quotation mark, never inside the quotation.
 */
export function sourceOffset(text: string, claim: Claim): number {
  const sentence = text.slice(claim.start, claim.end).replace(/\s+$/u, '');
  const end = claim.start + sentence.length;
  if (CLOSERS.test(sentence)) return end;
  const stop = FINAL_STOP.exec(sentence);
  return stop ? end - stop[0].length : end;
}

/** The next free numeric footnote label. */
export function nextFootnoteLabel(analysis: Analysis): number {
  let max = 0;
  const labels = [
    ...analysis.document.footnoteDefinitions.map((f) => f.label),
    ...analysis.document.footnoteReferences.map((f) => f.label),
    ...[...analysis.document.text.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]),
  ];
  for (const label of labels) if (/^\d+$/.test(label)) max = Math.max(max, Number(label));
  return max + 1;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
