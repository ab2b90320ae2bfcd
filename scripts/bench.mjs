// npm run bench: builds the app, serves it locally with gzip, and measures in Debian's Chromium
// under emulated slow 4G (150 ms latency, 1.6 Mbit/s down) and a 4x slower CPU. Reports figures
// against the budgets; it never fails for being slow. Writes bench-results/bench.json.
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { mkdir, rm, writeFile, readdir, copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = resolve('bench-results');
const DIST = resolve('dist');
const STATIC = join(OUT, 'static');
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const BUDGET = { firstLoadKb: 60, firstLoadAimKb: 40, readyRatio: 1.5, offlineOpenMs: 500, tapMs: 50 };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Records when the first answer can be tapped (the first radio button in the document: an
// answer tapped in the prerendered page is kept) and when results go live (the app has taken
// over the page: <html data-ready>).
const READY_PROBE = `
  (() => {
    const mark = () => {
      if (window.__ready === undefined && document.querySelector('input[type="radio"]')) window.__ready = performance.now();
      if (window.__live === undefined && document.documentElement && document.documentElement.dataset.ready === 'true') window.__live = performance.now();
      return window.__ready !== undefined && window.__live !== undefined;
    };
    new MutationObserver((_, o) => { if (mark()) o.disconnect(); }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  })();
`;

async function throttle(page, context, { network = true } = {}) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

async function readyTime(page) {
  await page.waitForFunction(() => window.__ready !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__ready);
}

async function liveTime(page) {
  await page.waitForFunction(() => window.__live !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__live);
}

async function firstLoad(browser, url, { app = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, serviceWorkers: 'block' });
  await context.addInitScript(READY_PROBE);
  const page = await context.newPage();
  const cdp = await throttle(page, context);
  const bytes = new Map();
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const u = urls.get(e.requestId);
    if (u) bytes.set(u, e.encodedDataLength);
  });
  await page.goto(url, { waitUntil: 'load' });
  const ready = await readyTime(page);
  const live = app ? await liveTime(page) : null;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ready, live, bytes };
}

async function tapToResult(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'T12', exact: true }).waitFor();
  await throttle(page, context, { network: false });
  const times = [];
  const options = ['mechanical', 'occasional', 'none', 'mechanical', 'occasional', 'none'];
  for (const value of options) {
    times.push(
      await page.evaluate(
        (v) =>
          new Promise((done) => {
            const out = document.querySelector('.result-sins output');
            const input = document.getElementById(`l1-sins-pain-${v}`);
            const start = performance.now();
            const seen = new MutationObserver(() => {
              seen.disconnect();
              // Painted: the frame after the DOM changed.
              requestAnimationFrame(() => done(performance.now() - start));
            });
            seen.observe(out, { childList: true, characterData: true, subtree: true });
            input.click();
          }),
        value,
      ),
    );
  }
  await context.close();
  return median(times);
}

async function offlineRepeat(browser, dir) {
  const server = await serve({ dir, port: 0 });
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 } });
  await context.addInitScript(READY_PROBE);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  await page.waitForTimeout(500);
  await server.close();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const tab = await context.newPage();
    await throttle(tab, context, { network: false });
    await tab.goto(server.url);
    times.push(await readyTime(tab));
    await tab.close();
  }
  await context.close();
  return median(times);
}

/** The same first screen as plain HTML and CSS with no script: the physical limit. */
async function makeStaticPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
  await page.goto(url);
  await page.getByRole('button', { name: 'T12', exact: true }).waitFor();
  await page.waitForTimeout(300);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.removeAttribute('data-ready');
    doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]').forEach((n) => n.remove());
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await page.close();
  await rm(STATIC, { recursive: true, force: true });
  await mkdir(join(STATIC, 'assets'), { recursive: true });
  await writeFile(join(STATIC, 'index.html'), html);
  for (const f of await readdir(join(DIST, 'assets'))) if (f.endsWith('.css')) await copyFile(join(DIST, 'assets', f), join(STATIC, 'assets', f));
  await copyFile(join(DIST, 'favicon.svg'), join(STATIC, 'favicon.svg'));
}

async function main() {
  console.log('Building…');
  await build({ logLevel: 'warn' });
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const app = await serve({ dir: DIST, port: 0 });
  await makeStaticPage(browser, app.url);
  const plain = await serve({ dir: STATIC, port: 0 });

  const appReady = [];
  const appLive = [];
  const staticReady = [];
  let bytes = new Map();
  for (let i = 0; i < RUNS; i++) {
    const a = await firstLoad(browser, app.url);
    appReady.push(a.ready);
    appLive.push(a.live);
    bytes = a.bytes;
    staticReady.push((await firstLoad(browser, plain.url, { app: false })).ready);
  }
  const tap = await tapToResult(browser, app.url);
  await app.close();
  await plain.close();
  const offline = await offlineRepeat(browser, DIST);
  await browser.close();

  const files = [...bytes.entries()]
    .map(([url, b]) => ({ file: new URL(url).pathname, kb: +(b / 1024).toFixed(2) }))
    .filter((f) => /\.(html|js|css)$/.test(f.file) || f.file === '/')
    .sort((x, y) => y.kb - x.kb);
  const firstLoadKb = +files.reduce((s, f) => s + f.kb, 0).toFixed(1);
  const appMs = Math.round(median(appReady));
  const staticMs = Math.round(median(staticReady));
  const liveMs = Math.round(median(appLive));
  const result = {
    date: new Date().toISOString(),
    conditions: { latencyMs: 150, downMbit: 1.6, cpuSlowdown: CPU_SLOWDOWN, runs: RUNS, chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    firstLoad: { totalKbOnWire: firstLoadKb, files, budgetKb: BUDGET.firstLoadKb, aimKb: BUDGET.firstLoadAimKb },
    readyMs: { app: appMs, staticHtml: staticMs, ratio: +(appMs / staticMs).toFixed(2), budgetRatio: BUDGET.readyRatio, runs: { app: appReady.map(Math.round), staticHtml: staticReady.map(Math.round) } },
    resultsLiveMs: { app: liveMs, ratioToStatic: +(liveMs / staticMs).toFixed(2), runs: appLive.map(Math.round) },
    offlineRepeatOpenMs: { median: Math.round(offline), budget: BUDGET.offlineOpenMs },
    tapToResultMs: { median: +tap.toFixed(1), budget: BUDGET.tapMs },
  };
  await writeFile(join(OUT, 'bench.json'), JSON.stringify(result, null, 2) + '\n');

  const ok = (v, b) => (v <= b ? 'within' : 'OVER');
  console.log('\nFirst load, bytes on the wire (gzip, with headers), by file:');
  console.table(files);
  console.log('');
  console.table([
    { measure: 'First load, HTML+JS+CSS', value: `${firstLoadKb} KB`, budget: `≤ ${BUDGET.firstLoadKb} KB (aim ${BUDGET.firstLoadAimKb})`, verdict: ok(firstLoadKb, BUDGET.firstLoadKb) },
    { measure: 'Ready to tap (app)', value: `${appMs} ms`, budget: '', verdict: '' },
    { measure: 'Ready to tap (static HTML, no script)', value: `${staticMs} ms`, budget: '', verdict: '' },
    { measure: 'Ratio app / static', value: result.readyMs.ratio, budget: `≤ ${BUDGET.readyRatio}`, verdict: ok(result.readyMs.ratio, BUDGET.readyRatio) },
    { measure: 'Results live (app took over the page)', value: `${liveMs} ms`, budget: `(${result.resultsLiveMs.ratioToStatic}× static)`, verdict: '' },
    { measure: 'Repeat open offline (service worker)', value: `${Math.round(offline)} ms`, budget: `< ${BUDGET.offlineOpenMs} ms`, verdict: ok(offline, BUDGET.offlineOpenMs) },
    { measure: 'Tap to updated result (4x CPU)', value: `${tap.toFixed(1)} ms`, budget: `< ${BUDGET.tapMs} ms`, verdict: ok(tap, BUDGET.tapMs) },
  ]);
  console.log(`\nMedians of ${RUNS} runs; written to bench-results/bench.json.`);
}

await main();
