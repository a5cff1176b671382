// UI scenarios in code-server through Chromium, as a reader would do them:
// open the summit sample, hover a name and read the card from the DOM, open
// the Problems panel and count the unsourced-claim entries, go to definition
// with F12 and check the cursor moved, show the outline. Screenshots go to
// test-artifacts/ui/ (and docs/images/ with --update-docs).
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

const SAMPLE = 'summit-report.txt';
/** Screenshots that README shows. */
const FOR_DOCS = ['hover-card.png', 'problems.png', 'outline.png'];

/** Polls `probe` until it returns a truthy value (the page has no events we can await). */
async function until(probe, what, ms = 30_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The screen rectangle of the n-th occurrence of `word` in the editor's rendered lines. */
async function wordBox(page, word, nth = 0) {
  return page.evaluate(
    ({ word, nth }) => {
      let seen = 0;
      for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent.replace(/\u00a0/g, ' ');
          let at = text.indexOf(word);
          while (at >= 0) {
            if (seen++ === nth) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + word.length);
              const r = range.getBoundingClientRect();
              return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
            }
            at = text.indexOf(word, at + 1);
          }
        }
      }
      return null;
    },
    { word, nth },
  );
}

/** "Ln 7, Col 20" from the status bar, as numbers. */
async function cursor(page) {
  const text = await page.locator('[id="status.editor.selection"]').innerText().catch(() => '');
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: +m[1], col: +m[2] } : null;
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

export async function runUi({ root, artifacts, tools, log, updateDocs }) {
  const runDir = join(artifacts, 'run', 'ui');
  const shots = join(artifacts, 'ui');
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const workspace = makeWorkspace(root, join(runDir, 'workspace'));
  const sampleText = readFileSync(join(workspace, 'articles', SAMPLE), 'utf8');
  const lineOf = (needle) => sampleText.slice(0, sampleText.indexOf(needle)).split('\n').length;

  const server = await startCodeServer({ tools, runDir, log });
  const browser = await launchBrowser(tools);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const results = { passed: 0, failed: 0, skipped: 0 };
  const check = async (name, fn) => {
    try {
      await fn();
      results.passed++;
      log(`ui ✓ ${name}`);
    } catch (error) {
      results.failed++;
      log(`ui ✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
      await page.screenshot({ path: join(shots, `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
    }
  };
  try {
    await page.goto(workbenchUrl(server.port, workspace, [['extensionDevelopmentPath', root]]));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });

    await check('open the sample and see the status bar', async () => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`articles/${SAMPLE}`);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      await until(() => wordBox(page, 'Nordic leaders'), 'the sample in the editor');
      const status = await until(async () => {
        const items = await page.locator('.statusbar-item').allInnerTexts();
        return items.find((t) => /\d+ unsourced|^Marginalia$/.test(t.trim()));
      }, 'the Marginalia status-bar item');
      log(`status bar: ${status.trim()}`);
    });

    let hoverCard = '';
    await check('hover a name and read the card', async () => {
      hoverCard = await until(async () => {
        const box = await wordBox(page, 'Halvorsen', 1);
        if (!box) return null;
        await page.mouse.move(box.x - 30, box.y + 40);
        await page.mouse.move(box.x, box.y);
        const hover = page.locator('.monaco-hover-content').first();
        try {
          await hover.waitFor({ state: 'visible', timeout: 3000 });
        } catch {
          return null;
        }
        const text = await hover.innerText();
        return /Person/i.test(text) ? text : null;
      }, 'a hover card on "Halvorsen"');
      log(`hover card: ${hoverCard.replace(/\s+/g, ' ').slice(0, 160)}`);
      await page.screenshot({ path: join(shots, 'hover-card.png') });
    });

    await check('go to definition with F12 moves the cursor', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      // "Halvorsen said …" (line 5) → "Prime Minister Ingrid Halvorsen" (line 3).
      const from = lineOf('Halvorsen said');
      const expected = lineOf('Ingrid Halvorsen');
      const box = await until(() => wordBox(page, 'Halvorsen', 1), '"Halvorsen said" on screen');
      await page.mouse.click(box.x, box.y);
      const before = await until(async () => {
        const c = await cursor(page);
        return c && c.line === from ? c : null;
      }, `the cursor on line ${from} after the click`);
      await page.keyboard.press('F12');
      const after = await until(async () => {
        const c = await cursor(page);
        return c && c.line !== before.line ? c : null;
      }, 'the cursor to move');
      if (after.line !== expected) throw new Error(`cursor on line ${after.line}, expected ${expected}`);
      log(`F12: line ${before.line} → ${after.line}`);
    });

    await check('the Problems panel lists the unsourced claims', async () => {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible' });
      const rows = await until(async () => {
        const texts = await panel.locator('.monaco-list-row').allInnerTexts();
        const claims = texts.filter((t) => /claim\.unsourced/.test(t));
        return claims.length > 0 ? claims : null;
      }, 'unsourced-claim entries in Problems');
      const items = await page.locator('.statusbar-item').allInnerTexts();
      const shown = items.map((t) => /(\d+) unsourced/.exec(t)).find(Boolean);
      log(`Problems: ${rows.length} unsourced-claim entries; status bar: ${shown ? shown[0] : 'no count'}`);
      if (shown && Number(shown[1]) !== rows.length) {
        throw new Error(`status bar says ${shown[1]} unsourced, Problems lists ${rows.length}`);
      }
      await page.screenshot({ path: join(shots, 'problems.png') });
    });

    await check('the outline lists the entities', async () => {
      // Room for the outline: no panel, the file tree folded.
      await runCommand(page, 'View: Close Panel');
      await page.locator('.explorer-folders-view').waitFor({ state: 'visible' });
      await page.locator('.pane-header', { hasText: /^workspace/i }).first().click();
      await runCommand(page, 'Explorer: Focus on Outline View');
      const rows = await until(async () => {
        const texts = await page.locator('.outline-pane .monaco-list-row').allInnerTexts().catch(() => []);
        return texts.length > 1 ? texts : null;
      }, 'outline rows');
      log(`outline: ${rows.slice(0, 8).map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
      await page.screenshot({ path: join(shots, 'outline.png') });
    });
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  if (updateDocs && results.failed === 0) {
    const docs = join(root, 'docs', 'images');
    mkdirSync(docs, { recursive: true });
    for (const name of FOR_DOCS) copyFileSync(join(shots, name), join(docs, name));
    log(`copied ${FOR_DOCS.join(', ')} to docs/images/`);
  }
  return results;
}
