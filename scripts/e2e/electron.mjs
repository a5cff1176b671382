// The test-electron runner, for machines that can download VS Code: the same
// mocha suites in desktop VS Code, on the oldest version engines.vscode
// allows and on stable. (This machine cannot download VS Code, so
// scripts/e2e/run.mjs uses code-server here; see ../shared/E2E.md.)
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { makeWorkspace } from './workspace.mjs';

export async function runElectron({ root, artifacts, suiteIndex, grep }) {
  const require = createRequire(import.meta.url);
  const { runTests } = require('@vscode/test-electron');
  const engines = require(join(root, 'package.json')).engines.vscode;
  const oldest = engines.replace(/^[\^~>=]+/, '');
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const version of [oldest, 'stable']) {
    const workspace = makeWorkspace(root, join(artifacts, 'run', `electron-${version}`, 'workspace'));
    try {
      await runTests({
        version,
        extensionDevelopmentPath: root,
        extensionTestsPath: suiteIndex,
        extensionTestsEnv: { MARGINALIA_E2E_GREP: grep ?? '' },
        launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
      });
      counts.passed += 1;
      console.log(`[e2e] VS Code ${version}: suites passed`);
    } catch (error) {
      counts.failed += 1;
      console.error(`[e2e] VS Code ${version}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return counts;
}
