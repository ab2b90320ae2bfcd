// The copied note, line by line, as a clinician would paste it into the record unchanged: the
// seed's Kato patient 2 and a two-lesion lung patient, entered by taps on the built app.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enterTesPatient, openApp, radio, servedApp, setHistology } from './app';

const app = servedApp(() => inject('distDir'));
const POSTEROLATERAL = 'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint fracture or replacement with tumour)';
const lesion = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Lesion ${n}\\b`) });
const today = () => `Spinal metastasis assessment — ${new Date().toISOString().slice(0, 10)}`;
const VERSION = 'Spinal metastasis calculator e2e-1: decision support only; check against the sources.';

async function copyNote(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
  await page.getByText('Summary copied').waitFor();
  return (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
}

/** Waits for the settled panels (prognosis, Tomita beside TES) before the copy. */
const settled = (page: Page, tomita: RegExp) => page.locator('.result-tes .note').filter({ hasText: tomita }).waitFor();

describe('the copied note', () => {
  it('for Kato 2020 patient 2 reads as a clinician would paste it', async () => {
    const { context, page, problems } = await openApp(app.browser, app.server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Seed 000 (Kato 2020), Tables 1-2, patient 2: F, 59, T12-L2, uterine primary, no other
    // metastases, solitary bone metastasis, albumin 3.9 g/dl, SINS 11 with collapse, ESCC 3,
    // ECOG 3, Frankel C; TES. The SINS items are not published: the ones below add to 11.
    await enterTesPatient(page);
    await setHistology(page, 'leiomyosarcoma');
    await radio(page, 'Where the leiomyosarcoma arose', 'Uterus').check();
    // The histology's choices, asked beside it: the clinician's, since no source settles them.
    await radio(page, 'Tokuhashi primary site of this uterine leiomyosarcoma', /^Others/).check();
    await radio(page, 'Tomita growth group of the primary', /^Moderate growth/).check();
    await page.getByLabel('Age (years)').fill('59');
    await radio(page, 'Sex', 'Female').check();
    await radio(page, 'Neurology: Frankel grade', /^Frankel C/).check();
    await page.getByLabel('Bone metastases outside the spine').fill('0');
    await radio(page, 'Serum albumin: unit', 'g/dL').check();
    await page.getByLabel('Serum albumin (g/dL)').fill('3.9');
    await radio(page, 'Treatment being weighed', /^Total en bloc/).check();
    const l1 = lesion(page, 1);
    await radio(l1, 'Pain', /^Yes: mechanical pain/).check();
    await radio(l1, 'Bone lesion', /^Lytic/).check();
    await radio(l1, 'Radiographic spinal alignment', /^Normal alignment/).check();
    await radio(l1, 'Vertebral body collapse', /^< 50% collapse/).check();
    await radio(l1, POSTEROLATERAL, /^Unilateral/).check();
    for (const [finding, answer] of [['Epidural tumour', 'Yes'], ['Thecal sac deformed', 'Yes'], ['Cord abutted', 'Yes'], ['Cord compressed', 'Yes'], ['CSF visible around the cord', 'No']] as const) {
      await radio(l1, finding, answer).check();
    }
    await settled(page, /^Tomita 3 /);
    expect(await copyNote(page)).toEqual([
      today(),
      'Patient: uterine leiomyosarcoma, 59 y, F, ECOG 3, Frankel C, 1 spinal lesion, no bone metastasis outside the spine, no other-organ metastases, systemic disease stable, albumin 3.9 g/dL',
      'Treatment being weighed: Total en bloc spondylectomy (TES)',
      'Lesion 1 (T12–L2): SINS 11 — indeterminate, possibly impending instability (7–12) [location 3, pain 3, bone 2, alignment 0, collapse 2, posterolateral 1]; SINS 7 or more: surgical consultation recommended. Location: lesion spans segments; highest-scoring level used (no official rule).',
      '  ESCC grade 3 — high grade (at T12–L1: conus or cauda equina). NOMS (Laufer 2013): separation surgery then radiosurgery, if the patient can tolerate surgery; surgical consultation (SINS 7–12)',
      'TES: meets the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10) (solitary: met; ≤ 3 levels: met; ECOG ≤ 3: met; stable, ≤ 3 other-organ metastases: met); not a recommendation.',
      'Revised Tokuhashi (2005) 7–9 so far — Tokuhashi band needs: Karnofsky status; Tomita 3 — Tomita 2001 surgical strategy: wide or marginal excision (2–3)',
      'Modified Bauer 3: middle-term local control (3–4); NESMS 3 (0–3)',
      'New Katagiri (2014) 3–6 so far — Katagiri band needs: laboratory data, previous chemotherapy; van der Linden (2005) 1–3 so far: group A (0–3)',
      'Key evidence for Total en bloc spondylectomy (TES): Cancer-specific survival after TES at 5 years: 47% (n = 10) — Kato S et al. 2020, Eur Spine J, Abstract; Results; Fig. 1',
      VERSION,
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('for a two-lesion lung patient reads as a clinician would paste it', async () => {
    const { context, page, problems } = await openApp(app.browser, app.server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await setHistology(page, 'lung-nsclc');
    await page.getByLabel('Age (years)').fill('67');
    await radio(page, 'Sex', /^Male$/).check();
    await radio(page, 'ECOG performance status (now, before treatment)', /^ECOG 2/).check();
    await radio(page, 'Karnofsky performance status (now)', '60%').check();
    await radio(page, 'Neurology: Frankel grade', /^Frankel D/).check();
    await radio(page, 'Walking', 'Walks with an aid').check();
    await page.getByLabel('Spinal lesions not scored here').fill('0');
    await page.getByLabel('Bone metastases outside the spine').fill('2');
    await page.getByLabel('Liver', { exact: true }).check();
    await page.getByLabel('Liver: number of metastases').fill('2');
    await radio(page, 'Liver: removable or treatable', 'No').check();
    await page.getByLabel('Lung', { exact: true }).check();
    await page.getByLabel('Lung: number of metastases').fill('1');
    await radio(page, 'Lung: removable or treatable', 'No').check();
    await radio(page, 'Systemic disease stable', 'No').check();
    await radio(page, 'Treatment being weighed', /^Stereotactic radiosurgery/).check();
    const l1 = lesion(page, 1);
    await l1.getByLabel('Type the lesion’s levels').fill('T7-T8');
    await l1.getByRole('button', { name: 'Set' }).click();
    await radio(l1, 'Pain', /^Yes: mechanical pain/).check();
    await radio(l1, 'Bone lesion', /^Lytic/).check();
    await radio(l1, 'Radiographic spinal alignment', /^Normal alignment/).check();
    await radio(l1, 'Vertebral body collapse', /^< 50% collapse/).check();
    await radio(l1, POSTEROLATERAL, /^None of the above/).check();
    for (const [finding, answer] of [['Epidural tumour', 'Yes'], ['Thecal sac deformed', 'Yes'], ['Cord abutted', 'Yes'], ['Cord compressed', 'No']] as const) {
      await radio(l1, finding, answer).check();
    }
    await page.getByRole('button', { name: 'Add lesion' }).click();
    const l2 = lesion(page, 2);
    await l2.getByRole('button', { name: 'L3', exact: true }).click();
    await radio(l2, 'Pain', /^Occasional pain/).check();
    await radio(l2, 'Bone lesion', /^Mixed/).check();
    await radio(l2, 'Radiographic spinal alignment', /^Normal alignment/).check();
    await radio(l2, 'Vertebral body collapse', /^None of the above/).check();
    await radio(l2, POSTEROLATERAL, /^None of the above/).check();
    await radio(l2, 'Epidural tumour', 'No').check();
    await settled(page, /^Tomita 10 /);
    expect(await copyNote(page)).toEqual([
      today(),
      'Patient: non-small-cell lung cancer, 67 y, M, ECOG 2, KPS 60%, Frankel D, walks with an aid, 2 spinal lesions, 2 bone metastases outside the spine, 2 liver, 1 lung metastases, systemic disease not stable',
      'Treatment being weighed: Stereotactic radiosurgery (SBRT)',
      'Lesion 1 (T7–T8): SINS 8 — indeterminate, possibly impending instability (7–12) [location 1, pain 3, bone 2, alignment 0, collapse 2, posterolateral 0]; SINS 7 or more: surgical consultation recommended.',
      '  ESCC grade 1c — intermediate (1c, debated). NOMS (Laufer 2013): debated (ESCC 1c); surgical consultation (SINS 7–12)',
      'Lesion 2 (L3): SINS 4 — stable (0–6) [location 2, pain 1, bone 1, alignment 0, collapse 0, posterolateral 0].',
      '  ESCC grade 0 — low grade. NOMS (Laufer 2013): stereotactic radiosurgery',
      'TES: does not meet the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10) (solitary: not met; ≤ 3 levels: met; ECOG ≤ 3: met; stable, ≤ 3 other-organ metastases: not met); not a recommendation. These criteria come from a leiomyosarcoma cohort (Kato 2020, n = 10), not from non-small-cell lung cancer.',
      'Revised Tokuhashi (2005) 3: predicted survival < 6 months (0–8); Tomita 10 — Tomita 2001 surgical strategy: non-operative supportive care (8–10)',
      'Modified Bauer 0: supportive care (0–1); NESMS 0–1 so far (0–3; needs: serum albumin)',
      'New Katagiri (2014) 4–9 so far — Katagiri band needs: growth group of the primary, visceral or cerebral metastases, laboratory data, previous chemotherapy; van der Linden (2005) 2: group A (0–3)',
      'Median survival in the same Tokuhashi band, by study: 4 months (n = 211), Zeng et al., doi 10.3969/j.issn.1672-173x.2007.03.032, 2007; 18 months, Gong et al., Chin J Spine Spinal Cord, 2021;(2):97-102; 3.1 months (93 days), Quraishi et al., Bone & Joint Orthopaedic Proceedings (Britspine 2010 abstract), 2010',
      'Key evidence (which radiotherapy): SC.24 (randomised trial, n = 229): Complete pain response at 3 months: SBRT 24 Gy / 2: 35%, n = 114; conventional 20 Gy / 5: 14%, n = 115 — Sahgal A et al. 2021, Lancet Oncol, Summary, Findings (primary endpoint)',
      'Key evidence (which radiotherapy): RTOG 0631 (randomised trial, n = 339): Pain response at 3 months: not improved with radiosurgery (worse than conventional) — Ryu S et al. 2023, JAMA Oncol, Key Points, Findings and Meaning',
      VERSION,
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
