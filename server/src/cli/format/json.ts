/** `--format json` and `--format jsonl`: exactly the SCHEMA.md shape, through toSchemaJson. */
import { toSchemaJson } from '../../analysis/schema';
import type { AnalyzedFile } from '../model';

/**
 * One object when one FILE was named on the command line, an array when
 * several were (the files that failed are left out; the array may be empty).
 */
export function formatJson(files: readonly AnalyzedFile[], namedFiles: number): string {
  const objects = files.map((f) => toSchemaJson(f.analysis));
  if (namedFiles === 1) return objects.length === 1 ? JSON.stringify(objects[0], null, 2) + '\n' : '';
  return JSON.stringify(objects, null, 2) + '\n';
}

/** One compact object per line, written as each file is done. */
export function formatJsonLine(file: AnalyzedFile): string {
  return JSON.stringify(toSchemaJson(file.analysis)) + '\n';
}
