// Nothing lost, nothing silently wrong, in the built app: typing key by key never keeps a number
// that is not on screen; the largest backup the app allows goes out and comes back whole.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { MAX_CASES, exportBackup } from '../../src/storage/backup';
import { caseRecord, fullAssessment } from '../storage/case-fixtures';
import { openApp, servedApp } from './app';

const app = servedApp(() => inject('distDir'));

/** The age kept in the stored draft, wherever the draft record keeps its assessment. */
const storedAge = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('spine-metastasis-calculator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('draft').objectStore('draft').get('current');
          get.onsuccess = () => {
            const ages = JSON.stringify(get.result ?? {}).match(/"age":(\d+)/);
            open.result.close();
            resolve(ages ? Number(ages[1]) : undefined);
          };
        };
      }),
  );

describe('typing key by key', () => {
  const cases: Array<[string, string[], string, number | undefined]> = [
    ['72.5', ['7', '2', '.', '5'], '72.5', undefined],
    ['1 w ⌫ 2', ['1', 'w', 'Backspace', '2'], '12', 12],
    ['1.5', ['1', '.', '5'], '1.5', undefined],
    ['1e1', ['1', 'e', '1'], '1e1', undefined],
    ['9999999', [...'9999999'], '9999999', undefined],
    ['0x10', ['0', 'x', '1', '0'], '0x10', undefined],
    ['1000 ⌫', ['1', '0', '0', '0', 'Backspace'], '100', 100],
  ];
  it.each(cases)('%s: the screen shows what was typed and only that number is kept', async (_, keys, shown, kept) => {
    const { context, page } = await openApp(app.browser, app.server.url);
    // Typed once the app is live: keys given to the prerendered page before the scripts arrive
    // are the early-input tests' concern.
    await page.locator('html[data-ready="true"]').waitFor();
    const age = page.getByLabel('Age (years)');
    await age.click();
    for (const k of keys) await page.keyboard.press(k);
    await expect.poll(() => age.inputValue()).toBe(shown);
    // The patient's form may still be loading its code as the keys land: its verdict follows.
    await expect.poll(() => age.getAttribute('aria-invalid')).toBe(kept === undefined ? 'true' : 'false');
    await expect.poll(() => storedAge(page), { timeout: 5000 }).toBe(kept);
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await expect.poll(() => page.getByLabel('Age (years)').inputValue()).toBe(kept === undefined ? '' : String(kept));
    await context.close();
  });
});

describe('the largest backup the app allows', () => {
  it(`imports ${MAX_CASES.toLocaleString('en')} full cases and exports them again, whole`, async () => {
    const cases = Array.from({ length: MAX_CASES }, (_, i) => caseRecord(`case-${String(i).padStart(8, '0')}`, `full ${i}`, fullAssessment(), new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()));
    const { files } = exportBackup(cases, 'e2e');
    expect(files).toHaveLength(1);
    const file = files[0] as { name: string; text: string };
    const { context, page } = await openApp(app.browser, app.server.url);
    const section = page.getByRole('region', { name: /Saved cases/ });
    // A first visit: the saved cases open as the clinician scrolls to them.
    await section.scrollIntoViewIfNeeded();
    await section.getByLabel('Import backup').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect.poll(() => section.getByText(/Imported: 10,000 cases written/).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => section.getByText(/Showing the 200 newest of 10,000/).count()).toBe(1);
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Export backup' }).click();
    const out = JSON.parse(await readFile((await (await download).path()) as string, 'utf8'));
    expect(out.cases).toHaveLength(MAX_CASES);
    expect(out.cases.map((c: { id: string }) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
    await context.close();
  }, 120_000);
});
