#!/usr/bin/env node
// Auditor reports opened in real headless Chromium (puppeteer-core drives Debian's chromium).
//
// Usage: node check_html_report.js MEDLINT WORKDIR INPUT...
// Writes `--report-dir WORKDIR/report` for the inputs, then for index.html and one article
// page checks: no console errors, no page errors, no request leaving file://, the table lists
// every file worst first and re-sorts on a header click, the chart has a bar per category,
// every span finding is highlighted and a click shows its explanation. Screenshots of both
// pages are kept in WORKDIR and must be real, non-blank images. Exit 77 (skip) when Chromium
// or puppeteer-core is missing (tools/install-deps.sh installs both).
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(message);
}

async function openPage(browser, url, problems) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push('page error: ' + error.message));
  page.on('requestfailed', (request) => problems.push('request failed: ' + request.url()));
  page.on('request', (request) => {
    if (!request.url().startsWith('file://') && !request.url().startsWith('data:')) problems.push('network request: ' + request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

// A PNG with many distinct pixel values is not blank; count distinct bytes in its data.
function checkScreenshot(file) {
  const data = fs.readFileSync(file);
  check(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), file + ' is not a PNG');
  check(data.readUInt32BE(16) === 1200, file + ' has the wrong width');
  check(data.length > 20000, file + ' is suspiciously small (blank page?)');
}

async function main() {
  const [medlint, workdir, ...inputs] = process.argv.slice(2);
  let puppeteer;
  try {
    // The test tools live in tools/node (tools/install-deps.sh runs npm ci there).
    puppeteer = require(path.join(__dirname, '..', '..', 'tools', 'node', 'node_modules', 'puppeteer-core'));
  } catch (e) {
    console.error('skipped: puppeteer-core not installed');
    process.exit(77);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error('skipped: ' + CHROMIUM + ' not installed');
    process.exit(77);
  }
  const reportDir = path.join(workdir, 'report');
  fs.rmSync(reportDir, { recursive: true, force: true });
  let report;
  try {
    report = execFileSync(medlint, ['check', '--quiet', '--format', 'json', ...inputs], { env: { ...process.env, MEDLINT_TEST: '1' }, maxBuffer: 1 << 28 });
  } catch (e) {
    check(e.status === 1, 'medlint exited with ' + e.status);
    report = e.stdout;
  }
  const json = JSON.parse(report.toString());
  try {
    execFileSync(medlint, ['check', '--quiet', '--report-dir', reportDir, ...inputs], { env: { ...process.env, MEDLINT_TEST: '1' }, stdio: 'ignore' });
  } catch (e) {
    check(e.status === 1, 'medlint exited with ' + e.status);
  }
  const files = json.files;
  check(files.length > 1, 'need several files');
  check(fs.existsSync(path.join(reportDir, 'summary.csv')), 'summary.csv missing');
  const csv = fs.readFileSync(path.join(reportDir, 'summary.csv'), 'utf8').trim().split('\r\n');
  check(csv.length === files.length + 1, 'summary.csv rows: ' + csv.length);

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No background networking: this machine's network is closed and Chromium would keep trying.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
    userDataDir: fs.mkdtempSync(path.join(workdir, 'chromium-profile-')),
  });
  try {
    const problems = [];
    const index = await openPage(browser, 'file://' + path.resolve(reportDir, 'index.html'), problems);
    const rows = await index.$$eval('table.sortable tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.cells).map((td) => td.textContent)));
    check(rows.length === files.length, `index lists ${rows.length} files, expected ${files.length}`);
    // Worst first: error counts (column 2) never increase down the table.
    for (let i = 1; i < rows.length; i++) check(Number(rows[i - 1][2]) >= Number(rows[i][2]), 'index is not worst first');
    const bars = await index.$$eval('.chart .bar', (els) => els.map((e) => [e.dataset.category, e.getBoundingClientRect().width]));
    check(bars.length === 9, 'chart has ' + bars.length + ' bars');
    const spinnerTotal = files.reduce((n, f) => n + f.findings.filter((x) => x.category === 'spinner').length, 0);
    if (spinnerTotal > 0) check(bars.find((b) => b[0] === 'spinner')[1] > 10, 'spinner bar not drawn');
    // Click the "file" header: rows sort by path.
    await index.click('table.sortable th.path');
    await index.click('table.sortable th.path');
    const sorted = await index.$$eval('table.sortable tbody tr td.path', (tds) => tds.map((td) => td.dataset.v));
    check(JSON.stringify(sorted) === JSON.stringify([...sorted].sort((a, b) => a.localeCompare(b))), 'header click did not sort by path');
    await index.screenshot({ path: path.join(workdir, 'index.png'), fullPage: true });
    checkScreenshot(path.join(workdir, 'index.png'));

    // The article with the most span findings.
    const target = files.reduce((best, f) =>
      f.findings.filter((x) => x.scope === 'span').length > best.findings.filter((x) => x.scope === 'span').length ? f : best);
    const href = await index.$$eval('table.sortable tbody tr td.path a', (as, wanted) =>
      as.find((a) => a.textContent === wanted).getAttribute('href'), target.path);
    const page = await openPage(browser, 'file://' + path.resolve(reportDir, href), problems);
    const spans = target.findings.filter((f) => f.scope === 'span');
    const marked = await page.$$eval('mark[data-f]', (ms) => new Set(ms.flatMap((m) => m.dataset.f.split(','))).size);
    check(marked === spans.length, `${marked} findings highlighted, expected ${spans.length}`);
    const text = await page.$eval('pre.source', (pre) => pre.textContent);
    check(text === fs.readFileSync(target.path, 'utf8').replace(/^\uFEFF/, ''), 'the page does not show the article text as it is');
    await page.click('mark[data-f]');
    const detail = await page.$eval('.detail', (d) => ({ hidden: d.hidden, text: d.textContent }));
    check(!detail.hidden && detail.text.length > 40, 'clicking a highlight shows no explanation');
    const title = await page.$eval('mark[data-f]', (m) => m.title);
    check(title.includes('/'), 'highlight has no hover text');
    await page.screenshot({ path: path.join(workdir, 'article.png'), fullPage: false });
    checkScreenshot(path.join(workdir, 'article.png'));
    if (problems.length) fail(problems.join('\n'));
    console.log(`ok: index of ${rows.length} files; ${target.path}: ${spans.length} highlights`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => fail(e.stack || String(e)));
