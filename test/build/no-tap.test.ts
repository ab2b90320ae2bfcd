// Issue 22: everything a first visit loads with no tap, until the network is idle, stays within
// 35 KB gzip. What the page itself requests is recorded in Debian's Chromium, on the built app,
// with no service worker (its precache is the worker's download, for offline use, not the
// page's); each file is weighed from the build as the first load is (gzip 9, scripts/serve.mjs).
// The budget's other half: a tap then brings what waited (storage), so nothing was left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { firstLoadSet } from '../../scripts/first-load.mjs';
import { launch } from '../e2e/browser';
import { buildDist } from './build-dist';

const BUDGET_BYTES = 35 * 1024;
let dist = '';
let remove = async () => undefined as unknown;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  ({ dist, remove } = await buildDist('no-tap-'));
  server = await serve({ dir: dist, port: 0 });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await remove();
});

/** The page's own requests for HTML, JS and CSS, as files of the build. */
function record(page: Page): { files: Set<string>; quietFor: () => number } {
  const files = new Set<string>();
  let last = Date.now();
  page.on('request', (r) => {
    last = Date.now();
    const path = new URL(r.url()).pathname;
    if (path === '/') files.add('index.html');
    else if (/\.(js|css|html)$/.test(path)) files.add(path.slice(1));
  });
  page.on('requestfinished', () => (last = Date.now()));
  return { files, quietFor: () => Date.now() - last };
}

const weigh = async (files: Iterable<string>) => {
  const sizes = await Promise.all([...files].map(async (f) => [f, gzipSync(await readFile(join(dist, f)), { level: 9 }).length] as const));
  return { total: sizes.reduce((s, [, b]) => s + b, 0), table: sizes.map(([f, b]) => `${f}: ${(b / 1024).toFixed(2)} KB`).join('; ') };
};

describe('a first visit with no tap', () => {
  it(`loads at most ${BUDGET_BYTES / 1024} KB gzip until the network is idle, and a tap then loads what waited`, async () => {
    for (const viewport of [{ width: 1180, height: 820 }, { width: 390, height: 844 }]) {
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
      const page = await context.newPage();
      const seen = record(page);
      await page.goto(server.url);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      // Idle: 1.5 s with no request after the app took over (the load event's idle work included).
      for (const end = Date.now() + 15_000; Date.now() < end && seen.quietFor() < 1500; ) await page.waitForTimeout(100);
      const { total, table } = await weigh(seen.files);
      expect(total, `${viewport.width}px: ${(total / 1024).toFixed(2)} KB gzip with no tap (${table})`).toBeLessThanOrEqual(BUDGET_BYTES);
      // Nothing but the first load: the rest waits for a tap.
      const firstLoad = (await firstLoadSet(dist)).map((f) => f.file).sort();
      expect([...seen.files].sort()).toEqual(firstLoad);
      const before = seen.files.size;
      await page.locator('#l1-sins-pain-mechanical').check();
      await expect.poll(() => seen.files.size, { timeout: 10_000 }).toBeGreaterThan(before);
      // Storage opened: the header says how the answers are kept.
      await page.getByText(/^Answers are saved on this device/).first().waitFor({ timeout: 10_000 });
      await context.close();
    }
  }, 90_000);
});
