#!/usr/bin/env node
// `npm run test:e2e`: the extension in a real VS Code, then other editors.
// Picks the runner that works here:
//   - @vscode/test-electron (downloads VS Code) when VS Code's download site
//     answers and a display (or xvfb-run) exists;
//   - otherwise code-server in headless Chromium (../shared/E2E.md), whose
//     tools scripts/e2e/install.sh installs once into .e2e/.
// Scenarios (code-server): suite (mocha suites against this folder), ui
// (hover card, Problems panel, go to definition, outline; screenshots),
// vsix (npm run package, install the .vsix, the same suites against it),
// nvim and emacs (headless Neovim and batch Emacs + Eglot against
// `marginalia lsp --stdio`, through the configurations README shows).
// Usage: node scripts/e2e/run.mjs [--runner auto|code-server|electron]
//        [--only suite,ui,vsix,nvim,emacs] [--update-docs] [--grep TEXT]
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, launchBrowser, runSuite, startCodeServer } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = join(root, 'test-artifacts');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = (opt('--only') ?? 'suite,ui,vsix,nvim,emacs').split(',');
const grep = opt('--grep');
const outDir = process.env.MARGINALIA_E2E_OUT ?? 'out';
const suiteIndex = join(root, outDir, 'test/e2e/suite/index.js');
const log = (m) => console.log(`[e2e] ${m}`);

/** Activation time (ms) measured by each suite scenario, for test-artifacts/activation.json. */
const activation = {};

/** Totals over every scenario, printed as the closing line. */
const totals = { passed: 0, failed: 0, skipped: 0 };
const record = (name, r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  log(`${name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
};

/** Reads the suite's own closing line ("e2e suite: N passed, N failed, N skipped"). */
function suiteCounts(lines, code) {
  for (const line of [...lines].reverse()) {
    const m = /^\[suite\] e2e suite: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(line);
    if (m) return { passed: +m[1], failed: +m[2], skipped: +m[3] };
  }
  return { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

async function canDownloadVsCode() {
  if (!process.env.DISPLAY && spawnSync('sh', ['-c', 'command -v xvfb-run']).status !== 0) return false;
  try {
    const r = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(2500) });
    return r.ok;
  } catch {
    return false;
  }
}

function installTools() {
  const r = spawnSync('bash', [join(root, 'scripts/e2e/install.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error('scripts/e2e/install.sh failed');
  return r.stdout.trim().split('\n').pop();
}

/** One code-server + Chromium session running the mocha suites. */
async function codeServerSuites(tools, name, { vsix } = {}) {
  const runDir = join(artifacts, 'run', name);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const workspace = makeWorkspace(root, join(runDir, 'workspace'));
  const env = { MARGINALIA_E2E_GREP: grep ?? '', MARGINALIA_E2E_RUN_DIR: runDir };
  if (vsix) {
    log(`installing ${vsix} into code-server`);
    log(installExtension(tools, runDir, vsix).split('\n').pop());
    env.MARGINALIA_E2E_EXTENSION_ROOT = join(runDir, 'ext');
  }
  const server = await startCodeServer({ tools, runDir, env, log });
  const browser = await launchBrowser(tools);
  try {
    const { code, lines } = await runSuite({
      browser,
      port: server.port,
      workspace,
      // VS Code runs extensionTestsPath only in extension-development mode:
      // with a .vsix installed, an empty harness extension is "developed".
      extensionDevelopmentPath: vsix ? join(root, 'test/e2e/harness') : root,
      extensionTestsPath: suiteIndex,
      // The suite marks its own messages; the rest is VS Code's console, kept in console.log.
      onLine: (message) => {
        appendFileSync(join(runDir, 'console.log'), `${message}\n`);
        if (message.startsWith('[suite] ')) console.log(message.slice(8).replace(/^/gm, '  '));
      },
    });
    const counts = suiteCounts(lines, code);
    const measured = join(runDir, 'activation.json');
    if (existsSync(measured)) activation[name] = JSON.parse(readFileSync(measured, 'utf8')).activationMs;
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

function packageVsix() {
  log('npm run package');
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run package failed');
  const vsix = join(root, 'marginalia.vsix');
  const mb = statSync(vsix).size / 1024 / 1024;
  log(`marginalia.vsix: ${mb.toFixed(2)} MB (limit 10 MB)`);
  if (mb > 10) throw new Error(`marginalia.vsix is ${mb.toFixed(2)} MB, over the 10 MB limit`);
  return vsix;
}

async function main() {
  const started = Date.now();
  const needsSuite = only.some((o) => o === 'suite' || o === 'vsix');
  if (needsSuite && !existsSync(suiteIndex)) throw new Error(`${suiteIndex} is missing: run \`tsc -b\` first`);
  let runner = opt('--runner') ?? process.env.MARGINALIA_E2E_RUNNER ?? 'auto';
  if (runner === 'auto') runner = (await canDownloadVsCode()) ? 'electron' : 'code-server';
  log(`runner: ${runner}`);

  if (runner === 'electron') {
    const { runElectron } = await import('./electron.mjs');
    record('test-electron', await runElectron({ root, artifacts, suiteIndex, grep }));
  } else {
    const tools = installTools();
    log(`tools: ${tools}`);
    const scenario = async (name, fn) => {
      if (!only.includes(name)) return;
      const t = Date.now();
      try {
        record(name, await fn());
      } catch (error) {
        console.error(error);
        record(name, { passed: 0, failed: 1, skipped: 0 });
      }
      log(`${name} took ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    await scenario('suite', () => codeServerSuites(tools, 'suite'));
    await scenario('ui', async () => (await import('./ui.mjs')).runUi({ root, artifacts, tools, log, updateDocs: args.includes('--update-docs') }));
    await scenario('vsix', () => codeServerSuites(tools, 'vsix', { vsix: packageVsix() }));
  }
  const { runEditor } = await import('./editors.mjs');
  for (const editor of ['nvim', 'emacs']) {
    if (only.includes(editor)) record(editor, await runEditor(editor, { root, artifacts, log }));
  }
  if (Object.keys(activation).length > 0) {
    writeFileSync(join(artifacts, 'activation.json'), JSON.stringify(activation, null, 2) + '\n');
    log(`activation time: ${Object.entries(activation).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ')} (test-artifacts/activation.json)`);
  }
  log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log(`e2e: ${totals.passed} passed, ${totals.failed + 1} failed, ${totals.skipped} skipped`);
  process.exit(1);
});
