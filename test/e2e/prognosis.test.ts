// Prognosis for every primary, and evidence a clinician can cite, on the built app.
import { describe, expect, inject, it } from 'vitest';
import { enterTesPatient, openApp, radio, servedApp, setHistology, status } from './app';

const app = servedApp(() => inject('distDir'));

describe('prognostic scores', () => {
  it('reads revised Tokuhashi 4, < 6 months, with its accuracy line, for the lung case of issue 10', async () => {
    const { context, page, problems } = await openApp(app.browser, app.server.url);
    // KPS 60 (1), 2 extraspinal foci (1), 2 vertebrae (1), unremovable liver metastases (0), lung (0), Frankel D (1).
    await setHistology(page, 'lung-nsclc');
    await radio(page, 'Karnofsky performance status (now)', '60%').check();
    await page.getByLabel('Bone metastases outside the spine').fill('2');
    await page.getByLabel('Liver', { exact: true }).check();
    await page.getByLabel('Liver: number of metastases').fill('3');
    await radio(page, 'Liver: removable or treatable', 'No').check();
    await radio(page, 'Neurology: Frankel grade', /^Frankel D/).check();
    await page.getByLabel('Spinal lesions not scored here').fill('0');
    await page.getByLabel('Type the lesion’s levels').fill('T7-T8');
    await page.getByRole('button', { name: 'Set' }).click();
    const card = page.getByRole('region', { name: 'Prognosis' });
    await card.waitFor();
    // The TES verdict and the prognosis follow a tap by one paint (src/ui/state/live.ts, useSettled.ts).
    await expect.poll(() => card.getByRole('status').filter({ hasText: /^Tokuhashi/ }).textContent()).toBe('Tokuhashi 4: predicted survival < 6 months (0–8)');
    await card.getByText(/63% accuracy across 10 studies, 1,686 patients/).waitFor();
    await card.getByText(/Zoccali 2016/).first().waitFor();
    // The same band's survival, study by study, under Matched outcomes.
    await page.getByRole('region', { name: 'By prognostic band, any primary' }).getByText(/Zeng/).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the new Katagiri score and van der Linden for a lung patient with CRP 1.2 mg/dL and liver metastases, and the note carries both (issue 21)', async () => {
    const { context, page, problems } = await openApp(app.browser, app.server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await setHistology(page, 'lung-nsclc');
    await radio(page, 'Karnofsky performance status (now)', '60%').check();
    await radio(page, 'ECOG performance status (now, before treatment)', /^ECOG 3/).check();
    await page.getByLabel('Liver', { exact: true }).check();
    await page.getByLabel('Spinal lesions not scored here').fill('1');
    await page.getByText(/^Laboratory values, previous chemotherapy/).click();
    await radio(page, 'Previous chemotherapy', 'Yes').check();
    await radio(page, 'C-reactive protein (CRP): unit', 'mg/dL').check();
    await page.getByLabel('C-reactive protein (CRP) (mg/dL)').fill('1.2');
    await page.getByLabel('Type the lesion’s levels').fill('T8');
    await page.getByRole('button', { name: 'Set' }).click();
    const card = page.getByRole('region', { name: 'Prognosis' });
    await card.waitFor();
    const katagiri = card.getByRole('region', { name: 'New Katagiri (2014)' });
    // Moderate or rapid (2-3) + nodular liver (1) + CRP abnormal, critical items not entered (1-2) + ECOG 3 + chemotherapy + multiple = 7-9.
    await expect.poll(() => katagiri.getByRole('status').textContent()).toBe('Katagiri 7–9 so far, 2 of 6 open: high risk (7–10)');
    await expect.poll(() => katagiri.locator('dl.breakdown').innerText()).toMatch(/Visceral or cerebral metastases\s+1 point[\s\S]*Laboratory data\s+1–2 so far[\s\S]*Previous chemotherapy\s+1 point/);
    await radio(katagiri, 'Katagiri: treated with molecularly targeted drugs?', 'No').check();
    await expect.poll(() => katagiri.getByRole('status').textContent()).toBe('Katagiri 8–9 so far, 1 of 6 open: high risk (7–10)');
    await katagiri.getByText(/616 patients treated with radiotherapy/).waitFor();
    await katagiri.getByText(/Kubota 2019/).waitFor();
    await katagiri.getByText(/Alive at 6 months, Katagiri 7–10/).waitFor();
    const vdl = card.getByRole('region', { name: 'van der Linden (2005)' });
    // Karnofsky 60 (1) + lung (1) + visceral metastases (0) = 2.
    await expect.poll(() => vdl.getByRole('status').textContent()).toBe('van der Linden 2: group A (0–3)');
    await vdl.getByText(/Median survival, van der Linden group A \(0–3\)/).waitFor();
    await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
    await page.getByText('Summary copied').waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain('New Katagiri (2014) 8–9 so far: high risk (7–10); van der Linden (2005) 2: group A (0–3)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('no longer reads a go-ahead for the breast case with a blastic L4 lesion, SINS 3 and ESCC 0', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await setHistology(page, 'breast');
    await page.getByLabel('Type the lesion’s levels').fill('L4');
    await page.getByRole('button', { name: 'Set' }).click();
    await page.getByLabel('Spinal lesions not scored here').fill('0');
    await radio(page, 'ECOG performance status (now, before treatment)', /^ECOG 1/).check();
    await page.getByLabel('None', { exact: true }).check();
    await radio(page, 'Systemic disease stable', 'Yes').check();
    await radio(page, 'Pain', /^Occasional pain/).check();
    await radio(page, 'Bone lesion', /^Blastic/).check();
    await radio(page, 'Radiographic spinal alignment', /^Normal alignment/).check();
    await radio(page, 'Vertebral body collapse', /^None of the above/).check();
    await radio(page, 'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint fracture or replacement with tumour)', /^None of the above/).check();
    await radio(page, 'Epidural tumour', 'No').check();
    const tes = page.locator('.result-tes');
    // Issue 19: the finding that nothing calls for surgery heads the panel; the criteria follow as the cohort's.
    await expect.poll(() => status(page, /^Nothing entered calls for surgery/).textContent()).toMatch(/^Nothing entered calls for surgery: .* TES: the criteria of the Kato 2020 TES cohort \(leiomyosarcoma, n = 10\) are met; they describe whom that group offered TES, not an indication for surgery\.$/);
    await tes.getByText('These criteria come from a leiomyosarcoma cohort (Kato 2020, n = 10), not from breast cancer.').waitFor();
    // Not green: the verdict is in the text colour, not the "stable" colour.
    const colours = await page.evaluate(() => {
      const v = getComputedStyle(document.querySelector('.result-tes .announce') as Element).color;
      const text = getComputedStyle(document.body).color;
      return { v, text };
    });
    expect(colours.v).toBe(colours.text);
    await context.close();
  });

  it('reads separation surgery then radiosurgery for high-grade ESCC in a radioresistant histology', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await setHistology(page, 'kidney');
    await page.getByLabel('Type the lesion’s levels').fill('T6');
    await page.getByRole('button', { name: 'Set' }).click();
    for (const [finding, answer] of [['Epidural tumour', 'Yes'], ['Thecal sac deformed', 'Yes'], ['Cord abutted', 'Yes'], ['Cord compressed', 'Yes'], ['CSF visible around the cord', 'No']] as const) {
      await radio(page, finding, answer).check();
    }
    await radio(page, 'Fit for open surgery (can tolerate it)', 'Yes').check();
    const line = page.locator('.lesion-result .noms-route');
    // NOMS follows a tap on the patient one paint later (src/ui/state/useSettled.ts).
    await expect.poll(() => line.textContent()).toBe('NOMS (Laufer 2013): separation surgery then radiosurgery');
    await context.close();
  });
});

describe('evidence a clinician can cite', () => {
  it('copies a note of at most 15 lines for patient 2 of Kato 2020, citing Kato, with no file name', async () => {
    const { context, page } = await openApp(app.browser, app.server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await enterTesPatient(page);
    await setHistology(page, 'leiomyosarcoma');
    await radio(page, 'Treatment being weighed', /^Total en bloc/).check();
    await page.locator('.outcomes-body').waitFor();
    await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
    await page.getByText('Summary copied').waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note.split('\n').length).toBeLessThanOrEqual(15);
    expect(note).toContain('Kato');
    expect(note).not.toMatch(/seed|\.txt/i);
    const screen = await page.evaluate(() => document.body.innerText);
    expect(screen).not.toMatch(/seed|\.txt/i);
    await context.close();
  });

  it('draws the chart at 390×844 with a legend, no text under 11 px, and at-risk numbers on one line each', async () => {
    const { context, page } = await openApp(app.browser, app.server.url, { width: 390, height: 844 });
    await setHistology(page, 'leiomyosarcoma');
    await page.getByLabel('Type the lesion’s levels').fill('T12-L2');
    await page.getByRole('button', { name: 'Set' }).click();
    await radio(page, 'Treatment being weighed', /^Total en bloc/).check();
    const chart = page.locator('.outcomes .km').first();
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByRole('list', { name: 'Legend' }).locator('li').count()).resolves.toBeGreaterThanOrEqual(1);
    const smallest = await chart.evaluate((fig) => {
      let min = Infinity;
      for (const t of fig.querySelectorAll('text, li, caption, th, td, figcaption')) {
        const r = t.getBoundingClientRect();
        if (r.height === 0) continue;
        // Rendered size: an SVG's font size scales with its viewBox.
        const svg = t.closest('svg');
        const scale = svg && t.tagName.toLowerCase() === 'text' ? svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width : 1;
        min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(11);
    const cellLines = await chart.evaluate((fig) =>
      [...fig.querySelectorAll('.at-risk td, .at-risk th')].map((c) => Math.round(c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight || '16'))),
    );
    expect(Math.max(...cellLines)).toBeLessThanOrEqual(1);
    await context.close();
  });
});
