import type { Directive, Problem } from '../types';

/** Directive names the claims stage understands. */
export const KNOWN_DIRECTIVES: ReadonlySet<string> = new Set(['sourced']);

/**
 * Reads the directive in `text[start, end)`, which holds the inside of a
 * comment (`<!-- … -->`) or of a `// …` line, when it begins with
 * `marginalia:`. Returns undefined for any other comment. An unknown name
 * or a missing reason is reported in `problems`; only known names become
 * directives.
 */
export function readDirective(
  text: string,
  spanStart: number,
  spanEnd: number,
  innerStart: number,
  innerEnd: number,
  problems: Problem[],
): Directive | undefined {
  let i = innerStart;
  while (i < innerEnd && isBlank(text.charCodeAt(i))) i++;
  if (text.slice(i, i + 10).toLowerCase() !== 'marginalia') return undefined;
  i += 10;
  while (i < innerEnd && isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x3a) return undefined;
  i++;
  while (i < innerEnd && isBlank(text.charCodeAt(i))) i++;
  const nameStart = i;
  while (i < innerEnd && isNameChar(text.charCodeAt(i))) i++;
  const name = text.slice(nameStart, i).toLowerCase();
  const rest = text.slice(i, innerEnd).trim();
  const span = { start: spanStart, end: spanEnd };
  if (!KNOWN_DIRECTIVES.has(name)) {
    problems.push({
      code: 'directive.unknown',
      severity: 'warning',
      message: name ? `Unknown Marginalia directive "${name}" (known: ${[...KNOWN_DIRECTIVES].join(', ')}).` : 'A Marginalia directive needs a name, e.g. "marginalia: sourced -- REASON".',
      span,
    });
    return undefined;
  }
  const reason = rest.startsWith('--') ? rest.slice(2).trim() : rest.replace(/^[-–—:]+/, '').trim();
  const directive: Directive = { start: spanStart, end: spanEnd, text: text.slice(spanStart, spanEnd), name };
  if (reason) directive.reason = reason;
  else {
    problems.push({
      code: 'directive.missing-reason',
      severity: 'warning',
      message: `The "${name}" directive should say why, e.g. "marginalia: ${name} -- interview notes, 3 May".`,
      span,
    });
  }
  return directive;
}

/**
 * Finds the HTML comments `<!-- … -->` in `text[from, to)`, calling `found`
 * for each. Stops for good at the first unclosed comment, so many stray
 * `<!--` cost linear time, not quadratic.
 */
export function forEachComment(text: string, from: number, to: number, found: (start: number, end: number) => void): void {
  let i = text.indexOf('<!--', from);
  while (i >= 0 && i < to) {
    const close = text.indexOf('-->', i + 4);
    if (close < 0 || close + 3 > to) return;
    found(i, close + 3);
    i = text.indexOf('<!--', close + 3);
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d;
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d || c === 0x5f || (c >= 0x30 && c <= 0x39);
}
