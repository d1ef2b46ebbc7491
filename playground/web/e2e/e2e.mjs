// End-to-end test of the playground page in headless Chromium (Debian's `chromium`, driven by
// playwright-core; no browser download). Starts the server from the Maven build's classes,
// then does what a student does. `node e2e/e2e.mjs --screenshots DIR` also saves screenshots.
//
// Needs: `mvn -B verify` (or package) run first; chromium at $CHROMIUM or /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shotsAt = process.argv.includes('--screenshots')
  ? resolve(process.argv[process.argv.indexOf('--screenshots') + 1]) : null;
if (shotsAt) mkdirSync(shotsAt, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const classPath = ['playground', 'processor', 'annotations']
  .map((m) => join(repo, m, 'target', 'classes')).join(':');

let failures = 0;
let step = 0;
function check(condition, what) {
  step++;
  console.log(`${condition ? 'ok' : 'FAILED'} ${step} - ${what}`);
  if (!condition) failures++;
}

if (!existsSync(executablePath)) {
  console.error(`e2e: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM)`);
  process.exit(2);
}
if (!existsSync(join(repo, 'playground/target/classes/dev/jborrow/playground/web/app.js'))) {
  console.error('e2e: the playground is not built; run `mvn -B verify` (or package) first');
  process.exit(2);
}

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'jborrow-e2e-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1400, height: 820 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await run(context, server.url);
} catch (e) {
  check(false, `no exception: ${e.stack ?? e}`);
} finally {
  await context.close();
  server.process.kill();
  rmSync(profile, { recursive: true, force: true });
}
console.log(failures ? `e2e: ${failures} of ${step} checks failed` : `e2e: all ${step} checks passed`);
process.exit(failures ? 1 : 0);

async function run(context, url) {
  const page = context.pages()[0] ?? await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('#examples optgroup', { state: 'attached' });
  check(await page.locator('.cm-editor .cm-lineNumbers').count() === 1, 'the editor shows line numbers');

  // Keyboard only: Tab to the examples menu, pick one with the arrows, Tab to Check, Enter.
  for (let i = 0; i < 10 && await page.evaluate(() => document.activeElement?.id) !== 'examples'; i++) {
    await page.keyboard.press('Tab');
  }
  check(await page.evaluate(() => document.activeElement?.id) === 'examples', 'Tab reaches the examples menu');
  await page.keyboard.press('ArrowDown');
  check(await page.locator('#examples').inputValue() === 'book-Ch04_1_Move', 'the arrows pick an example');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement?.id) === 'check', 'Tab goes on to Check');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /error/.test(document.getElementById('status').textContent));
  const report = await page.locator('#report').innerText();
  check(report.includes('error[E0382]: use of moved value: `s1`'), 'Check shows the E0382 report');
  check(report.includes('--> Ch04_1_Move.java:19:28'), 'the report points at the line and column');
  check(await page.locator('#report .red').count() > 0 && await page.locator('#report .blue').count() > 0,
    "the report has rustc's red and blue");
  check(await page.locator('.cm-lintRange-error').count() === 1, 'one error underline in the editor');
  check(await page.locator('.cm-lintRange-info').count() >= 1, 'secondary labels are underlined too');
  const underlined = await page.locator('.cm-lintRange-error').innerText();
  check(underlined === 's1', `the error underline covers \`s1\` (got \`${underlined}\`)`);
  await page.locator('.cm-lintRange-error').hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await tooltip.waitFor();
  const hoverText = await tooltip.innerText();
  check(hoverText.includes('use of moved value: `s1`') && hoverText.includes('value used here after move'),
    'hovering the underline shows the message and its label');
  if (shotsAt) await page.screenshot({ path: join(shotsAt, 'playground-report.png') });

  // The Rust twin with rustc's real output.
  await page.locator('#twin').click();
  const twin = await page.locator('#twin-output').innerText();
  check(twin.includes('error[E0382]: borrow of moved value: `s1`'), "the Rust twin shows rustc's output");
  if (shotsAt) {
    await page.locator('#twin-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsAt, 'playground-twin.png') });
  }

  // The code links to its explanation in a side panel; Escape closes it.
  await page.locator('#report a.code[data-code="E0382"]').first().click();
  await page.locator('#explain-panel h1').waitFor();
  check((await page.locator('#explain-panel h1').innerText()).startsWith('E0382'), 'the code opens its explanation');
  check(await page.locator('#explain-panel pre').count() > 0, 'the explanation shows its examples as code');
  if (shotsAt) await page.screenshot({ path: join(shotsAt, 'playground-explain.png') });
  await page.keyboard.press('Escape');
  check(await page.locator('#explain-panel').isHidden(), 'Escape closes the explanation');

  // Fix the program in the editor (s2 owns the text now) and check again with Ctrl+Enter.
  const fixed = (await editorText(page)).replace('s1.toString() + ", world!"', 's2.toString() + ", world!"');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(fixed);
  check(await editorText(page) === fixed, 'the edit is in the editor');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => /No errors/.test(document.getElementById('status').textContent));
  check(!(await page.locator('#report').innerText()).includes('error'), 'the fixed program gets a clean report');
  check(await page.locator('.cm-lintRange-error, .cm-lintRange-info').count() === 0, 'the underlines are gone');

  // A share link carries the program in its fragment; a new tab opens it as it was.
  await page.locator('#share').click();
  const link = await page.locator('#share-link').inputValue();
  check(/#code=[A-Za-z0-9_-]+$/.test(link), 'Share makes a link with the program in the fragment');
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForSelector('.cm-content');
  check(await editorText(other) === fixed, 'the share link opens the same program');
  await other.close();

  // A narrow window: one column, the editor above the results.
  await page.setViewportSize({ width: 480, height: 900 });
  const editorBox = await page.locator('#editor-pane').boundingBox();
  const outputBox = await page.locator('#output-pane').boundingBox();
  check(outputBox.y >= editorBox.y + editorBox.height - 1 && outputBox.width > 400,
    'on a narrow window the results stack under the editor');
  if (shotsAt) {
    await page.locator('#examples').selectOption('book-Ch08_1_Vector');
    await page.locator('#check').click();
    await page.waitForFunction(() => /error/.test(document.getElementById('status').textContent));
    await page.screenshot({ path: join(shotsAt, 'playground-narrow.png'), fullPage: true });
  }
  check(pageErrors.length === 0, `no errors in the page's console ${pageErrors.join('; ')}`);
}

async function editorText(page) {
  return page.locator('.cm-content .cm-line').evaluateAll((lines) => lines.map((l) => l.textContent).join('\n'));
}

function startServer() {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(java, ['-cp', classPath, 'dev.jborrow.playground.Playground', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveServer, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/\S+\//.exec(out);
      if (m) resolveServer({ url: m[0], process: child });
    });
    child.on('exit', (code) => reject(new Error(`the server stopped (${code}): ${out}`)));
  });
}
