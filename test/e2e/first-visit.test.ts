// A first visit (nothing on the device): storage opened late, the page closed or reloaded at
// once, two tabs, and nothing moving as storage and the saved cases arrive.
import { describe, expect, inject, it } from 'vitest';
import { launchPersistent } from './browser';
import { radio, servedApp } from './app';
import { ready, sinsLine, stored, withProfile } from './first-visit-steps';

const app = servedApp(() => inject('distDir'));

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
