// Offline, installable and never losing a case, on the built app served locally.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, launchPersistent, watchOtherOrigins } from './browser';
import { enterEscc3, enterSins13, esccStatus, serveBuild, sinsStatus, type Served } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A free port, so the same origin can be served again after the server stops. */
async function freePort(): Promise<number> {
  const s = await serveBuild(inject('distDir'));
  const port = Number(new URL(s.url).port);
  await s.close();
  return port;
}

async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
  await page.getByText('Ready to work offline').waitFor({ timeout: 15_000 });
}

describe('installable', () => {
  it('has a manifest with the fields an install needs, matching the page', async () => {
    const dist = inject('distDir');
    const manifest = JSON.parse(await readFile(join(dist, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone', categories: ['medical'] });
    for (const key of ['name', 'short_name', 'description', 'theme_color', 'background_color']) expect(manifest[key], key).toBeTruthy();
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${manifest.theme_color}"`);
    expect(html).toContain('rel="apple-touch-icon" href="/icons/apple-touch-icon.png"');
    const purposes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const f of [...manifest.icons, ...manifest.screenshots].map((i: { src: string }) => i.src).concat('/icons/apple-touch-icon.png', '/favicon.svg')) {
      const bytes = await readFile(join(dist, f));
      expect(bytes.length, f).toBeGreaterThan(100);
    }
    // Every file the app needs is precached, icons included.
    const sw = await readFile(join(dist, 'sw.js'), 'utf8');
    for (const f of ['index.html', 'manifest.webmanifest', 'icons/icon-512-maskable.png', 'favicon.svg']) expect(sw, f).toContain(`"${f}"`);
    // Every script and style the build emits, the lazy parts (outcomes, prognosis, pictures) too:
    // offline, a part first wanted there must already be cached. (Lazy chunks are named by hash.)
    // (The build-time prerender script never runs in the browser: vite.config.ts leaves it out.)
    const assets = (await readdir(join(dist, 'assets'))).filter((f) => /\.(js|css)$/.test(f) && !f.startsWith('prerender-'));
    expect(assets.length).toBeGreaterThan(10);
    for (const f of assets) expect(sw, f).toContain(`"assets/${f}"`);
  });
});

describe('offline', () => {
  it('takes control, then with the server stopped a reload and a fresh tab both open and score', async () => {
    const port = await freePort();
    let server: Served | null = await serveBuild(inject('distDir'), port);
    const context = await browser.newContext({ viewport: { width: 1180, height: 820 } });
    const others = watchOtherOrigins(context, server.origin);
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForOfflineReady(page);
    // Nothing tapped yet: the outcomes chunk has not been fetched and must come from the cache.
    await server.close();
    server = null;

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await enterSins13(page);
    expect(await sinsStatus(page).textContent()).toBe('Lesion 1 (T12): SINS 13 — instability (13–18)');

    const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.getByRole('heading', { level: 1 }).waitFor();
    // The fresh tab restores the draft the first tab saved.
    await tab.getByRole('status').filter({ hasText: /^Lesion 1 \(T12\): SINS 13 — instability/ }).waitFor({ timeout: 5000 });
    await enterEscc3(tab);
    expect(await esccStatus(tab).textContent()).toMatch(/^Lesion 1 \(T12\): ESCC grade 3 — high grade/);
    // The outcomes chunk came from the cache too.
    await tab.locator('.outcomes-body').or(tab.locator('.outcomes [role="status"]')).first().waitFor();
    expect(others).toEqual([]);
    await context.close();
  });
});

describe('never losing a case', () => {
  it('keeps a saved case when the browser is closed and reopened on the same profile', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'spine-profile-'));
    const server = await serveBuild(inject('distDir'));
    let context: BrowserContext | null = await launchPersistent(profile);
    try {
      let page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      await enterSins13(page);
      await page.getByLabel('Label for this case').fill('T12 lytic, clinic 3');
      await page.getByRole('button', { name: 'Save case' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved “T12 lytic, clinic 3” on this device.' }).waitFor();
      await context.close();

      context = await launchPersistent(profile);
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      const item = page.getByRole('listitem').filter({ hasText: 'T12 lytic, clinic 3' });
      await item.waitFor();
      expect(await item.textContent()).toContain('T12 · SINS 13 · ESCC –');
      // Open it into a new assessment.
      await page.getByRole('button', { name: 'New assessment' }).click();
      await page.getByRole('button', { name: 'Open T12 lytic, clinic 3' }).click();
      expect(await sinsStatus(page).textContent()).toBe('Lesion 1 (T12): SINS 13 — instability (13–18)');
    } finally {
      await context?.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('rejects a malformed backup with a clear message and changes nothing', async () => {
    const server = await serveBuild(inject('distDir'));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    // A first visit: the saved cases open as the clinician scrolls to them.
    await page.getByRole('region', { name: /Saved cases/ }).scrollIntoViewIfNeeded();
    await page.getByLabel('Label for this case').fill('kept');
    await page.getByRole('button', { name: 'Save case' }).click();
    await page.getByRole('listitem').filter({ hasText: 'kept' }).waitFor();
    await page.getByLabel('Import backup').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"spine-metastasis-calculator/backup","version":1,"exportedAt":"x","appBuild":"y","cases":[{}]}') });
    const alert = page.getByRole('alert').filter({ hasText: /problem/ });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^The backup has (a problem|\d+ problems): date of export: expected a date and time as the app writes it \(for example [^)]*\); the file has “x”.*Nothing was imported\.$/);
    await expect(page.locator('.case-list > li').count()).resolves.toBe(1);
    await context.close();
    await server.close();
  });
});

describe('updates', () => {
  it('raises a banner for a new build and updates only on consent, keeping the answers', async () => {
    const port = await freePort();
    let server = await serveBuild(inject('distDir'), port);
    const context = await browser.newContext({ viewport: { width: 1180, height: 820 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForOfflineReady(page);
    await page.getByText('Version e2e-1.').waitFor();
    await enterSins13(page);
    await enterEscc3(page);

    await server.close();
    server = await serveBuild(inject('distDirNext'), port);
    await page.evaluate(() => { (window as unknown as { stillHere: boolean }).stillHere = true; });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('alert').filter({ hasText: 'A new version of the calculator is ready' });
    await banner.waitFor({ timeout: 20_000 });
    // No reload under the clinician's hands.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere, undefined, { timeout: 20_000 });
    await page.getByText('Version e2e-2.').waitFor();
    await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T12\): SINS 13 — instability/ }).waitFor({ timeout: 5000 });
    expect(await esccStatus(page).textContent()).toMatch(/^Lesion 1 \(T12\): ESCC grade 3 — high grade/);
    await context.close();
    await server.close();
  });
});

describe('updates with two tabs open', () => {
  it('the tab that did not look for the update shows the banner too, again after “Later” once another tab updated, and ends on the new version with its answers', async () => {
    const port = await freePort();
    let server = await serveBuild(inject('distDir'), port);
    const context = await browser.newContext({ viewport: { width: 1180, height: 820 } });
    const a = await context.newPage();
    await a.goto(server.url);
    await waitForOfflineReady(a);
    const b = await context.newPage();
    await b.goto(server.url);
    await b.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    await b.getByText('Version e2e-1.').waitFor();
    await enterSins13(b);

    await server.close();
    server = await serveBuild(inject('distDirNext'), port);
    // Only tab A looks for the update.
    await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = (p: Page) => p.getByRole('alert').filter({ hasText: 'A new version of the calculator is ready' });
    await banner(a).waitFor({ timeout: 20_000 });
    await banner(b).waitFor({ timeout: 20_000 });
    // B says "Later"; then A updates. B, left on the old version under the new worker, offers the update again.
    await banner(b).getByRole('button', { name: 'Later' }).click();
    await banner(b).waitFor({ state: 'detached' });
    await a.getByRole('button', { name: 'Update now' }).click();
    await a.getByText('Version e2e-2.').waitFor({ timeout: 20_000 });
    await banner(b).waitFor({ timeout: 20_000 });
    await banner(b).getByRole('button', { name: 'Update now' }).click();
    await b.getByText('Version e2e-2.').waitFor({ timeout: 20_000 });
    await b.getByRole('status').filter({ hasText: /^Lesion 1 \(T12\): SINS 13 — instability/ }).waitFor({ timeout: 5000 });
    await context.close();
    await server.close();
  }, 90_000);
});
