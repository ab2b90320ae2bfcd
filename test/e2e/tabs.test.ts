// Two tabs on one profile, and a tab closed or reloaded straight after a tap: nothing lost, nothing overwritten.
import { describe, expect, inject, it } from 'vitest';
import { launch, launchPersistent } from './browser';
import { esccStatus, openApp, radio, serveBuild, sinsStatus } from './app';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('two tabs', () => {
  it('keeps every answer of both tabs through a reload of both', async () => {
    const server = await serveBuild(inject('distDir'));
    const profile = await mkdtemp(join(tmpdir(), 'calc-tabs-'));
    const context = await launchPersistent(profile);
    try {
      const [a, b] = [await context.newPage(), await context.newPage()];
      for (const p of [a, b]) {
        await p.goto(server.url);
        await p.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      }
      // Tab A answers SINS; tab B, opened before, answers ESCC.
      await a.getByRole('button', { name: 'T7', exact: true }).click();
      await radio(a, 'Pain', /^Yes: mechanical pain/).check();
      await radio(a, 'Bone lesion', /^Lytic/).check();
      await radio(a, 'Radiographic spinal alignment', /^Normal alignment/).check();
      await radio(b, 'Epidural tumour', 'No').check();
      await b.waitForTimeout(300);
      await a.waitForTimeout(300);
      for (const p of [a, b]) {
        await p.reload();
        await p.getByRole('status').filter({ hasText: /^Lesion 1 \(T7\): SINS 6–12 so far/ }).waitFor({ timeout: 5000 });
        expect(await esccStatus(p).textContent()).toBe('Lesion 1 (T7): ESCC grade 0 — low grade');
      }
    } finally {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe('closing straight after a tap', () => {
  it('keeps a tap made 0 ms before the tab closes', async () => {
    const server = await serveBuild(inject('distDir'));
    const profile = await mkdtemp(join(tmpdir(), 'calc-close-'));
    try {
      for (let i = 0; i < 4; i += 1) {
        const context = await launchPersistent(profile);
        const page = await context.newPage();
        await page.goto(server.url);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        // Storage is open (its notice shows): a tap from here on must survive the tab, and the
        // browser, closing at once. On a first visit it opens at the first tap or key: a key that
        // answers nothing opens it here. (A first visit's tap made before storage opened, the tab
        // closed at once, is first-visit.test.ts's; with the whole browser quitting at that moment
        // it can be lost: README, "A first visit".)
        await page.keyboard.press('Shift');
        await page.getByText('Answers are saved on this device').waitFor();
        const vertebra = ['C3', 'C4', 'C5', 'C6'][i] as string;
        await page.getByRole('button', { name: vertebra, exact: true }).click();
        await page.close({ runBeforeUnload: true });
        await context.close();
        const again = await launchPersistent(profile);
        const check = await again.newPage();
        await check.goto(server.url);
        await check.getByRole('status').filter({ hasText: new RegExp(`^Lesion 1 \\(C3${i ? `–${vertebra}` : ''}\\): SINS`) }).waitFor({ timeout: 5000 });
        await again.close();
      }
      expect(true).toBe(true);
    } finally {
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});


describe('reloading straight after a tap', () => {
  it('keeps two taps made 10 ms apart when the page reloads at once, at 4x CPU', async () => {
    const server = await serveBuild(inject('distDir'));
    const browser = await launch();
    try {
      for (let i = 0; i < 4; i += 1) {
        const { context, page } = await openApp(browser, server.url);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        await page.getByLabel('Type the lesion’s levels').fill('T8');
        await page.getByRole('button', { name: 'Set' }).click();
        await sinsStatus(page).filter({ hasText: /^Lesion 1 \(T8\)/ }).waitFor();
        // A first visit: storage opened at that first tap.
        await page.getByText('Answers are saved on this device').waitFor();
        await page.waitForTimeout(400);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        // Both taps and the reload in the page itself: no round trip to the test between them.
        await page
          .evaluate(async () => {
            document.getElementById('l1-sins-pain-mechanical')?.click();
            await new Promise((r) => setTimeout(r, 10));
            document.getElementById('l1-sins-boneLesion-lytic')?.click();
            location.reload();
          })
          .catch(() => undefined);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        await sinsStatus(page).filter({ hasText: 'Lesion 1 (T8): SINS 6–16 so far, 3 of 6 unanswered' }).waitFor({ timeout: 5000 });
        await context.close();
      }
      expect(true).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('two tabs, one closed straight after a tap', () => {
  it('keeps the other tab’s answer and the closed tab’s, trial after trial (tap in both, close one at once)', async () => {
    const server = await serveBuild(inject('distDir'));
    const profile = await mkdtemp(join(tmpdir(), 'calc-race-'));
    const context = await launchPersistent(profile);
    const open = async () => {
      const p = await context.newPage();
      await p.goto(server.url);
      await p.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      // On a first visit storage opens at the first tap or key: a key that answers nothing.
      await p.keyboard.press('Shift');
      await p.getByText('Answers are saved on this device').waitFor();
      return p;
    };
    const checked = (id: string) => `document.getElementById(${JSON.stringify(id)})?.checked === true`;
    const lost: string[] = [];
    try {
      const b = await open();
      let a = await open();
      const TRIALS = 12;
      for (let i = 0; i < TRIALS; i += 1) {
        const mine = `l1-sins-pain-${['mechanical', 'occasional', 'none'][i % 3]}`;
        const theirs = `l1-escc-epiduralTumour-${i % 2 === 0}`;
        const tap = (id: string) => `document.getElementById(${JSON.stringify(id)})?.click()`;
        // B's tap and A's in the same moment; A's page goes at once, its write still in flight.
        await Promise.all([b.evaluate(tap(theirs)), a.evaluate(tap(mine))]);
        await a.close({ runBeforeUnload: true });
        a = await open();
        // A function, not a string: the page's CSP refuses string evaluation when Playwright polls.
        const bothChecked = (ids: string[]) => ids.every((id) => (document.getElementById(id) as HTMLInputElement | null)?.checked === true);
        const both = await a
          .waitForFunction(bothChecked, [mine, theirs], { timeout: 8000, polling: 100 })
          .then(() => true, (e: Error) => e.message.split('\n')[0] ?? 'failed');
        if (both !== true) {
          const missing = `${(await a.evaluate(checked(mine))) ? '' : 'closed tab’s pain '}${(await a.evaluate(checked(theirs))) ? '' : 'other tab’s epidural tumour'}`;
          const late = await a.waitForFunction(bothChecked, [mine, theirs], { timeout: 3000, polling: 100 }).then(() => 'arrived later', () => 'lost');
          const ls = await a.evaluate(() => Object.keys(localStorage).length);
          lost.push(`trial ${i + 1}: ${missing} (${late}; ${ls} left in localStorage; ${both})`);
        }
      }
      expect(lost).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
