// Nothing moves after the first paint: from navigation to 6 s, with no tap, the cumulative
// layout shift stays at or under 0.01 on a tablet and a phone (issue 18: notices appearing above
// the form pushed it down 27 then 68 px on a tablet, CLS 0.07; 47 then 122 px on a phone, 0.16).
import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { enterSins13, radio, servedApp, sinsStatus } from './app';

const app = servedApp(() => inject('distDir'));

interface Shift {
  at: number;
  value: number;
  moved: string[];
}

/** Records every layout shift from navigation on (buffered), before any of the page's scripts. */
async function observeShifts(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ startTime: number; value: number; hadRecentInput: boolean; sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> }>) {
        if (e.hadRecentInput) continue;
        const moved = e.sources.map((s) => `${(s.node as Element | undefined)?.className || s.node?.nodeName} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
        w.__shifts.push({ at: Math.round(e.startTime), value: e.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shiftsOf = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);

describe('layout shift after the first paint', () => {
  for (const [width, height, name] of [[1180, 820, 'tablet'], [390, 844, 'phone']] as const) {
    it(`stays at or under 0.01 for 6 s on a ${name} (${width}x${height})`, async () => {
      const context = await app.browser.newContext({ viewport: { width, height } });
      await observeShifts(context);
      const page = await context.newPage();
      await page.goto(app.server.url);
      await page.waitForTimeout(6000);
      // The offline-ready notice, which used to push the form, did arrive in this time.
      expect(await page.getByText('Ready to work offline').isVisible()).toBe(true);
      // Storage's line comes with the first tap on a first visit: it must not push the form
      // either, then or later (shifts within 0.5 s of an input do not count; its space is kept).
      const top = () => page.evaluate(() => (document.getElementById('lesion-1') as HTMLElement).getBoundingClientRect().top + scrollY);
      const before = await top();
      await page.locator('#l1-sins-pain-mechanical').check();
      await page.getByText('Answers are saved on this device').waitFor();
      await page.waitForTimeout(1000);
      expect(await top(), 'lesion 1 moved as storage’s line came').toBe(before);
      const shifts = await shiftsOf(page);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/after-load-${name}.png` });
      expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
      await context.close();
    });
  }

  // A saved draft restored on reload: the results it fills in took space that pushed what
  // follows (CLS 0.13 on a tablet), and a page scrolled down before the reload was restored to
  // that position before the draft arrived, then the content grew above the view (1.1 on a
  // tablet, 1.9 on a phone, and the view 1.8 and 5.7 thousand px from where it was).
  for (const [width, height, name] of [[1180, 820, 'tablet'], [390, 844, 'phone']] as const) {
    for (const scrolled of [false, true]) {
      it(`stays at or under 0.01 for 6 s after a reload with a saved draft of two lesions, ${scrolled ? 'scrolled to lesion 2' : 'at the top'}, on a ${name}`, async () => {
        const context = await app.browser.newContext({ viewport: { width, height } });
        await observeShifts(context);
        const page = await context.newPage();
        await page.goto(app.server.url);
        const l2 = await scoreTwoLesions(page);
        // The taps scrolled the page: put it at the top, or with lesion 2's bone question at the top.
        if (scrolled) await l2.getByRole('group', { name: 'Bone lesion', exact: true }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
        else await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(300);
        const before = scrolled ? await l2.evaluate((e) => Math.round(e.getBoundingClientRect().top)) : 0;
        await page.reload();
        await page.waitForTimeout(6000);
        const shifts = await shiftsOf(page);
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        // The draft was restored (its lines shown), and the view is back where it was.
        expect(await sinsStatus(page, 1).textContent()).toBe('Lesion 1 (T12): SINS 13 — instability (13–18)');
        expect(await sinsStatus(page, 2).textContent()).toMatch(/^Lesion 2 \(L3\): SINS/);
        if (scrolled) expect.soft(Math.abs((await l2.evaluate((e) => e.getBoundingClientRect().top)) - before)).toBeLessThanOrEqual(2);
        mkdirSync('test-results/screenshots', { recursive: true });
        await page.screenshot({ path: `test-results/screenshots/after-reload-${name}${scrolled ? '-scrolled' : ''}.png` });
        expect.soft(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
        await context.close();
      });
    }
  }

  // A new tab on the saved draft keeps no view: the results wait until their height holds.
  it('stays at or under 0.01 for 6 s in a new tab opened on a saved draft of two lesions, on a tablet', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 } });
    await observeShifts(context);
    const first = await context.newPage();
    await first.goto(app.server.url);
    await scoreTwoLesions(first);
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForTimeout(6000);
    const shifts = await shiftsOf(page);
    expect(await sinsStatus(page, 2).textContent()).toMatch(/^Lesion 2 \(L3\): SINS/);
    expect(shifts.reduce((sum, s) => sum + s.value, 0), JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
    await context.close();
  });

  // Nothing to restore, nothing waits: the results show as the scripts take over the page.
  it('shows the results as the scripts run when no answers are saved, and after a New assessment', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 } });
    const page = await context.newPage();
    const shownWithScripts = async () => {
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      return page.locator('#results').isVisible();
    };
    await page.goto(app.server.url);
    expect(await shownWithScripts()).toBe(true);
    await scoreTwoLesions(page);
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page.waitForTimeout(300);
    await page.reload();
    expect(await shownWithScripts()).toBe(true);
    await context.close();
  });

  // The results never stay hidden: without the code that shows them (keep-view.ts), styles.css
  // shows them after 1.2 s, with reduced motion too (a 0 s animation).
  it('shows the results within moments when the code that waits for the draft never arrives, reduced motion too', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await scoreTwoLesions(page);
    await page.route('**/*.js', async (route) => {
      const response = await route.fetch();
      if ((await response.text()).includes('spine-calculator-view')) return route.abort();
      return route.fulfill({ response });
    });
    // Hidden as the scripts have run (answers are saved), then shown all the same.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __atStart: string }).__atStart = getComputedStyle(document.getElementById('results') as Element).visibility;
      }),
    );
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __atStart: string }).__atStart)).toBe('hidden');
    await page.locator('#results').waitFor({ state: 'visible', timeout: 3000 });
    await context.close();
  });
});

/** Two lesions scored by taps (T12, SINS 13; L3), and written to the draft. */
async function scoreTwoLesions(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await enterSins13(page);
  await page.getByRole('button', { name: 'Add lesion' }).click();
  const l2 = page.locator('#lesion-2');
  await l2.getByRole('button', { name: 'L3', exact: true }).click();
  await radio(l2, 'Pain', /^Pain-free lesion/).check();
  await radio(l2, 'Bone lesion', /^Blastic/).check();
  await page.waitForTimeout(300);
  return l2;
}

// A tap's answer moves nothing the next tap aims at: a quick second tap lands where it was aimed
// (WebKit under load lost lesion 2's pain answer when the location's note appeared above it).
describe('a tap moves nothing below it in the lesion', () => {
  const taps = (n: number) => [
    `(//label[contains(@class,"vertebra")][normalize-space()="${n === 1 ? 'T12' : 'L3'}"])[${n}]`,
    ...['pain-mechanical', 'boneLesion-lytic', 'alignment-de-novo-deformity', 'collapse-under-50', 'posterolateral-unilateral'].map((id) => `label[for="l${n}-sins-${id}"]`),
  ];
  for (const [width, height, name] of [[1180, 820, 'tablet'], [390, 844, 'phone']] as const) {
    it(`leaves each next option where it was, lesion 1 and lesion 2, on a ${name}`, async () => {
      const context = await app.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(app.server.url);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      const moved: string[] = [];
      for (const n of [1, 2]) {
        if (n === 2) {
          await page.getByRole('button', { name: 'Add lesion' }).click();
          await page.locator('#l2-levels-input').waitFor();
        }
        const list = taps(n);
        for (let i = 0; i + 1 < list.length; i++) {
          const next = page.locator(list[i + 1] as string);
          await next.scrollIntoViewIfNeeded();
          const y = () => next.evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY));
          const before = await y();
          await page.locator(list[i] as string).click();
          await page.waitForTimeout(400);
          const after = await y();
          if (after !== before) moved.push(`lesion ${n}: ${list[i + 1]} moved ${before}→${after} after tapping ${list[i]}`);
        }
      }
      expect(moved).toEqual([]);
      await context.close();
    });
  }
});
