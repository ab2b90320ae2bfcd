// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { emptyLesion } from '../../../src/clinical/lesions';
import type { Patient } from '../../../src/clinical/patient';
import { nomsSummary, prognosisFor } from '../../../src/clinical/prognosis';
import { PrognosisCard } from '../../../src/ui/results/Prognosis';
import { NomsSummary } from '../../../src/ui/results/Noms';

afterEach(cleanup);
const lesion = { ...emptyLesion('l1'), levels: ['T8', 'T9'] as const, findingsLevels: ['T8', 'T9'] as const } as unknown as Parameters<typeof prognosisFor>[1][number];

describe('PrognosisCard', () => {
  it('shows the lung case as revised Tokuhashi 4, < 6 months, with its accuracy line and source', () => {
    const patient: Patient = { histology: 'lung-nsclc', kps: 60, extraspinalBoneMetastases: 2, otherSpinalLesions: 0, organs: { liver: { removable: false } }, frankel: 'D' };
    render(<PrognosisCard result={prognosisFor(patient, [lesion])} onChoice={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Prognosis' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Revised Tokuhashi (2005)' })).toBeTruthy();
    expect(screen.getByText(/Tokuhashi 4: predicted survival < 6 months/)).toBeTruthy();
    // Zoccali 2016 Eur Spine J: 63% accuracy, 10 studies, 1,686 patients.
    expect(screen.getByText(/63% accuracy across 10 studies, 1,686 patients.*Zoccali 2016/)).toBeTruthy();
    // Zeng 2007: median 4 months in the 0-8 band, n 211.
    expect(screen.getByText(/n = 211/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/seed|\.txt/i);
  });

  it('shows unanswered items as "not answered" and the total as a range', () => {
    render(<PrognosisCard result={prognosisFor({}, [])} onChoice={() => undefined} />);
    expect(screen.getAllByText('not answered').length).toBeGreaterThan(5);
    expect(screen.getByText(/Tokuhashi 0–15 so far, 6 of 6 open/)).toBeTruthy();
  });

  it('says where no source settles the mapping, and points to the choice asked with the histology', () => {
    render(<PrognosisCard result={prognosisFor({ histology: 'leiomyosarcoma', primarySite: 'uterus' }, [])} onChoice={() => undefined} />);
    expect(screen.getByText(/settled by no source\. Choose it with the histology, under Patient\./)).toBeTruthy();
    expect(screen.getByText(/No source fixes a sarcoma’s growth group.*Choose it with the histology, under Patient\./)).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });
});

describe('NomsSummary', () => {
  it('reads separation surgery then radiosurgery for high-grade ESCC in a radioresistant histology, with the citation', () => {
    const s = nomsSummary({ escc: '3', radiosensitivity: 'resistant', sins: { total: 9, min: 9, max: 9 }, fitForSurgery: null, frankel: 'D' });
    render(<NomsSummary summary={s} lesionLabel="Lesion 1 · T8" />);
    expect(screen.getByRole('heading', { name: 'NOMS · Lesion 1 · T8' })).toBeTruthy();
    expect(screen.getByText(/separation surgery then radiosurgery/)).toBeTruthy();
    expect(screen.getByText(/surgical consultation/)).toBeTruthy();
    expect(screen.getByText(/Laufer I et al., Oncologist 2013/)).toBeTruthy();
    expect(screen.getByText(/Still missing: whether the patient can tolerate surgery/)).toBeTruthy();
  });
});
