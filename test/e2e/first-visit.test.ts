// A first visit (nothing on the device): taps answered before hydration, storage opened late,
// the page closed or reloaded at once, two tabs, and nothing moving as storage arrives.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from './browser';
import { radio, servedApp } from './app';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const app = servedApp(() => inject('distDir'));
const ready = (p: Page) => p.waitForFunction(() => document.documentElement.dataset.ready === 'true');
const sinsLine = (p: Page) => p.evaluate(() => document.querySelector('.result-sins output')?.textContent ?? '');

/** What the device holds: localStorage and the saved draft, for a failure's message. */
const stored = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<string>((done) => {
        const ls = JSON.stringify(Object.keys(localStorage));
        const r = indexedDB.open('spine-metastasis-calculator');
        r.onerror = () => done(`${ls} no database`);
        r.onsuccess = () => {
          const q = r.result.transaction('draft').objectStore('draft').getAll();
          q.onsuccess = () => done(`${ls} draft ${JSON.stringify(q.result)}`);
          q.onerror = () => done(`${ls} draft unread`);
        };
      }),
  );

async function withProfile<T>(fn: (profile: string) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'calc-first-'));
  try {
    return await fn(profile);
  } finally {
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

describe('a first visit closed or reloaded straight after its first tap', () => {
  it('keeps the vertebra and the answer tapped 0–50 ms before the tab closes, on a fresh profile each time', async () => {
    const lost: string[] = [];
    for (const wait of [0, 50]) {
      await withProfile(async (profile) => {
        const context = await launchPersistent(profile);
        const page = await context.newPage();
        await page.goto(app.server.url);
        await ready(page);
        await page.getByRole('button', { name: 'T12', exact: true }).click();
        await radio(page, 'Pain', /^Yes: mechanical pain/).check();
        if (wait) await page.waitForTimeout(wait);
        await page.close({ runBeforeUnload: true });
        // The tab closed, the browser lives on a moment (closed at once: the test further down).
        await context.newPage().then((p) => p.waitForTimeout(300));
        await context.close();
        const again = await launchPersistent(profile);
        const check = await again.newPage();
        await check.goto(app.server.url);
        const kept = await check
          .getByRole('status')
          .filter({ hasText: /^Lesion 1 \(T12\): SINS 6–18 so far/ })
          .waitFor({ timeout: 5000 })
          .then(() => true, () => false);
        if (!kept) lost.push(`${wait} ms: ${await sinsLine(check)}; ${await stored(check)}`);
        await again.close();
      });
    }
    expect(lost).toEqual([]);
  }, 50_000);

  it('keeps the first taps when the page reloads at once after them', async () => {
    const lost: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 } });
      const page = await context.newPage();
      await page.goto(app.server.url);
      await ready(page);
      // Trusted taps (storage opens at the first pointerdown), the reload in the same task as the last.
      await page.getByRole('button', { name: 'L2', exact: true }).click();
      await page.locator('#l1-sins-boneLesion-lytic').click();
      await page.evaluate(() => location.reload()).catch(() => undefined);
      await ready(page);
      const kept = await page
        .getByRole('status')
        .filter({ hasText: /^Lesion 1 \(L2\): SINS 4–17 so far/ })
        .waitFor({ timeout: 5000 })
        .then(() => true, () => false);
      if (!kept) lost.push(`trial ${i + 1}: ${await sinsLine(page)}`);
      await context.close();
    }
    expect(lost).toEqual([]);
  }, 30_000);
});

describe('a first visit in two tabs', () => {
  it('shows tab A’s answers in tab B, untouched, and keeps both after a tap in B', async () => {
    await withProfile(async (profile) => {
      const context = await launchPersistent(profile);
      try {
        const [a, b] = [await context.newPage(), await context.newPage()];
        for (const p of [a, b]) {
          await p.goto(app.server.url);
          await ready(p);
        }
        await a.getByRole('button', { name: 'T7', exact: true }).click();
        await radio(a, 'Pain', /^Yes: mechanical pain/).check();
        // B was not touched: it learns of A's answers from the storage event and the draft's messages.
        const seen = await b
          .getByRole('status')
          .filter({ hasText: /^Lesion 1 \(T7\): SINS 4–/ })
          .waitFor({ timeout: 5000 })
          .then(() => 'seen', async () => `B shows "${await sinsLine(b)}"`);
        expect(seen).toBe('seen');
        await radio(b, 'Bone lesion', /^Lytic/).check();
        for (const p of [a, b]) {
          await p.getByRole('status').filter({ hasText: /^Lesion 1 \(T7\): SINS 6–16 so far, 3 of 6 unanswered$/ }).waitFor({ timeout: 5000 });
        }
      } finally {
        await context.close();
      }
    });
  }, 30_000);
});

/** Each text lesion 1's SINS line and the phone bar's glance paint, frame by frame, and whether the app had hydrated. */
async function recordLines(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __lines: Array<{ text: string; ready: boolean; glance: string }> };
    w.__lines = [];
    const frame = () => {
      const text = document.querySelector('.result-sins output')?.textContent ?? '';
      const glance = (document.querySelector('.jump .glance')?.textContent ?? '').trim();
      const last = w.__lines.at(-1);
      if (text && (last?.text !== text || last.glance !== glance)) w.__lines.push({ text, ready: document.documentElement.dataset.ready === 'true', glance });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** "SINS 8–18 so far" → [8, 18]; "SINS 13 —" → [13, 13]; no score → null. */
function range(text: string): [number, number] | null {
  const m = /SINS (\d+)(?:–(\d+))?/.exec(text);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
}
const levelsOf = (text: string) => /^Lesion 1(?: \(([^)]+)\))?:/.exec(text)?.[1] ?? '';

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
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(app.server.url, { waitUntil: 'commit' });
      await page.locator('#l1-sins-pain-mechanical').waitFor({ state: 'attached' });
      await c.taps(page);
      release();
      await ready(page);
      await page.getByRole('status').filter({ hasText: c.final }).waitFor({ timeout: 5000 });
      await page.waitForTimeout(300);
      const final = await sinsLine(page);
      const lines = await page.evaluate(() => (window as unknown as { __lines: Array<{ text: string; ready: boolean; glance: string }> }).__lines);
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
    const context = await launchPersistent(profile);
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
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(app.server.url, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'L1', exact: true }).click();
      const marks = await page.evaluate(() => Object.keys(localStorage).map((k) => k.replace(/:.*/, ':')).sort().join(' '));
      // The change left, and no mark that answers are saved: main.tsx answers taps early.
      expect(marks).toBe('spine-calculator-leave:');
      release();
      await ready(page);
      // T5 kept; L1 beside it is not one lesion's levels, refused as a tap on T5 would be.
      await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T5\): SINS 1–16 so far/ }).waitFor({ timeout: 5000 });
      const lines = await page.evaluate(() => (window as unknown as { __lines: Array<{ text: string; ready: boolean; glance: string }> }).__lines);
      // Before hydration: the served line, nothing else (the level painted there, L1, is not the answer).
      const early = lines.filter((l) => !l.ready && l.text !== 'Lesion 1: SINS 0–18 so far, 6 of 6 unanswered');
      expect(early, JSON.stringify(lines)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});

describe('a tap and the whole browser closed at once', () => {
  // Known defect, not fixed here: the change a page leaves in localStorage at pagehide
  // (useAssessment.ts, leaveEarly) reaches the disk only if the browser lives on a moment; a
  // browser closed (or killed, as a phone does) straight after the tab loses it. Lost in 2 to 5
  // of 6 trials; kept in 6 of 6 with the browser left open 1 s. Fix (useAssessment.ts): leave the
  // record at the tap, before storage has opened, not only as the page goes.
  it.fails('keeps a first visit’s tap when the browser closes straight after the tab', async () => {
    const lost: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await withProfile(async (profile) => {
        let context = await launchPersistent(profile);
        let page = await context.newPage();
        await page.goto(app.server.url);
        await ready(page);
        await page.waitForTimeout(150);
        // C1–C7 then T1: T5 is the 12th box. The tap and the close with no round trip to wait on.
        await page.evaluate(() => document.querySelectorAll<HTMLElement>('#lesion-1 .vertebra input')[11]?.click());
        await page.close({ runBeforeUnload: true });
        await context.close();
        context = await launchPersistent(profile);
        try {
          page = await context.newPage();
          await page.goto(app.server.url);
          await ready(page);
          const kept = await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T5\): SINS/ }).waitFor({ timeout: 2000 }).then(() => true, () => false);
          if (!kept) lost.push(i + 1);
        } finally {
          await context.close();
        }
      });
    }
    expect(lost, `trials lost: ${lost.join(', ')}`).toEqual([]);
  }, 40_000);
});

describe('a returning phone, a tap made before the scripts arrive', () => {
  // Known defect, not of the first visit and not fixed here: with answers saved, main.tsx
  // hydrates at once and replays the early tap on the empty screen; the phone's bar shows
  // "L1 · SINS 3–18" until the draft (T5) arrives and the app refuses L1 beside it ("T5 · SINS
  // 1–16"). Seen in 1 of 2 runs with the storage code at its own pace; always with it 500 ms
  // late. Fix outside this brief (styles.css or main.tsx): keep the bar's glances hidden, as the
  // tablet's results are, until the draft is drawn.
  it.fails('never shows, even for a paint, levels the saved draft then refuses', async () => {
    await withProfile(async (profile) => {
      let context = await launchPersistent(profile);
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
      context = await launchPersistent(profile);
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
        const message = await page.evaluate(() => document.getElementById('l1-levels-message')?.textContent ?? '');
        // L1 is not T5's neighbour: refused, and said so; never shown as the lesion's level.
        expect(seen.filter((t) => t.startsWith('L1')), JSON.stringify(seen)).toEqual([]);
        expect(message).toMatch(/^Not applied/);
      } finally {
        await context.close();
      }
    });
  }, 30_000);
});

describe('the first tap, then the foot of the page', () => {
  it('brings the saved cases and a working Import backup, nothing moving as storage and the cases arrive', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __shifts: Array<{ value: number; at: number; nodes: string[] }> };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
          if (e.hadRecentInput) continue;
          const nodes = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName)));
          w.__shifts.push({ value: e.value, at: Math.round(e.startTime), nodes });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await ready(page);
    await page.waitForTimeout(300);
    await radio(page, 'Pain', /^Yes: mechanical pain/).check();
    await page.getByText('Answers are saved on this device').waitFor({ timeout: 5000 });
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Export backup' }).waitFor({ timeout: 5000 });
    const chooser = page.waitForEvent('filechooser', { timeout: 3000 }).then(() => true, () => false);
    await page.getByText('Import backup', { exact: true }).click();
    expect(await chooser).toBe(true);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts);
    expect(shifts).toEqual([]);
    await context.close();
  });
});
