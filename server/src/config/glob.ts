/**
 * Glob matching for the `include` / `ignore` lists of `.marginalia.json`.
 * Pure (no node:path) so the core, the server and the CLI share one
 * meaning. Paths are relative to the folder of the project file and use `/`.
 *
 * Supported: `*` (any run of characters except `/`), `**` (any number of
 * folders), `?` (one character except `/`), `[abc]` / `[!abc]` classes and
 * `{a,b}` alternatives (not nested). As in `.gitignore`, a pattern without a
 * `/` matches a file or folder name at any depth (`README.md`, `drafts`), a
 * leading `/` or `./` anchors it to the project folder, and a pattern that matches a
 * folder matches everything inside it.
 */

const cache = new Map<string, RegExp>();

/** True when `relativePath` (or one of the folders that contain it) matches `pattern`. */
export function matchesGlob(relativePath: string, pattern: string): boolean {
  const regex = compile(pattern);
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (regex.test(path)) return true;
  // A pattern naming a folder covers every file below it.
  for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
    if (regex.test(path.slice(0, i))) return true;
  }
  return false;
}

/** True when any of `patterns` matches. */
export function matchesAnyGlob(relativePath: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesGlob(relativePath, p));
}

function compile(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = globToRegExp(pattern);
    cache.set(pattern, regex);
  }
  return regex;
}

/** Translates one glob pattern into an anchored regular expression over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/\\/g, '/');
  if (p.endsWith('/')) p = p.slice(0, -1);
  // `/x` and `./x` both mean "x in the project folder itself".
  const anchored = p.startsWith('/') || p.startsWith('./');
  p = p.replace(/^\.?\//, '');
  // gitignore rule: no slash at all → a name at any depth.
  if (!anchored && !p.includes('/')) p = '**/' + p;
  return new RegExp('^' + translate(p) + '$', 'u');
}

function translate(p: string): string {
  let out = '';
  let i = 0;
  let inBraces = false;
  while (i < p.length) {
    const c = p[i] ?? '';
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atSegmentStart = i === 0 || p[i - 1] === '/';
        const atSegmentEnd = i + 2 >= p.length || p[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          // `**/` matches zero or more whole folders; a trailing `**` anything.
          if (p[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 3;
          } else {
            out += '.*';
            i += 2;
          }
          continue;
        }
        i += 2;
        out += '[^/]*';
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = p.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = p.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        out += (negated ? '[^/' : '[') + body.replace(/[\\\]^]/g, '\\$&') + ']';
        i = close;
      }
    } else if (c === '{' && !inBraces && p.indexOf('}', i) > i) {
      inBraces = true;
      out += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      out += ')';
    } else if (c === ',' && inBraces) {
      out += '|';
    } else {
      out += c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
    }
    i++;
  }
  if (inBraces) out += ')';
  return out;
}
