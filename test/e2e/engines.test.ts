// The same bedside scenario in Chromium, WebKitGTK and Firefox ESR, on the built app: two
// lesions scored, a reload, the summary copied at the first click, print, a saved case, a
// backup out and in, offline with the server gone; no console error and no CSP violation.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { serveBuild, type Served } from './app';
import { button, chromiumEngine, firefoxEngine, waitFor, webkitEngine, type Engine, type EnginePage } from './engines';

/** Vertebra `v` in lesion `n`'s drawn spine. */
const vertebra = (v: string, n = 1) => `(//label[contains(@class,"vertebra")][normalize-space()="${v}"])[${n}]`;
const option = (id: string) => `label[for="${id}"]`;

/** Lesion 1 at T12, SINS 13 (as in app.ts); lesion 2 at L3, SINS 3. */
async function scoreTwoLesions(page: EnginePage) {
  await page.click(vertebra('T12'));
  for (const id of ['pain-mechanical', 'boneLesion-lytic', 'alignment-de-novo-deformity', 'collapse-under-50', 'posterolateral-unilateral']) await page.click(option(`l1-sins-${id}`));
  await page.click(button('Add lesion'));
  await waitFor(page, 'lesion 2', () => !!document.getElementById('l2-levels-input'));
  await page.click(vertebra('L3', 2));
  for (const id of ['pain-occasional', 'boneLesion-blastic', 'alignment-normal', 'collapse-none', 'posterolateral-none']) await page.click(option(`l2-sins-${id}`));
}

/** Each lesion's live SINS line and the levels shown pressed. */
const screenState = (page: EnginePage) =>
  page.evaluate(() => ({
    sins: [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').filter((t) => /^Lesion \d.*: SINS/.test(t)),
    pressed: [...document.querySelectorAll('.vertebra input[aria-pressed="true"]')].map((e) => e.parentElement?.textContent),
    checked: [...document.querySelectorAll<HTMLInputElement>('.vertebra input')].filter((e) => e.checked).map((e) => e.parentElement?.textContent),
  }));

const SCORED = {
  sins: ['Lesion 1 (T12): SINS 13 — instability (13–18)', 'Lesion 2 (L3): SINS 3 — stable (0–6)'],
  pressed: ['T12', 'L3'],
  checked: ['T12', 'L3'],
};

/** Waits up to 8 s for the screen to show `want`, then compares (showing any difference). */
async function waitForState(page: EnginePage, want: typeof SCORED, what: string) {
  const end = Date.now() + 8000;
  let got = await screenState(page);
  // (Compared as values: WebKitWebDriver returns an object's keys in another order.)
  while (!isDeepStrictEqual(got, want) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    got = await screenState(page);
  }
  expect(got, `${page.engine}: ${what}`).toEqual(want);
}

/** Reads the clipboard inside a click (the only way WebKit and Firefox let a page read it). */
async function readClipboard(page: EnginePage): Promise<string> {
  await page.evaluate(() => {
    const h = document.querySelector('h1')!;
    h.addEventListener('click', () => void navigator.clipboard.readText().then((t) => ((window as unknown as { __clip: string }).__clip = t), (e) => ((window as unknown as { __clip: string }).__clip = `refused: ${e}`)), { once: true });
  });
  await page.click('h1');
  return (await waitFor(page, 'the clipboard', () => (window as unknown as { __clip?: string }).__clip)) ?? '';
}

const toast = (page: EnginePage, text: RegExp) =>
  waitFor(page, `a message ${text}`, (src: string) => [...document.querySelectorAll('[role="status"], [role="alert"]')].map((e) => e.textContent ?? '').find((t) => new RegExp(src).test(t)), 8000, text.source).catch(async () => {
    const all = await page.evaluate(() => [...document.querySelectorAll('[role="status"], [role="alert"]')].map((e) => e.textContent).filter(Boolean));
    throw new Error(`${page.engine}: no message ${text}; shown: ${JSON.stringify(all)}`);
  });

const ENGINES: Array<[string, () => Engine]> = [
  ['Chromium', chromiumEngine],
  ['WebKitGTK', webkitEngine],
  ['Firefox ESR', firefoxEngine],
];

describe.each(ENGINES)('%s', (_name, make) => {
  let engine: Engine;
  let page: EnginePage;
  let server: Served | null = null;
  let port = 0;
  beforeAll(async () => {
    server = await serveBuild(inject('distDir'));
    port = Number(new URL(server.url).port);
    engine = make();
    page = await engine.open();
  });
  afterAll(async () => {
    await page?.close().catch(() => undefined);
    await engine?.close();
    await server?.close();
  });

  it('copies the summary at the first click, before its code has loaded', async () => {
    await page.goto(server!.url);
    await waitFor(page, 'the scripts', () => document.documentElement.dataset.ready === 'true');
    // The first tap of the page: the summary's module starts loading at this very click.
    await page.click(button('Copy summary'));
    const said = await toast(page, /^(Summary copied|Copying was refused)/);
    expect(said, page.engine).toBe('Summary copied: paste it into the clinical note.');
    expect(await readClipboard(page)).toMatch(/^Spinal metastasis assessment[^]*\nLesion 1: SINS 0–18 so far[^]*\nSpinal metastasis calculator e2e-1/);
  });

  it('scores two lesions', async () => {
    await scoreTwoLesions(page);
    expect(await screenState(page)).toEqual(SCORED);
  });

  it('keeps the answers and the levels through a reload', async () => {
    // Let the draft write settle, as a clinician would between taps and a reload.
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await waitFor(page, 'the scripts', () => document.documentElement.dataset.ready === 'true');
      await waitFor(page, 'the draft', () => document.body.textContent?.includes('Lesion 2'), 8000);
      // The draft is restored just after the first paint; an answer lost would show by now.
      await new Promise((r) => setTimeout(r, 300));
      await waitForState(page, SCORED, `reload ${i + 1}`);
    }
  });

  it('copies the scored summary at the first click after a reload', async () => {
    await page.click(button('Copy summary'));
    // The message from the first copy may still be shown: the clipboard's content tells this copy's.
    await new Promise((r) => setTimeout(r, 300));
    const said = await toast(page, /^(Summary copied|Copying was refused)/);
    expect(said, page.engine).toBe('Summary copied: paste it into the clinical note.');
    const text = await readClipboard(page);
    expect(text).toContain('T12');
    expect(text).toMatch(/SINS 13/);
    expect(text).toMatch(/SINS 3\b/);
  });

  it('prints the print sheet', async () => {
    // The print dialog itself cannot be driven: the page's call to print() is counted instead.
    await page.evaluate(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => void (w.__printed += 1);
    });
    await page.click(button('Print'));
    await waitFor(page, 'print()', () => (window as unknown as { __printed: number }).__printed === 1);
    const sheet = await page.evaluate(() => document.querySelector('.print-sheet')?.textContent ?? '');
    expect(sheet).toMatch(/SINS 13/);
    expect(sheet).toMatch(/SINS 3\b/);
  });

  it('saves a case and opens it again', async () => {
    await waitFor(page, 'the saved-cases section', () => !!document.getElementById('case-label'));
    await page.type('#case-label', 'T12 lytic, clinic 3');
    await page.click(button('Save case'));
    await waitFor(page, 'the saved case', () => !!document.querySelector('button[aria-label="Open T12 lytic, clinic 3"]'));
    await page.click(button('New assessment'));
    await waitFor(page, 'an empty assessment', () => !document.body.textContent?.includes('Lesion 1 (T12)'));
    await page.click('button[aria-label="Open T12 lytic, clinic 3"]');
    await waitForState(page, SCORED, 'the case opened');
  });

  it('exports a backup and imports it back', async () => {
    await page.click(button('Export backup'));
    await toast(page, /^Exported 1 case/);
    const file = await page.evaluate(() => (window as unknown as { __e2e: { blobs: Blob[] } }).__e2e.blobs.at(-1)!.text());
    expect(JSON.parse(file).cases?.[0]?.label ?? file).toContain('T12 lytic, clinic 3');
    await page.click('button[aria-label="Delete T12 lytic, clinic 3"]');
    await waitFor(page, 'the case deleted', () => !document.querySelector('button[aria-label="Open T12 lytic, clinic 3"]'));
    // The file chooser cannot be driven alike in the three: the file is handed to the input.
    await page.evaluate((text: string) => {
      const input = document.querySelector<HTMLInputElement>('.backup input[type="file"]')!;
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'backup.json', { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, file);
    await waitFor(page, 'the case imported', () => !!document.querySelector('button[aria-label="Open T12 lytic, clinic 3"]'));
  });

  it('opens offline with the server gone', async () => {
    await waitFor(page, 'the service worker', () => navigator.serviceWorker?.controller !== null, 20_000);
    await server!.close();
    server = null;
    try {
      await page.reload();
      await waitFor(page, 'the scripts', () => document.documentElement.dataset.ready === 'true');
      await waitForState(page, SCORED, 'offline');
    } finally {
      server = await serveBuild(inject('distDir'), port);
    }
  });

  it('on a phone: scores a lesion under the sticky bar and keeps it through a reload', async () => {
    // MiniBrowser's window is at least 447 px wide: WebKit gets the phone layout at that width.
    const width = page.engine === 'webkit' ? 447 : 390;
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot(`test-results/screenshots/engine-${page.engine}-tablet.png`);
    await page.viewport(width, 844);
    await page.click(button('New assessment'));
    await waitFor(page, 'an empty assessment', () => !document.body.textContent?.includes('Lesion 2'));
    await page.click(vertebra('T12'));
    for (const id of ['pain-mechanical', 'boneLesion-lytic', 'alignment-de-novo-deformity', 'collapse-under-50', 'posterolateral-unilateral']) await page.click(option(`l1-sins-${id}`));
    const one = { sins: [SCORED.sins[0]!], pressed: ['T12'], checked: ['T12'] };
    await waitForState(page, one, `scored at ${width} px`);
    await new Promise((r) => setTimeout(r, 300));
    await page.reload();
    await waitFor(page, 'the scripts', () => document.documentElement.dataset.ready === 'true');
    await waitForState(page, one, `reloaded at ${width} px`);
    await page.screenshot(`test-results/screenshots/engine-${page.engine}-phone.png`);
  });

  it('reports no console error and no CSP violation', async () => {
    expect(await page.problems()).toEqual([]);
  });
});
