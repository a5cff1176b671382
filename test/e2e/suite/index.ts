// The mocha entry point VS Code loads inside the extension host (the
// @vscode/test-electron convention: `run()` resolves or rejects). Used by
// both runners: test-electron and code-server (scripts/e2e/run.mjs).
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Marks the suite's own lines, so the runner can tell them from VS Code's console noise. */
export const linePrefix = '[suite] ';

/** Logs a note from a test (the runner shows it with the reporter's lines). */
export function note(...args: unknown[]): void {
  console.log(linePrefix + format(...args));
}

/** Runs every `*.test.js` next to this file, or those named in MARGINALIA_E2E_GREP. */
export function run(): Promise<void> {
  // Every reporter line goes through Base.consoleLog: prefix them all.
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = note;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.MARGINALIA_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const name of readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // One closing line that scripts/e2e/run.mjs reads.
      const stats = runner.stats;
      note(`e2e suite: ${stats?.passes ?? 0} passed, ${failures} failed, ${stats?.pending ?? 0} skipped`);
      if (failures > 0) reject(new Error(`${failures} end-to-end tests failed.`));
      else resolve();
    });
  });
}
