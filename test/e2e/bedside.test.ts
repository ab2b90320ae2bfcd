// The bedside screen on the built app: answers by taps, results in live regions, reload keeps
// everything, axe-core finds nothing, screenshots for review.
import { describe, expect, inject, it } from 'vitest';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { enterEscc3, enterSins13, enterTesPatient, esccStatus, holdScripts, openApp, radio, servedApp, setHistology, sinsStatus, status } from './app';

const require = createRequire(import.meta.url);
const app = servedApp(() => inject('distDir'));

describe('scoring by touch', () => {
  it('shows no result before any answer, then the SINS 13 case entered by taps reads 13 and instability', async () => {
    const { context, page, problems } = await openApp(app.browser, app.server.url);
    await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
    await status(page, /^Lesion 1: SINS 0–18 so far, 6 of 6 unanswered/).waitFor();
    await enterSins13(page);
    const sins = await sinsStatus(page).textContent();
    expect(sins).toBe('Lesion 1 (T12): SINS 13 — instability (13–18)');
    // The location came from the level and the screen says so.
    await page.getByText(/Set from the levels: Junctional \(T12\)/).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the questions before the scripts arrive and keeps answers tapped in that moment', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    // Hold every script back until the test has answered.
    const release = await holdScripts(page);
    await page.goto(app.server.url, { waitUntil: 'commit' });
    await radio(page, 'Pain', /^Yes: mechanical pain/).waitFor();
    await radio(page, 'Pain', /^Yes: mechanical pain/).check();
    await radio(page, 'Bone lesion', /^Lytic/).check();
    await page.getByLabel('Spinal lesions not scored here').fill('0');
    // A level typed and left, and a vertebra tapped, before the scripts arrive (both were lost once).
    await page.getByLabel('Type the lesion’s levels').fill('T12');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'L1', exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
    release();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T12–L1\): SINS 8–18 so far, 3 of 6 unanswered$/ }).waitFor({ timeout: 5000 });
    expect(await page.getByRole('group', { name: 'TES' }).count()).toBe(0);
    // The TES verdict and the prognosis follow a tap by one paint (src/ui/state/live.ts, useSettled.ts).
    await expect.poll(() => status(page, /^TES/).textContent()).toMatch(/2 of 4 not assessed/);
    // Kept through a reload: the early answers reached the saved draft.
    await page.unroute(/\.js$/);
    await page.waitForTimeout(200);
    await page.reload();
    await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T12–L1\): SINS 8–18 so far/ }).waitFor({ timeout: 5000 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads the range while answers are missing', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await page.getByRole('button', { name: 'T12', exact: true }).click();
    await radio(page, 'Pain', /^Yes: mechanical pain/).check();
    // junctional 3 + mechanical 3 = 6; unanswered maxima 2 + 4 + 3 + 3 = 12.
    expect(await sinsStatus(page).textContent()).toBe('Lesion 1 (T12): SINS 6–18 so far, 4 of 6 unanswered');
    await context.close();
  });

  it('walks the ESCC chain to grade 3, asking only the next question', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await expect(page.getByRole('group', { name: 'Thecal sac deformed' }).count()).resolves.toBe(0);
    await enterEscc3(page);
    expect(await esccStatus(page).textContent()).toBe('Lesion 1: ESCC grade 3 — high grade');
    await context.close();
  });

  it('reads the TES criteria met for patient 2 of Kato 2020 (T12-L2, ECOG 3, no other metastases), framed as that cohort', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await enterTesPatient(page);
    await expect.poll(() => status(page, /^TES/).textContent()).toBe('TES: meets the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10)');
    await context.close();
  });

  it('keeps every answer through a reload', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await enterSins13(page);
    await enterEscc3(page);
    await page.getByLabel('Spinal lesions not scored here').fill('0');
    await setHistology(page, 'leiomyosarcoma');
    await page.waitForTimeout(200);
    await page.reload();
    // The draft is restored from IndexedDB just after the first paint.
    await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T12\): SINS 13 — instability \(13–18\)$/ }).waitFor({ timeout: 5000 });
    expect(await esccStatus(page).textContent()).toBe('Lesion 1 (T12): ESCC grade 3 — high grade (at T12–L1: conus or cauda equina)');
    // The patient's form, below the lesions, loads its code as the draft brings it answers.
    await expect.poll(() => page.getByLabel('Spinal lesions not scored here').inputValue()).toBe('0');
    await expect.poll(() => page.getByLabel('Primary tumour (histology)').inputValue()).toBe('leiomyosarcoma');
    await expect(page.getByRole('button', { name: 'T12', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    // New assessment clears, and Undo brings everything back.
    await page.getByRole('button', { name: 'New assessment' }).click();
    expect(await sinsStatus(page).textContent()).toBe('Lesion 1: SINS 0–18 so far, 6 of 6 unanswered');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await sinsStatus(page).textContent()).toBe('Lesion 1 (T12): SINS 13 — instability (13–18)');
    await context.close();
  });
});

describe('accessibility and review', () => {
  it('has no axe-core WCAG 2.2 AA violation, empty or filled, light or dark', async () => {
    const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 }, colorScheme });
      const page = await context.newPage();
      await page.goto(app.server.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      for (const fill of [false, true]) {
        if (fill) {
          await enterSins13(page);
          await enterEscc3(page);
          await setHistology(page, 'leiomyosarcoma');
          await page.locator('.outcomes-body').waitFor();
        }
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `${colorScheme}, ${fill ? 'filled' : 'empty'}`).toEqual([]);
      }
      await context.close();
    }
  });

  it('has touch targets of at least 44×44 CSS px', async () => {
    const { context, page } = await openApp(app.browser, app.server.url, { width: 390, height: 844 });
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, label.option, select, input[type="text"], .jump a')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(({ el, r }) => `${el.textContent?.trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  it('fits 320 px wide with no sideways scrolling, filled in, text at 200% too', async () => {
    for (const zoom of ['100%', '200%']) {
      const { context, page } = await openApp(app.browser, app.server.url, { width: 320, height: 700 });
      // Through the CSSOM: the page's CSP (rightly) refuses an injected <style>.
      const px = await page.evaluate((z) => {
        document.documentElement.style.fontSize = z;
        return getComputedStyle(document.documentElement).fontSize;
      }, zoom);
      expect(px).toBe(zoom === '200%' ? '32px' : '16px');
      await enterSins13(page);
      await enterEscc3(page);
      await setHistology(page, 'leiomyosarcoma');
      await page.locator('.outcomes-body').waitFor();
      const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, win: window.innerWidth }));
      expect(widths.doc, `at ${zoom}`).toBeLessThanOrEqual(widths.win);
      await context.close();
    }
  });

  it('is usable by keyboard alone, with a visible focus ring', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await page.getByLabel('Type the lesion’s levels').focus();
    await page.keyboard.type('T12');
    await page.keyboard.press('Enter');
    // Tab to the first pain option, then arrow keys move the answer within the group.
    let guard = 0;
    while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== 'l1-sins-pain' && guard++ < 80) {
      await page.keyboard.press('Tab');
    }
    expect(guard).toBeLessThan(80);
    await page.keyboard.press('Space');
    await expect(radio(page, 'Pain', /^Yes: mechanical pain/).isChecked()).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(radio(page, 'Pain', /^Occasional pain/).isChecked()).resolves.toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    expect(await sinsStatus(page).textContent()).toBe('Lesion 1 (T12): SINS 4–16 so far, 4 of 6 unanswered');
    await context.close();
  });

  it('prints on one A4 page', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await enterSins13(page);
    await enterEscc3(page);
    await page.getByLabel('Spinal lesions not scored here').fill('0');
    await setHistology(page, 'leiomyosarcoma');
    await radio(page, 'Treatment being weighed', /^Total en bloc/).check();
    await page.locator('.outcomes-body').waitFor();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await expect(sheet.isVisible()).resolves.toBe(true);
    const parts = ['Lesion 1 (T12): SINS 13 — instability (13–18)', 'ESCC grade 3 — high grade', 'ECOG ≤ 3: not assessed', 'Kato', 'Patient identifier:', 'References'];
    // The print sheet follows the answers after each paint (src/ui/shell/App.tsx).
    await expect.poll(async () => {
      const shown = (await sheet.textContent()) ?? '';
      return parts.filter((p) => !shown.includes(p));
    }).toEqual([]);
    const text = (await sheet.textContent()) ?? '';
    for (const part of parts) {
      expect(text).toContain(part);
    }
    // Publications, never file names, in what is printed.
    expect(text).not.toMatch(/seed|\.txt/i);
    await expect(page.locator('.layout').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await context.close();
  });

  it('saves screenshots at 1180×820 and 390×844 for review', async () => {
    await mkdir('test-results/screenshots', { recursive: true });
    for (const [width, height, name] of [[1180, 820, 'tablet-1180x820'], [390, 844, 'phone-390x844']] as const) {
      const { context, page } = await openApp(app.browser, app.server.url, { width, height });
      await enterSins13(page);
      await enterEscc3(page);
      await setHistology(page, 'leiomyosarcoma');
      await page.screenshot({ path: `test-results/screenshots/${name}.png` });
      await page.screenshot({ path: `test-results/screenshots/${name}-full.png`, fullPage: true });
      await context.close();
    }
  });
});
