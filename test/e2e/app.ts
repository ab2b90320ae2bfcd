// Shared steps for browser tests: start the built app, open a page, answer by taps.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './browser';

export interface Served {
  url: string;
  origin: string;
  close: () => Promise<unknown>;
}

export async function serveBuild(dir: string, port = 0): Promise<Served> {
  const s = await serve({ dir, port });
  return { ...s, origin: new URL(s.url).origin };
}

export async function openApp(browser: Browser, url: string, viewport = { width: 1180, height: 820 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, problems };
}

/** A radio in a named group, on the page or within one lesion's region. */
export const radio = (scope: Page | Locator, group: string, option: RegExp | string) =>
  scope.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: option });

export async function enterSins13(page: Page) {
  await page.getByRole('button', { name: 'T12', exact: true }).click();
  await radio(page, 'Pain', /^Yes: mechanical pain/).check();
  await radio(page, 'Bone lesion', /^Lytic/).check();
  await radio(page, 'Radiographic spinal alignment', /^De novo deformity/).check();
  await radio(page, 'Vertebral body collapse', /^< 50% collapse/).check();
  await radio(page, 'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint fracture or replacement with tumour)', /^Unilateral/).check();
}

export async function enterEscc3(page: Page) {
  for (const [finding, answer] of [
    ['Epidural tumour', 'Yes'],
    ['Thecal sac deformed', 'Yes'],
    ['Cord abutted', 'Yes'],
    ['Cord compressed', 'Yes'],
    ['CSF visible around the cord', 'No'],
  ] as const) {
    await radio(page, finding, answer).check();
  }
}

export const status = (page: Page, text: RegExp) => page.getByRole('status').filter({ hasText: text });

/** Lesion N's live SINS line, e.g. "Lesion 1 (T12): SINS 13 — instability (13–18)". */
export const sinsStatus = (page: Page, n = 1) => page.getByRole('status').filter({ hasText: new RegExp(`^Lesion ${n}\\b.*: SINS`) });
export const esccStatus = (page: Page, n = 1) => page.getByRole('status').filter({ hasText: new RegExp(`^Lesion ${n}\\b.*: ESCC`) });

export const setHistology = (page: Page, histology: string) => page.getByLabel('Primary tumour (histology)').selectOption(histology);

/** Patient 2 of Kato 2020 as the TES criteria read them: one lesion T12-L2, ECOG 3, no other metastases, stable. */
export async function enterTesPatient(page: Page) {
  await page.getByLabel('Type the lesion’s levels').fill('T12-L2');
  await page.getByRole('button', { name: 'Set' }).click();
  await page.getByLabel('Spinal lesions not scored here').fill('0');
  await radio(page, 'ECOG performance status (now, before treatment)', /^ECOG 3/).check();
  await page.getByLabel('None', { exact: true }).check();
  await radio(page, 'Systemic disease stable', 'Yes').check();
}

export async function closeAll(...things: Array<BrowserContext | undefined>) {
  for (const t of things) await t?.close();
}

/** Serves the built app and launches Chromium for one test file; both closed after it. */
export function servedApp(dir: () => string) {
  const app = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    app.server = await serveBuild(dir());
    app.browser = await launch();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Holds every script of `page` back until the returned function is called: the served page alone. */
export async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
