// One patient, several lesions, on the built app: each lesion scored on its own, findings never
// carried to another site, both kept through a reload, the picker one tab stop, axe clean.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openApp, radio, servedApp, sinsStatus } from './app';

const require = createRequire(import.meta.url);
const app = servedApp(() => inject('distDir'));

const lesion = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Lesion ${n}\\b`) });

/** T8: mechanical pain, lytic, de novo deformity, < 50% collapse, unilateral: 1+3+2+2+2+1 = 11. */
async function scoreT8(page: Page) {
  const l1 = lesion(page, 1);
  await l1.getByRole('button', { name: 'T8', exact: true }).click();
  await radio(l1, 'Pain', /^Yes: mechanical pain/).check();
  await radio(l1, 'Bone lesion', /^Lytic/).check();
  await radio(l1, 'Radiographic spinal alignment', /^De novo deformity/).check();
  await radio(l1, 'Vertebral body collapse', /^< 50% collapse/).check();
  await radio(l1, 'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint fracture or replacement with tumour)', /^Unilateral/).check();
}

/** L3: no pain, blastic, normal, no collapse, none: 2+0+0+0+0+0 = 2. */
async function scoreL3(page: Page) {
  await page.getByRole('button', { name: 'Add lesion' }).click();
  const l2 = lesion(page, 2);
  await l2.getByRole('button', { name: 'L3', exact: true }).click();
  await radio(l2, 'Pain', /^Pain-free lesion/).check();
  await radio(l2, 'Bone lesion', /^Blastic/).check();
  await radio(l2, 'Radiographic spinal alignment', /^Normal alignment/).check();
  await radio(l2, 'Vertebral body collapse', /^None of the above/).check();
  await radio(l2, 'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint fracture or replacement with tumour)', /^None of the above/).check();
}

describe('two lesions', () => {
  it('scores T8 and L3 separately, both in the copied summary, and keeps both through a reload', async () => {
    const { context, page, problems } = await openApp(app.browser, app.server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await scoreT8(page);
    await scoreL3(page);
    expect(await sinsStatus(page, 1).textContent()).toBe('Lesion 1 (T8): SINS 11 — indeterminate, possibly impending instability (7–12)');
    expect(await sinsStatus(page, 2).textContent()).toBe('Lesion 2 (L3): SINS 2 — stable (0–6)');
    await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
    await page.getByText('Summary copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Lesion 1 (T8): SINS 11');
    expect(copied).toContain('Lesion 2 (L3): SINS 2');
    await page.waitForTimeout(200);
    await page.reload();
    await page.getByRole('status').filter({ hasText: /^Lesion 2 \(L3\): SINS 2 — stable/ }).waitFor({ timeout: 5000 });
    expect(await sinsStatus(page, 1).textContent()).toMatch(/^Lesion 1 \(T8\): SINS 11/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('never shows lesion 1’s findings as lesion 2’s, and asks before T8 findings count for L3', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await scoreT8(page);
    await page.getByRole('button', { name: 'Add lesion' }).click();
    const l2 = lesion(page, 2);
    await l2.getByRole('button', { name: 'L3', exact: true }).click();
    // Lesion 2 starts empty: nothing of T8's is shown as its own.
    expect(await sinsStatus(page, 2).textContent()).toBe('Lesion 2 (L3): SINS 2–17 so far, 5 of 6 unanswered');
    expect(await radio(l2, 'Pain', /^Yes: mechanical pain/).isChecked()).toBe(false);
    // Lesion 1 moved from T8 to L1 (deselect, then pick): its findings wait for confirmation.
    const l1 = lesion(page, 1);
    await l1.getByRole('button', { name: 'T8', exact: true }).click();
    await l1.getByRole('button', { name: 'L1', exact: true }).click();
    await l1.getByText('Findings entered for T8: confirm for L1.').waitFor();
    expect(await sinsStatus(page, 1).textContent()).toBe('Lesion 1 (L1): SINS not shown — findings entered for T8: confirm them for L1 or clear them');
    await l1.getByRole('button', { name: 'Confirm for L1' }).click();
    // L1 is junctional (3): 3+3+2+2+2+1 = 13.
    expect(await sinsStatus(page, 1).textContent()).toBe('Lesion 1 (L1): SINS 13 — instability (13–18)');
    await context.close();
  });

  it('reads typed Th8 and D8 as T8, and a refused level changes nothing but says so', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    const field = page.getByLabel('Type the lesion’s levels');
    await field.fill('Th8');
    await field.press('Enter');
    await expect(page.getByRole('button', { name: 'T8', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await field.fill('T13');
    await field.press('Enter');
    await page.getByText(/^Not applied: There is no T13.*The levels scored are still T8\.$/).waitFor();
    await expect(page.getByRole('button', { name: 'T8', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await field.fill('D8-D9');
    await field.press('Enter');
    await expect(page.getByRole('button', { name: 'T9', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });
});

describe('keyboard and accessibility', () => {
  it('makes the 29 vertebrae one tab stop; arrow keys move within them', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await page.getByLabel('Type the lesion’s levels').focus();
    await page.keyboard.press('Tab'); // Set
    await page.keyboard.press('Tab'); // into the spine
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('C1');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('C2');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'C2', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Tab'); // out of the spine in one step
    expect(await page.evaluate(() => document.activeElement?.closest('.spine'))).toBeNull();
    await context.close();
  });

  it('scrolls a focused answer out from under the phone’s sticky bar (WCAG 2.4.11)', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.locator('html[data-ready="true"]').waitFor();
    // Four lesions: the bar holds them in one row that scrolls sideways.
    for (const [n, levels] of [[2, 'L3'], [3, 'C5'], [4, 'T2']] as const) {
      await page.getByRole('button', { name: 'Add lesion' }).click();
      await page.locator(`#l${n}-levels-input`).fill(levels);
      await page.locator(`#l${n}-levels-input`).press('Enter');
    }
    await expect.poll(() => page.locator('.jump .glance').count()).toBe(4);
    const answer = page.locator('#l1-sins-posterolateral-none');
    const bottom = () => answer.evaluate((e) => e.getBoundingClientRect().bottom);
    const barTop = await page.locator('.jump').evaluate((b) => b.getBoundingClientRect().top);
    // The answer's foot just under the bar's top edge: hidden under it.
    await answer.evaluate((e, top) => window.scrollBy(0, e.getBoundingClientRect().bottom - (top + 10)), barTop);
    expect(await bottom()).toBeGreaterThan(barTop);
    await answer.focus();
    expect(await bottom()).toBeLessThanOrEqual(barTop);
    await context.close();
  });

  it('has no axe-core WCAG 2.2 AA violation with two lesions, at 1180×820 and 390×844, light and dark', async () => {
    const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const viewport of [{ width: 1180, height: 820 }, { width: 390, height: 844 }]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await app.browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(app.server.url);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await scoreT8(page);
        await scoreL3(page);
        await page.locator('.outcomes [role="status"], .outcomes-body').first().waitFor();
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `${viewport.width}, ${colorScheme}`).toEqual([]);
        await context.close();
      }
    }
  });
});
