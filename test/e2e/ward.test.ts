// The ward's quick "is this unstable?" on the built app (issue 22): the lesion first, no patient
// section to pass; after the sixth tap the SINS total, its band and the ESCC state are in view on
// a phone, coloured by the more urgent of SINS and ESCC; the fixed bar stays within a quarter of
// the screen at 200% text with four lesions; lesion 2's first SINS answer in at most 12 Tabs.
import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { holdScripts, servedApp } from './app';

const app = servedApp(() => inject('distDir'));
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 1180, height: 820 };
const vertebra = (v: string, n = 1) => `(//label[contains(@class,"vertebra")][normalize-space()="${v}"])[${n}]`;
const SINS_13 = ['pain-mechanical', 'boneLesion-lytic', 'alignment-de-novo-deformity', 'collapse-under-50', 'posterolateral-unilateral'];

async function open(viewport: { width: number; height: number }) {
  const context = await app.browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return { context, page };
}

/** The bar's glance of lesion `n`: its words, its colour class and whether it is wholly in view. */
const glance = (page: Page, n = 1) =>
  page.locator('.jump .glance').nth(n - 1).evaluate((e) => {
    const r = e.getBoundingClientRect();
    const row = e.parentElement!.getBoundingClientRect();
    return { text: (e.textContent ?? '').trim(), cls: e.className, inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= row.left - 1 && r.right <= row.right + 1 };
  });

describe('the ward path', () => {
  for (const [viewport, name] of [[PHONE, 'phone'], [TABLET, 'tablet']] as const) {
    it(`opens on lesion 1's levels, with the patient's questions after the lesions, on a ${name}`, async () => {
      const { context, page } = await open(viewport);
      const top = (sel: string) => page.locator(sel).evaluate((e) => e.getBoundingClientRect().top);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      // The first tap's target (the lesion's levels) is on the first screen, with nothing about the patient before it.
      expect(await top('#l1-levels-input')).toBeLessThan(viewport.height - 60);
      expect(await top('#patient-h')).toBeGreaterThan(await page.locator('#lesion-1').evaluate((e) => e.getBoundingClientRect().bottom));
      await context.close();
    });
  }

  it('at 390×844: the level and five SINS answers (6 taps), then SINS 13, its band and the ESCC state are in view', async () => {
    const { context, page } = await open(PHONE);
    await page.tap(vertebra('T12'));
    for (const id of SINS_13) await page.tap(`label[for="l1-sins-${id}"]`);
    await expect.poll(async () => (await glance(page)).text).toBe('T12 · SINS 13 instability ESCC not assessed');
    const g = await glance(page);
    expect(g.inView).toBe(true);
    expect(g.cls).toContain('band-unstable');
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/ward-phone-after-sins.png' });
    await context.close();
  });

  it('colours a stable spine with high-grade compression by the compression, and says both', async () => {
    const { context, page } = await open(PHONE);
    await page.tap(vertebra('L3'));
    for (const id of ['pain-none', 'boneLesion-blastic', 'alignment-normal', 'collapse-none', 'posterolateral-none']) await page.tap(`label[for="l1-sins-${id}"]`);
    await expect.poll(async () => (await glance(page)).cls).toContain('band-stable');
    await page.locator('label.escc-pic', { has: page.getByRole('radio', { name: /^Grade 2\b/ }) }).locator('svg').tap();
    await expect.poll(async () => (await glance(page)).text).toBe('L3 · SINS 2 stable ESCC 2 high grade');
    const g = await glance(page);
    expect(g.cls).toContain('band-unstable');
    expect(g.inView).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/ward-phone-escc2.png' });
    await context.close();
  });

  it('keeps the fixed bar within a quarter of the screen at 200% text with four lesions', async () => {
    const { context, page } = await open(PHONE);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await page.tap(vertebra('T12'));
    for (const [n, levels] of [[2, 'L3'], [3, 'C5'], [4, 'T2']] as const) {
      await page.getByRole('button', { name: 'Add lesion' }).tap();
      await page.locator(`#l${n}-levels-input`).fill(levels);
      await page.locator(`#l${n}-levels-input`).press('Enter');
    }
    await page.tap(`label[for="l4-sins-pain-mechanical"]`);
    await expect.poll(async () => (await glance(page, 4)).text).toMatch(/^T2 · SINS/);
    const bar = await page.locator('.jump').evaluate((e) => e.getBoundingClientRect().height);
    expect(bar).toBeLessThanOrEqual(PHONE.height / 4);
    // The lesion just answered is the one the bar shows.
    expect((await glance(page, 4)).inView).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/ward-phone-200-four-lesions.png' });
    await context.close();
  });
});

describe('the patient’s form, loaded after the lesions', () => {
  it('draws a restored draft’s answers in the form after a reload, with no tap', async () => {
    const { context, page } = await open(TABLET);
    await page.getByLabel('Age (years)').fill('61');
    await page.getByRole('group', { name: /^ECOG performance status/ }).getByRole('radio', { name: /^ECOG 1\b/ }).check();
    // At the top, the form far below: nothing near it, no tap, to make it draw itself again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect.poll(() => page.locator('#age').evaluate((e) => (e as HTMLInputElement).value)).toBe('61');
    await expect.poll(() => page.locator('#ecog-1').evaluate((e) => (e as HTMLInputElement).checked)).toBe(true);
    await context.close();
  });

  it('takes a change made with no pointer or key (a screen reader’s, or a script’s) before its code arrived', async () => {
    const { context, page } = await open(TABLET);
    // selectOption sends neither a pointer nor a key event: the form's own change starts its code.
    await page.getByLabel('Primary tumour (histology)').selectOption('leiomyosarcoma');
    await page.getByRole('group', { name: 'Where the leiomyosarcoma arose', exact: true }).waitFor({ timeout: 5000 });
    await context.close();
  });
});

describe('a tap as the page first shows', () => {
  // The scripts held back while the served page is tapped; released, the page's code answers
  // the taps from the boxes the browser kept (early-answer.ts) before it hydrates: the line is
  // written, and painted, while the page is not yet the app's, and it is the app's own line.
  for (const [viewport, name] of [[PHONE, 'phone'], [TABLET, 'tablet']] as const) {
    it(`is answered before hydration, with the line the app then keeps, on a ${name}`, async () => {
      const context = await app.browser.newContext({ viewport, hasTouch: true });
      await context.addInitScript(() => {
        const w = window as unknown as { __lines: Array<{ text: string; ready: boolean; glance: string }> };
        w.__lines = [];
        // What each frame paints: read at every animation frame, as the frame is drawn.
        const frame = () => {
          const text = document.querySelector('.result-sins output')?.textContent ?? '';
          if (text && w.__lines.at(-1)?.text !== text) {
            w.__lines.push({ text, ready: document.documentElement.dataset.ready === 'true', glance: (document.querySelector('.jump .glance')?.textContent ?? '').trim() });
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const page = await context.newPage();
      const release = await holdScripts(page);
      await page.goto(app.server.url, { waitUntil: 'commit' });
      await page.locator(vertebra('L1')).tap();
      await page.locator('#l1-sins-pain-mechanical').check();
      await page.locator('#l1-sins-boneLesion-lytic').check();
      release();
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      const line = 'Lesion 1 (L1): SINS 8–18 so far, 3 of 6 unanswered';
      await page.getByRole('status').filter({ hasText: line }).waitFor({ timeout: 5000 });
      const lines = await page.evaluate(() => (window as unknown as { __lines: Array<{ text: string; ready: boolean; glance: string }> }).__lines);
      const first = lines.find((l) => l.text === line);
      expect(first, JSON.stringify(lines)).toMatchObject({ ready: false, glance: 'L1 · SINS 8–18 ESCC not assessed' });
      // Painted: at most the served line, then this one, never the served line again at hydration.
      expect(lines.map((l) => l.text).filter((t) => t !== lines[0]?.text || t === line), JSON.stringify(lines)).toEqual([line]);
      expect(lines.slice(lines.indexOf(first!)).map((l) => l.text), JSON.stringify(lines)).toEqual([line]);
      await context.close();
    });
  }
});

describe('the keyboard', () => {
  it('takes "Add lesion" to the new lesion’s levels in the tap’s own task, not a frame later', async () => {
    const { context, page } = await open(TABLET);
    // A focus a frame later scrolled the page under the next tap (WebKit lost an answer so).
    const focused = await page.evaluate(async () => {
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add lesion')!.click();
      await Promise.resolve();
      await Promise.resolve();
      return document.activeElement?.id;
    });
    expect(focused).toBe('l2-levels-input');
    await context.close();
  });


  for (const [viewport, name] of [[TABLET, 'tablet'], [PHONE, 'phone']] as const) {
    it(`reaches lesion 2's first SINS answer in at most 12 Tab presses, focus visible and clear of the bar, on a ${name}`, async () => {
      const { context, page } = await open(viewport);
      await page.getByRole('button', { name: 'Add lesion' }).click();
      await page.locator('#l2-levels-input').waitFor();
      // From the top of a page that opens with two lesions (the draft restored).
      await page.waitForTimeout(300);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' && !!document.getElementById('l2-levels-input'));
      let tabs = 0;
      const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', name: (document.activeElement as HTMLInputElement | null)?.name ?? '' }));
      while (tabs < 12 && (await focused()).text !== 'Lesion 2: SINS') {
        await page.keyboard.press('Tab');
        tabs += 1;
      }
      await page.keyboard.press('Enter');
      while (tabs < 12 && !(await focused()).name.startsWith('l2-sins-')) {
        await page.keyboard.press('Tab');
        tabs += 1;
      }
      expect((await focused()).name, `after ${tabs} Tab presses`).toMatch(/^l2-sins-/);
      expect(tabs).toBeLessThanOrEqual(12);
      const seen = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const box = (e.closest('label') ?? e).getBoundingClientRect();
        const bar = document.querySelector('.jump')!.getBoundingClientRect();
        const style = getComputedStyle(e);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { ring, clear: bar.height === 0 || getComputedStyle(document.querySelector('.jump')!).display === 'none' || box.bottom <= bar.top, inView: box.top >= 0 };
      });
      expect(seen).toEqual({ ring: true, clear: true, inView: true });
      await context.close();
    });
  }
});
