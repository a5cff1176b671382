// Reading one article from disk with the checks the CLI promises: a missing
// file, a folder, a binary file, invalid UTF-8 and a file over the size limit
// each give one clear message instead of a stack trace or garbage analysis.
import { readFileSync, statSync } from 'node:fs';

/** Either the decoded text, or why the file cannot be analysed. */
export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; message: string };

/** What `stat` says about a path, before reading it. */
export type Presence = { ok: true; size: number } | { ok: false; message: string };

/** Checks that `path` is a readable regular file; `-` (standard input) always is. */
export function checkPresence(path: string): Presence {
  if (path === '-') return { ok: true, size: 0 };
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: 'is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, message: 'is not a regular file' };
    return { ok: true, size: stat.size };
  } catch (error) {
    return { ok: false, message: ioMessage(error) };
  }
}

/**
 * Reads and decodes an article. UTF-8 only, decoded strictly; a byte-order
 * mark is kept as index 0 of the text (SCHEMA.md counts offsets from it).
 */
export function readArticle(path: string, maxBytes: number): ReadResult {
  let bytes: Buffer;
  try {
    // Check the size before reading, so a 2 GB file is never loaded.
    if (path !== '-') {
      const size = statSync(path).size;
      if (size > maxBytes) return { ok: false, message: tooBig(size, maxBytes) };
    }
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    return { ok: false, message: ioMessage(error) };
  }
  if (bytes.length > maxBytes) return { ok: false, message: tooBig(bytes.length, maxBytes) };
  const encoding = decode(bytes);
  if (!encoding.ok) return encoding;
  return { ok: true, text: encoding.text, bytes: bytes.length };
}

/** Decodes UTF-8 strictly; binary data and UTF-16 get their own message. */
export function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'is UTF-16 text; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: `is a binary file (a NUL byte at byte ${nul})` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
}

/** Offset of the first byte that breaks UTF-8 (for the message; the decoder does the real check). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

function tooBig(size: number, maxBytes: number): string {
  const mb = (n: number): string => `${Number((n / 1048576).toPrecision(3))} MB`;
  return (
    `is ${mb(size)} (${size.toLocaleString('en-US')} bytes), over the ${mb(maxBytes)} limit ` +
    '(raise it with --max-size MB or maxFileSizeMB in .marginalia.json)'
  );
}

function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}
