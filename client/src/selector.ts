import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';
import type { ProjectInclude } from './projectFiles';

/** The default of `marginalia.articles.include`, as package.json declares it. */
export const defaultIncludeGlobs: readonly string[] = ['**/articles/**/*.{txt,md}', '**/news/**/*.{txt,md}'];

/** The languages VS Code gives .txt and .md files; only these can be articles by glob. */
const globbedLanguages = ['plaintext', 'markdown'] as const;

/** Reads `marginalia.articles.include` for one folder (or the window when `scope` is undefined). */
export function includeGlobs(scope: vscode.Uri | undefined): string[] {
  const value = vscode.workspace.getConfiguration('marginalia', scope).get<unknown>('articles.include');
  if (!Array.isArray(value)) return [...defaultIncludeGlobs];
  return value.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
}

/**
 * Which documents are articles, as a language-client selector:
 * - every document of the `article` language (its own extensions, or a file
 *   switched with "Read this file as an article");
 * - .txt / .md files on disk that match a folder's include globs, read for
 *   that folder (a folder may set its own), relative to it;
 * - .txt / .md files matching the `include` globs of a `.marginalia.json`,
 *   relative to the project file's folder;
 * - with no folder open, files matched by the window's globs against the
 *   whole path (the defaults start with `**`, so they work on absolute paths).
 * Nothing else: a code project's README.md or LICENSE.txt matches none of the
 * default globs, so it never lights up unless the user asks for it.
 * Built afresh whenever settings or folders change, never cached globally.
 */
export function articleSelector(projects: readonly ProjectInclude[] = []): DocumentSelector {
  const selector: DocumentSelector = [
    { scheme: 'file', language: 'article' },
    { scheme: 'untitled', language: 'article' },
  ];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const glob of includeGlobs(folder.uri)) {
      for (const language of globbedLanguages) {
        selector.push({ scheme: 'file', language, pattern: { baseUri: folder.uri.toString(), pattern: glob } });
      }
    }
  }
  for (const project of projects) {
    for (const glob of project.include) {
      for (const language of globbedLanguages) {
        selector.push({ scheme: 'file', language, pattern: { baseUri: project.folder.toString(), pattern: glob } });
      }
    }
  }
  // Loose files: only without folders, so that a folder's narrower list is
  // not undone by the window's globs matching the same absolute path.
  if ((vscode.workspace.workspaceFolders ?? []).length > 0) return selector;
  for (const glob of includeGlobs(undefined)) {
    const pattern = glob.startsWith('**/') || glob.startsWith('/') ? glob : `**/${glob}`;
    for (const language of globbedLanguages) selector.push({ scheme: 'file', language, pattern });
  }
  return selector;
}

/**
 * The same selector in VS Code's own shape, to ask `vscode.languages.match`
 * whether a document is an article (the status bar and the lazy start use it).
 */
export function toVsCodeSelector(selector: DocumentSelector): vscode.DocumentFilter[] {
  const filters: vscode.DocumentFilter[] = [];
  for (const filter of selector) {
    if (typeof filter === 'string') {
      filters.push({ language: filter });
      continue;
    }
    if (!('language' in filter) && !('scheme' in filter) && !('pattern' in filter)) continue;
    const f = filter as { language?: string; scheme?: string; pattern?: string | { baseUri: string; pattern: string } };
    const pattern =
      typeof f.pattern === 'object'
        ? new vscode.RelativePattern(vscode.Uri.parse(f.pattern.baseUri), f.pattern.pattern)
        : f.pattern;
    filters.push({
      ...(f.language !== undefined ? { language: f.language } : {}),
      ...(f.scheme !== undefined ? { scheme: f.scheme } : {}),
      ...(pattern !== undefined ? { pattern } : {}),
    });
  }
  return filters;
}
