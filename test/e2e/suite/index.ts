// The mocha entry point VS Code loads inside the extension host (the
// @vscode/test-electron convention: `run()` resolves or rejects). Used by
// both runners: test-electron and code-server (scripts/e2e/run.mjs).
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';

/** Runs every `*.test.js` next to this file, or those named in MARGINALIA_E2E_GREP. */
export function run(): Promise<void> {
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
      console.log(`e2e suite: ${stats?.passes ?? 0} passed, ${failures} failed, ${stats?.pending ?? 0} skipped`);
      if (failures > 0) reject(new Error(`${failures} end-to-end tests failed.`));
      else resolve();
    });
  });
}
