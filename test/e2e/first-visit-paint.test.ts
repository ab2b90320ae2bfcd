// A first visit's taps made before the scripts arrive: what is painted before hydration (main.tsx,
// early-answer.ts) is never a number or a level the final answers contradict.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { launchOptions, launchPersistent } from './browser';
import { holdScripts, radio, servedApp } from './app';
import { levelsOf, painted, range, ready, recordLines, sinsLine, withProfile } from './first-visit-steps';

const app = servedApp(() => inject('distDir'));
// No service worker: one that took the page would serve the scripts from its cache, past page.route.
const launchNoWorker = (profile: string) => chromium.launchPersistentContext(profile, { ...launchOptions(), serviceWorkers: 'block' });

describe('taps made before the scripts arrive', () => {
  const cases: Array<{ name: string; taps: (p: Page) => Promise<void>; final: RegExp }> = [
    {
      name: 'several SINS answers and a vertebra',
      taps: async (p) => {
        await p.locator('#l1-sins-pain-mechanical').check();
        await p.getByRole('button', { name: 'T12', exact: true }).click();
        await p.locator('#l1-sins-boneLesion-lytic').check();
        await p.locator('#l1-sins-pain-occasional').check();
      },
      final: /^Lesion 1 \(T12\): SINS 6–16 so far, 3 of 6 unanswered$/,
    },
    {
      name: 'a pair of vertebrae the app refuses (T4 then L3)',
      taps: async (p) => {
        await p.getByRole('button', { name: 'T4', exact: true }).click();
        await p.locator('#l1-sins-pain-mechanical').check();
        await p.getByRole('button', { name: 'L3', exact: true }).click();
      },
      final: /^Lesion 1 \(T4\): SINS 4–/,
    },
    {
      name: 'a vertebra then levels typed over it',
      taps: async (p) => {
        await p.getByRole('button', { name: 'L1', exact: true }).click();
        await p.locator('#l1-sins-pain-mechanical').check();
        await p.getByLabel('Type the lesion’s levels').fill('T5');
        await p.keyboard.press('Tab');
      },
      final: /^Lesion 1 \(T5\): SINS 4–/,
    },
    {
      name: 'a SINS answer then an ESCC answer',
      taps: async (p) => {
        await p.getByRole('button', { name: 'C3', exact: true }).click();
        await p.locator('#l1-sins-pain-mechanical').check();
        await radio(p, 'Epidural tumour', 'Yes').check();
        await p.locator('#l1-sins-boneLesion-blastic').check();
      },
      final: /^Lesion 1 \(C3\): SINS 5–/,
    },
  ];
  for (const c of cases) {
    it(`paints no number before hydration that the final answers contradict: ${c.name}`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      await recordLines(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      const release = await holdScripts(page);
      await page.goto(app.server.url, { waitUntil: 'commit' });
      await page.locator('#l1-sins-pain-mechanical').waitFor({ state: 'attached' });
      await c.taps(page);
      release();
      await ready(page);
      await page.getByRole('status').filter({ hasText: c.final }).waitFor({ timeout: 5000 });
      await page.waitForTimeout(300);
      const final = await sinsLine(page);
      const lines = await painted(page);
      const want = range(final);
      const wrong = lines.filter((l) => {
        // A painted range (the line's, the glance's) must hold the final one; a painted level must be the final level.
        const badRange = [range(l.text), range(l.glance)].some((r) => r && want && (r[0] > want[0] || r[1] < want[1]));
        const badLevel = levelsOf(l.text) && levelsOf(l.text) !== levelsOf(final);
        return badRange || badLevel;
      });
      expect(wrong, `final "${final}"; painted ${JSON.stringify(lines)}`).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the visit after a first visit that closed before storage opened', () => {
  /** A first visit whose storage code never arrives: its tap on T5 is left in localStorage as the page goes (leave-key.ts). */
  async function leaveT5(profile: string) {
    const context = await launchNoWorker(profile);
    const page = await context.newPage();
    await page.route(/\.js$/, async (route) => {
      const response = await route.fetch();
      // The storage code (it names the database): not loaded, so storage is not open as the page goes.
      if ((await response.text()).includes('spine-metastasis-calculator')) return route.abort();
      return route.fulfill({ response });
    });
    await page.goto(app.server.url);
    await ready(page);
    await page.getByRole('button', { name: 'T5', exact: true }).click();
    await page.close({ runBeforeUnload: true });
    // The browser stays a moment after the tab (a browser closed at once is another test).
    await context.newPage().then((p) => p.waitForTimeout(500));
    await context.close();
  }

  it('does not answer early a tap that the change the first visit left contradicts', async () => {
    await withProfile(async (profile) => {
      await leaveT5(profile);
      const context = await launchPersistent(profile);
      try {
        await recordLines(context);
        const page = await context.newPage();
        const release = await holdScripts(page);
        await page.goto(app.server.url, { waitUntil: 'commit' });
        await page.getByRole('button', { name: 'L1', exact: true }).click();
        const marks = await page.evaluate(() => Object.keys(localStorage).map((k) => k.replace(/:.*/, ':')).sort().join(' '));
        // The change left, and no mark that answers are saved: main.tsx answers taps early.
        expect(marks).toBe('spine-calculator-leave:');
        release();
        await ready(page);
        // T5 kept; L1 beside it is not one lesion's levels, refused as a tap on T5 would be.
        await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T5\): SINS 1–16 so far/ }).waitFor({ timeout: 5000 });
        const lines = await painted(page);
        // Before hydration: the served line, nothing else (the level painted there, L1, is not the answer).
        const early = lines.filter((l) => !l.ready && l.text !== 'Lesion 1: SINS 0–18 so far, 6 of 6 unanswered');
        expect(early, JSON.stringify(lines)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});

describe('a returning phone, a tap made before the scripts arrive', () => {
  // With answers saved, the early tap is replayed on the empty screen: the phone's bar showed
  // "L1 · SINS 3–18" until the draft (T5) arrived and the app refused L1 beside it ("T5 · SINS
  // 1–16"), in 3 of 3 runs with the storage code 500 ms late. The glances now wait, hidden as the
  // tablet's results do, until the draft is drawn (styles.css).
  it('never shows, even for a paint, levels the saved draft then refuses', async () => {
    await withProfile(async (profile) => {
      let context = await launchNoWorker(profile);
      let page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(app.server.url);
      await ready(page);
      await page.getByRole('button', { name: 'T5', exact: true }).click();
      await page.getByText('Answers are saved on this device').waitFor();
      await page.waitForTimeout(500);
      await page.close({ runBeforeUnload: true });
      await context.newPage().then((p) => p.waitForTimeout(500));
      await context.close();
      context = await launchNoWorker(profile);
      try {
        await context.addInitScript(() => {
          const w = window as unknown as { __seen: string[] };
          w.__seen = [];
          const frame = () => {
            const g = document.querySelector<HTMLElement>('.jump .glance');
            const text = g && g.checkVisibility({ visibilityProperty: true }) ? g.textContent?.trim() ?? '' : '';
            if (text && w.__seen.at(-1) !== text) w.__seen.push(text);
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
        page = await context.newPage();
        await page.setViewportSize({ width: 390, height: 844 });
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        await page.route(/\.js$/, async (route) => {
          await held;
          const response = await route.fetch();
          // A slow phone: the storage code (it names the database), so the saved draft, arrives after hydration.
          if ((await response.text()).includes('spine-metastasis-calculator')) await new Promise((r) => setTimeout(r, 500));
          return route.fulfill({ response });
        });
        await page.goto(app.server.url, { waitUntil: 'commit' });
        await page.getByRole('button', { name: 'L1', exact: true }).click();
        release();
        await ready(page);
        await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T5\): SINS/ }).waitFor({ timeout: 5000 });
        await page.waitForTimeout(300);
        const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
        // L1 is not T5's neighbour: never shown as the lesion's level, and its box not left checked.
        // (Refused on top of the draft, the early tap is not said to be refused: a known gap.)
        expect(seen.filter((t) => t.startsWith('L1')), JSON.stringify(seen)).toEqual([]);
        expect(await page.getByRole('button', { name: 'L1', exact: true }).isChecked()).toBe(false);
      } finally {
        await context.close();
      }
    });
  }, 30_000);
});
