// The compatibility page in headless Chromium: it loads offline without
// errors, shows every platform, and its filters, search and details work.
// Run through tests/browser/run.sh, which builds the pages and sets:
//   COMPAT_HTML          the page built from the committed reports
//   COMPAT_PLATFORMS     how many reports that page was built from
//   COMPAT_FIXTURE_HTML  the page built from tests/python/fixtures (3 reports)
//   COMPAT_SHOTS         where the screenshots go
//   COMPAT_NPM_DIR       the npm prefix holding playwright-core
//   CHROMIUM             the browser binary (Debian's /usr/bin/chromium)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run tests/browser/run.sh)`);
  return value;
};
const require = createRequire(join(env('COMPAT_NPM_DIR'), 'package.json'));
const { chromium } = require('playwright-core');

const platforms = Number(env('COMPAT_PLATFORMS'));
const shots = env('COMPAT_SHOTS');

let profile, context;
const problems = []; // console errors, page errors, dialogs, requests that leave file://

async function open(path) {
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('dialog', async (dialog) => { problems.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  page.on('request', (req) => { if (!req.url().startsWith('file:')) problems.push(`request: ${req.url()}`); });
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  return page;
}

let page, fixtures;

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'compat-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: env('CHROMIUM'),
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await open(env('COMPAT_HTML'));
  fixtures = await open(env('COMPAT_FIXTURE_HTML'));
});

after(async () => {
  if (context) await context.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// the probe rows that are rendered: data-area, data-id, whether .differs
const visibleRows = (p) => p.$$eval('#grid tr.probe', (rows) => rows
  .filter((r) => r.getClientRects().length > 0)
  .map((r) => ({ area: r.dataset.area, id: r.dataset.id, differs: r.classList.contains('differs') })));

const reset = async (p) => {
  await p.selectOption('#area-filter', '');
  await p.setChecked('#differs-only', false);
  await p.fill('#search', '');
};

test('both pages load offline without console errors, dialogs or outside requests', async () => {
  await page.screenshot({ path: join(shots, 'compat.png') });
  await fixtures.screenshot({ path: join(shots, 'compat-fixtures.png'), fullPage: true });
  assert.deepEqual(problems, []);
  for (const p of [page, fixtures]) {
    const total = await p.$$eval('#grid tr.probe', (rows) => rows.length);
    assert.ok(total > 0, 'no probe rows');
    assert.equal((await visibleRows(p)).length, total);
  }
});

test('one platform column header per report', async () => {
  const count = (p) => p.$$eval('#grid th.platform', (ths) => ths.filter((th) => th.getClientRects().length > 0).length);
  assert.equal(await count(page), platforms);
  assert.equal(await count(fixtures), 3);
  const cells = await page.$eval('#grid tr.probe', (tr) => tr.querySelectorAll('td.v').length);
  assert.equal(cells, platforms);
});

test('the area filter hides the other areas', async () => {
  await reset(page);
  const areas = await page.$$eval('#area-filter option', (opts) => opts.map((o) => o.value).filter(Boolean));
  assert.ok(areas.length > 1, 'fewer than two areas');
  const area = areas.includes('oob') ? 'oob' : areas[0];
  await page.selectOption('#area-filter', area);
  const rows = await visibleRows(page);
  const expected = await page.$$eval(`#grid tr.probe[data-area="${area}"]`, (r) => r.length);
  assert.ok(rows.length > 0);
  assert.equal(rows.length, expected);
  assert.ok(rows.every((r) => r.area === area));
  const heads = await page.$$eval('#grid tr.area-head',
    (hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => h.dataset.area));
  assert.deepEqual(heads, [area]);
});

test('"only rows that differ" leaves only the .differs rows, and at least one', async () => {
  for (const p of [page, fixtures]) {
    await reset(p);
    const total = await p.$$eval('#grid tr.probe', (r) => r.length);
    await p.setChecked('#differs-only', true);
    const rows = await visibleRows(p);
    const expected = await p.$$eval('#grid tr.probe.differs', (r) => r.length);
    assert.ok(rows.length > 0, 'no differing rows');
    assert.equal(rows.length, expected);
    assert.ok(rows.every((r) => r.differs));
    if (platforms > 1 || p === fixtures) assert.ok(rows.length < total, 'every row differs: nothing was hidden');
  }
  await page.$eval('#main', (m) => m.scrollIntoView());
  await page.screenshot({ path: join(shots, 'compat-differs.png') });
});

test('the search box filters on the probe ID', async () => {
  await reset(page);
  await page.fill('#search', 'send_oob');
  const rows = await visibleRows(page);
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r.id.includes('send_oob')));
  await page.fill('#search', 'no-such-probe-anywhere');
  assert.equal((await visibleRows(page)).length, 0);
  assert.ok(await page.isVisible('#empty'));
});

test('a details row shows the citations and the source link', async () => {
  await reset(fixtures);
  await fixtures.click('#grid tr.probe[data-id="oob/send_oob.stream"] button.more');
  const detail = fixtures.locator('#grid tr.detail');
  assert.equal(await detail.count(), 1);
  const text = await detail.innerText();
  assert.match(text, /unix\(7\) NOTES/);
  assert.match(text, /net\/unix\/af_unix\.c/);
  const href = await detail.locator('a').first().getAttribute('href');
  assert.match(href, /cases\/oob\/send_oob\.c$/);
  await fixtures.fill('#search', 'no-such-probe-anywhere');
  assert.ok(!(await detail.isVisible()), 'the details row stays visible when its probe is filtered out');
  await fixtures.fill('#search', '');
  assert.ok(await detail.isVisible(), 'the open details row did not come back');
});

test('hostile values and citations are shown as text, never run', async () => {
  await reset(fixtures);
  await fixtures.click('#grid tr.probe[data-id="oob/peek_values"] button.more');
  const cells = await fixtures.$$eval('#grid td', (tds) => tds.map((td) => td.textContent));
  assert.ok(cells.includes('<script>alert(1)</script>'), 'the hostile value is not shown verbatim');
  assert.ok(cells.includes('<img/src=x>'), 'the hostile documented value is not shown verbatim');
  assert.ok(cells.some((c) => c.includes('<script>alert("cite")</script>')), 'the hostile citation is not shown');
  assert.equal(await fixtures.$$eval('#grid td script, #grid td b, #grid td img', (e) => e.length), 0);
  assert.deepEqual(problems, []);
});
