// @vitest-environment happy-dom
// Issue 19 on the Prognosis card: NESMS reads 3 when the ceiling decides it; the Tomita table is
// labelled unchecked; each figure says who was studied, in months; a contradiction leaves a range.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { emptyLesion, withLevels } from '../../../src/clinical/lesions';
import type { Patient } from '../../../src/clinical/patient';
import { prognosisFor } from '../../../src/clinical/prognosis';
import { PrognosisCard } from '../../../src/ui/results/Prognosis';

afterEach(cleanup);
const T8 = withLevels(emptyLesion('l1'), ['T8']);
const status = (name: RegExp) => screen.getAllByRole('status').find((s) => name.test(s.textContent ?? ''))?.textContent;

describe('PrognosisCard, sources and ranges', () => {
  it('reads NESMS 3, not "3–3 so far", when Bauer 3 or more and walking decide it with albumin open', () => {
    // Breast (not lung, favourable), no visceral metastases, solitary: modified Bauer 4.
    const p: Patient = { histology: 'breast', organs: {}, otherSpinalLesions: 0, extraspinalBoneMetastases: 0, walking: 'independent' };
    render(<PrognosisCard result={prognosisFor(p, [T8])} onChoice={() => undefined} />);
    expect(status(/^NESMS/)).toBe('NESMS 3 (0 to 3)');
    expect(screen.getByText(/already reach 3, where the published score stops: the open item cannot change it/)).toBeTruthy();
  });

  it('labels the Tomita table, and says who each band figure studied, in months', () => {
    // Kidney (moderate 2), no visceral metastases (0), solitary (1): Tomita 3, like Gong's 2–3 group.
    const p: Patient = { histology: 'kidney', organs: {}, otherSpinalLesions: 0, extraspinalBoneMetastases: 0 };
    render(<PrognosisCard result={prognosisFor(p, [T8])} onChoice={() => undefined} />);
    expect(screen.getByText('Points and strategy bands as widely reproduced; not checked against Tomita 2001 (Spine 26(3):298-306).')).toBeTruthy();
    const gong = screen.getByText(/Median survival, Tomita 2–3/).closest('li')?.textContent ?? '';
    expect(gong).toMatch(/^Median survival, Tomita 2–3: 34 months, n not given .*; surgically treated, mixed primaries/);
    expect(gong).toMatch(/Not in order: in Gong 2021 the Tomita 4–5 group lived longer/);
  });

  it('shows Quraishi’s days as months, the days in brackets', () => {
    const p: Patient = { histology: 'lung-nsclc', kps: 30, extraspinalBoneMetastases: 3, otherSpinalLesions: 2, organs: { liver: { removable: false } }, frankel: 'B' };
    render(<PrognosisCard result={prognosisFor(p, [T8])} onChoice={() => undefined} />);
    expect(screen.getByText(/3\.1 months \(93 days\)/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\b93 days(?! ?\))/);
  });

  it('gives Tokuhashi a range, and says why, when Frankel A contradicts walking independently', () => {
    const p: Patient = { histology: 'breast', kps: 80, extraspinalBoneMetastases: 0, otherSpinalLesions: 0, organs: {}, frankel: 'A', walking: 'independent' };
    render(<PrognosisCard result={prognosisFor(p, [T8])} onChoice={() => undefined} />);
    expect(status(/^Tokuhashi/)).toMatch(/^Tokuhashi \d+–\d+ so far, 1 of 6 open/);
    expect(screen.getAllByText(/Frankel A and “walks independently” contradict each other/).length).toBe(2);
  });
});
