/**
 * Which documents the server reads as articles, and which it refuses to read
 * (too big, binary-looking). The VS Code client already syncs only articles;
 * the server checks again so that other editors (Neovim, Helix …) get the same
 * answer, and because only the server knows `.marginalia.json`'s `ignore`.
 */
import { relative } from 'node:path';
import { matchesAnyGlob } from '../config/glob';
import type { MarginaliaSettings } from './settingsModel';
import { fsPathOf } from './settings';

/** Languages whose files are articles only when a glob says so. */
const GLOBBED_EXTENSIONS = /\.(txt|md|markdown|text)$/i;
/** Names of the `article` language's own files. */
const ARTICLE_EXTENSIONS = /\.article(\.txt|\.md)?$/i;

/** The verdict on one document, with the reason shown when it is skipped. */
export type ArticleVerdict = { article: true } | { article: false; reason: string };

/**
 * Whether a document is an article: the `article` language (or its file
 * extensions) always is; a `.txt`/`.md` file is when it matches no ignore
 * glob and an include
 * glob (relative to the project file's folder, or to a workspace folder, or
 * anywhere for globs starting with `**`).
 */
export function articleVerdict(
  uri: string,
  languageId: string,
  settings: MarginaliaSettings,
  workspaceFolders: readonly string[],
): ArticleVerdict {
  const path = fsPathOf(uri);
  const name = path ?? decodeURIComponent(uri.replace(/^[a-z-]+:/i, ''));
  const { include, ignore, base } = settings.articles;
  const relatives = candidatePaths(name, base ? [base] : workspaceFolders.map((f) => fsPathOf(f) ?? f));
  // The article language is the user's explicit choice ("Read this file as an article"): it wins.
  if (languageId === 'article' || ARTICLE_EXTENSIONS.test(name)) return { article: true };
  if (ignore.length > 0 && relatives.some((p) => matchesAnyGlob(p, ignore))) {
    return { article: false, reason: 'Not read as an article: the project file (.marginalia.json) ignores this file.' };
  }
  if (!GLOBBED_EXTENSIONS.test(name) && languageId !== 'plaintext' && languageId !== 'markdown' && languageId !== 'text') {
    return { article: false, reason: `Not read as an article: only .txt and .md files and the article language are (this is ${languageId}).` };
  }
  if (relatives.some((p) => matchesAnyGlob(p, include))) return { article: true };
  return {
    article: false,
    reason: `Not read as an article: the file matches no pattern of ${base ? 'the project file\'s "include"' : 'marginalia.articles.include'} (${include.join(', ') || 'empty'}). Use "Read this file as an article" or widen the setting.`,
  };
}

/** The path relative to each folder that holds it, plus the whole path (for `**` globs). */
function candidatePaths(path: string, folders: readonly string[]): string[] {
  const whole = path.replace(/\\/g, '/').replace(/^\/+/, '');
  const out = [whole];
  for (const folder of folders) {
    const rel = relative(folder, path).replace(/\\/g, '/');
    if (rel !== '' && !rel.startsWith('..') && !/^[a-z]:/i.test(rel) && !rel.startsWith('/')) out.unshift(rel);
  }
  return out;
}

/** Why a text is too big or binary-looking to read, or undefined when it can be read. */
export function refusalReason(text: string, maxFileSizeMB: number): string | undefined {
  // UTF-16 length is a lower bound of the UTF-8 size and costs nothing to read;
  // the exact count is only needed near the limit.
  const limit = maxFileSizeMB * 1024 * 1024;
  if (text.length > limit / 3) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limit) {
      return `Not analysed: the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${maxFileSizeMB} MB limit (marginalia.maxFileSizeMB).`;
    }
  }
  if (looksBinary(text)) return 'Not analysed: the file looks binary (it holds NUL or many control characters), not like an article.';
  return undefined;
}

/** A NUL, or more than 10% control characters (other than tab and line breaks) in the first 8,000. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
