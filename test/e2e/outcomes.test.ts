// Matched outcomes on the built app: a renal T10 TES candidate sees renal-cell figures with n and
// citation; a lung patient with cord compression sees the decompression trial and why it applies;
// the leiomyosarcoma case of the seeds fits in 4 phone screens before "More". Screenshots for review.
import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enterEscc3, enterTesPatient, openApp, radio, servedApp, setHistology } from './app';

const app = servedApp(() => inject('distDir'));
const POSTEROLATERAL = 'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint fracture or replacement with tumour)';

async function escc2(page: Page) {
  for (const [finding, answer] of [['Epidural tumour', 'Yes'], ['Thecal sac deformed', 'Yes'], ['Cord abutted', 'Yes'], ['Cord compressed', 'Yes'], ['CSF visible around the cord', 'Yes']] as const) {
    await radio(page, finding, answer).check();
  }
}

async function setLevels(page: Page, levels: string) {
  await page.getByLabel('Type the lesion’s levels').fill(levels);
  await page.getByRole('button', { name: 'Set' }).click();
}

/** Renal cell, solitary T10: SINS 1 (semi-rigid) + 3 + 2 + 4 (subluxation) + 3 + 3 = 16, ESCC 2, ECOG 0, weighing TES. */
async function renalT10(page: Page) {
  await setHistology(page, 'kidney');
  await setLevels(page, 'T10');
  await page.getByLabel('Spinal lesions not scored here').fill('0');
  await radio(page, 'ECOG performance status (now, before treatment)', /^ECOG 0/).check();
  await radio(page, 'Pain', /^Yes: mechanical pain/).check();
  await radio(page, 'Bone lesion', /^Lytic/).check();
  await radio(page, 'Radiographic spinal alignment', /^Subluxation/).check();
  await radio(page, 'Vertebral body collapse', /^> 50% collapse/).check();
  await radio(page, POSTEROLATERAL, /^Bilateral/).check();
  await escc2(page);
  await radio(page, 'Treatment being weighed', /^Total en bloc/).check();
}

describe('matched outcomes', () => {
  it('shows the renal T10 TES candidate a renal-cell figure with its n and citation', async () => {
    await mkdir('test-results/screenshots', { recursive: true });
    for (const [width, height] of [[1180, 820], [390, 844]] as const) {
      const { context, page, problems } = await openApp(app.browser, app.server.url, { width, height });
      await renalT10(page);
      await page.getByRole('status').filter({ hasText: /^Lesion 1 \(T10\): SINS 16 / }).waitFor();
      const card = page.locator('details.question[open] [data-study="kanazawa2021-rcc"]');
      await card.waitFor();
      await expect.poll(() => card.textContent()).toMatch(/renal cell carcinoma: 65 of 65 in the series.*Median cancer-specific survival: 100 months.*n = 65 · from surgery · .*Cancer Sci, Abstract/);
      await expect(page.locator('[data-study="sahgal2021-sc24"]').count()).resolves.toBe(0);
      await page.locator('#studies-h').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/outcomes-renal-${width}x${height}.png` });
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('shows the lung T8 patient with ESCC 2 and a deficit the decompression trial, and why it matches', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await setHistology(page, 'lung-nsclc');
    await setLevels(page, 'T8');
    await escc2(page);
    await radio(page, 'Neurology: Frankel grade', /^Frankel D/).check();
    const card = page.locator('details.question[open][data-question="surgery-or-radiotherapy"] [data-study="patchell2005"]');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toMatch(/Why it matches:.*ESCC 2: MRI-confirmed displacement of the spinal cord \(high-grade compression\), the population of this trial/);
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/not radiosensitive, as the trial required/);
    expect(text).toMatch(/Check:.*trial excluded patients expected to live under 3 months/);
    expect(text).toMatch(/surgery \+ radiotherapy 84% \(42\/50\).*radiotherapy alone 57% \(29\/51\)/);
    expect(text).toMatch(/Patchell RA et al\. 2005, Lancet, Summary, Findings/);
    // No leiomyosarcoma cohort is shown to a lung patient.
    await expect(page.locator('.outcomes-body').textContent()).resolves.not.toMatch(/Kato S et al\. 2020|Stork T/);
    await context.close();
  });

  it('fits the leiomyosarcoma case of the seeds (Kato 2020, patient 2) in 4 phone screens before “More”', async () => {
    const { context, page } = await openApp(app.browser, app.server.url, { width: 390, height: 844 });
    await setHistology(page, 'leiomyosarcoma');
    await radio(page, 'Where the leiomyosarcoma arose', /Uterus/).check();
    await enterTesPatient(page);
    await enterEscc3(page);
    await radio(page, 'Treatment being weighed', /^Total en bloc/).check();
    const body = page.locator('.outcomes-body');
    await body.locator('.lms-cohorts').waitFor();
    const { beforeMore, moreOpen, casesBefore } = await page.evaluate(() => {
      const b = document.querySelector('.outcomes-body') as HTMLElement;
      const more = b.querySelector(':scope > details.more') as HTMLDetailsElement;
      const cases = b.querySelector('details.case-reports') as HTMLElement | null;
      return { beforeMore: more.getBoundingClientRect().top - b.getBoundingClientRect().top, moreOpen: more.open, casesBefore: cases !== null && !more.contains(cases) };
    });
    await body.screenshot({ path: 'test-results/screenshots/outcomes-lms-390x844.png' });
    expect(moreOpen).toBe(false);
    expect(casesBefore).toBe(false);
    expect(beforeMore).toBeGreaterThan(844);
    expect(beforeMore / 844).toBeLessThanOrEqual(4);
    console.log(`LMS outcomes before “More”: ${(beforeMore / 844).toFixed(2)} phone screens`);
    await context.close();
  });
});
