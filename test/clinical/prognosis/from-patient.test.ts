// The mapping from the patient and lesions to each score, the NOMS summary and the validation
// figures matched to the patient's bands.
import { describe, expect, it } from 'vitest';
import { emptyLesion } from '../../../src/clinical/lesions';
import type { Lesion, Patient } from '../../../src/clinical/patient';
import { nomsSummary, prognosisFor, suggestKpsFromEcog } from '../../../src/clinical/prognosis';
import { PROGNOSTIC_RECORDS, PrognosticRecordSchema, prognosticOutcomes } from '../../../src/evidence/prognostic';

const lesion = (levels: Lesion['levels']): Lesion => ({ ...emptyLesion('l1'), levels, findingsLevels: levels });

describe('prognosisFor', () => {
  it('reads the lung case of issue 10 as Tokuhashi 4, under 6 months, asking nothing twice', () => {
    const patient: Patient = { histology: 'lung-nsclc', kps: 60, extraspinalBoneMetastases: 2, otherSpinalLesions: 0, organs: { liver: { count: 3, removable: false } }, frankel: 'D', walking: 'independent', albumin: { value: 32, unit: 'g/L' } };
    const p = prognosisFor(patient, [lesion(['T8', 'T9'])]);
    expect(p.tokuhashi.input).toMatchObject({ kps: 60, extraspinalBoneMetastases: 2, vertebralBodyMetastases: 2, majorOrganMetastases: 'unremovable', primarySite: 'lung', frankel: 'D' });
    expect([p.tokuhashi.result.total, p.tokuhashi.result.band]).toEqual([4, 'under-6-months']);
    // Tomita: rapid 4 + untreatable 4 + multiple 2 = 10.
    expect([p.tomita.result.total, p.tomita.result.strategy]).toEqual([10, 'supportive-care']);
    expect(p.bauer.result.total).toBe(0);
    // NESMS: Bauer < 3 (0) + independent (1) + albumin 3.2 g/dL (0).
    expect(p.nesms.result.total).toBe(1);
    expect(p.radiosensitivity.value).toBe('resistant');
    expect(p.needsChoice).toEqual([]);
  });

  it('leaves a uterine leiomyosarcoma’s Tokuhashi site to the clinician, 2 or 3, and a sarcoma’s Tomita growth too', () => {
    const base: Patient = { histology: 'leiomyosarcoma', primarySite: 'uterus' };
    const open = prognosisFor(base, [lesion(['L1'])]);
    expect(open.tokuhashi.result.ranges.primarySite).toEqual({ min: 2, max: 3 });
    expect(open.needsChoice.map((n) => n.key)).toEqual(['tokuhashiLmsAsUterus', 'tomitaGrowth']);
    expect(open.needsChoice[1]?.reason).toMatch(/no source fixes a sarcoma’s growth group/i);
    const chosen = prognosisFor({ ...base, choices: { tokuhashiLmsAsUterus: true, tomitaGrowth: 'moderate' } }, [lesion(['L1'])]);
    expect(chosen.tokuhashi.result.points.primarySite).toBe(3);
    expect(chosen.tomita.result.points.growth).toBe(2);
    expect(chosen.needsChoice).toEqual([]);
    expect(prognosisFor({ ...base, choices: { tokuhashiLmsAsUterus: false } }, []).tokuhashi.result.points.primarySite).toBe(2);
    expect(prognosisFor({ histology: 'leiomyosarcoma', primarySite: 'retroperitoneum' }, []).tokuhashi.result.points.primarySite).toBe(2);
  });

  it('maps colorectal to "other", unknown primary to "unidentified", and leaves Bauer open for an unknown primary', () => {
    expect(prognosisFor({ histology: 'colorectal' }, []).tokuhashi.result.points.primarySite).toBe(2);
    const unknown = prognosisFor({ histology: 'unknown-primary' }, []);
    expect(unknown.tokuhashi.result.points.primarySite).toBe(1);
    expect(unknown.bauer.result.unanswered).toContain('notLung');
  });

  it('does not count lymph nodes as organs, and makes any unremovable organ unremovable', () => {
    const nodes = prognosisFor({ organs: { 'lymph-node': { count: 2 } } }, []);
    expect(nodes.tokuhashi.input.majorOrganMetastases).toBe('none');
    expect(nodes.bauer.input.visceralMetastases).toBe(false);
    const mixed = prognosisFor({ organs: { lung: { removable: true }, brain: { removable: false } } }, []);
    expect(mixed.tokuhashi.input.majorOrganMetastases).toBe('unremovable');
    expect(mixed.tomita.input.visceral).toBe('untreatable');
    const unknown = prognosisFor({ organs: { lung: { removable: true }, liver: {} } }, []);
    expect(unknown.tokuhashi.result.ranges.majorOrgans).toEqual({ min: 0, max: 1 });
  });

  it('counts vertebrae as "at least" while other spinal lesions are unknown, and bone metastases as solitary only when certain', () => {
    const p = prognosisFor({ extraspinalBoneMetastases: 0 }, [lesion(['T8'])]);
    expect(p.tokuhashi.input.vertebralBodyMetastasesAtLeast).toBe(1);
    expect(p.tomita.input.bone).toBeUndefined();
    const solitary = prognosisFor({ extraspinalBoneMetastases: 0, otherSpinalLesions: 0 }, [lesion(['T8'])]);
    expect([solitary.tomita.input.bone, solitary.bauer.input.solitarySkeletalMetastasis, solitary.tokuhashi.input.vertebralBodyMetastases]).toEqual(['solitary', true, 1]);
    expect(prognosisFor({ extraspinalBoneMetastases: 1 }, [lesion(['T8'])]).tomita.input.bone).toBe('multiple');
  });

  it('suggests Karnofsky from ECOG without applying it', () => {
    const p = prognosisFor({ ecog: 1 }, []);
    expect(p.tokuhashi.input.kps).toBeUndefined();
    // ECOG 1 is Karnofsky 80-90 on both conversions read (Ma 2010; Prasad 2018): Tokuhashi 2.
    expect(p.kpsSuggestion).toMatchObject({ kps: { min: 80, max: 90 }, tokuhashiPoints: { min: 2, max: 2 } });
    // ECOG 3 is 40-50 (Ma) or 50-60 (Prasad): Tokuhashi 0 (40) or 1 (50-60).
    expect(suggestKpsFromEcog(3)).toMatchObject({ kps: { min: 40, max: 60 }, tokuhashiPoints: { min: 0, max: 1 } });
    expect(suggestKpsFromEcog(0).kps).toEqual({ min: 100, max: 100 });
    expect(suggestKpsFromEcog(4).kps).toEqual({ min: 10, max: 40 });
  });
});

describe('nomsSummary (Laufer 2013 Oncologist 18(6):744-51)', () => {
  const sins = (total: number) => ({ total, min: total, max: total });
  it('reads high-grade ESCC in a radioresistant tumour as separation surgery then radiosurgery', () => {
    const s = nomsSummary({ escc: '2', radiosensitivity: 'resistant', sins: sins(5), fitForSurgery: null });
    expect(s.routeText).toContain('separation surgery then radiosurgery');
    expect(s.missing).toContain('whether the patient can tolerate surgery');
    expect(nomsSummary({ escc: '3', radiosensitivity: 'resistant', sins: sins(5), fitForSurgery: true }).route).toBe('separation-surgery-then-radiosurgery');
    expect(nomsSummary({ escc: '3', radiosensitivity: 'resistant', sins: sins(5), fitForSurgery: false }).route).toBe('radiation-without-surgery');
  });
  it('reads low grade by radiosensitivity, 1c as debated, and SINS bands for stabilisation', () => {
    expect(nomsSummary({ escc: '1b', radiosensitivity: 'sensitive', sins: sins(3), fitForSurgery: null }).route).toBe('conventional-radiotherapy');
    expect(nomsSummary({ escc: '0', radiosensitivity: 'resistant', sins: sins(3), fitForSurgery: null }).route).toBe('radiosurgery');
    expect(nomsSummary({ escc: '3', radiosensitivity: 'sensitive', sins: sins(3), fitForSurgery: null }).route).toBe('conventional-radiotherapy');
    expect(nomsSummary({ escc: '1c', radiosensitivity: 'resistant', sins: sins(3), fitForSurgery: null }).routeText).toMatch(/debated/);
    expect(nomsSummary({ escc: '0', radiosensitivity: 'sensitive', sins: sins(13), fitForSurgery: null }).stabilisation).toBe('stabilisation');
    expect(nomsSummary({ escc: '0', radiosensitivity: 'sensitive', sins: sins(12), fitForSurgery: null }).stabilisation).toBe('surgical-consultation');
    expect(nomsSummary({ escc: '0', radiosensitivity: 'sensitive', sins: sins(7), fitForSurgery: null }).stabilisation).toBe('surgical-consultation');
    expect(nomsSummary({ escc: '0', radiosensitivity: 'sensitive', sins: sins(6), fitForSurgery: null }).stabilisation).toBe('none');
  });
  it('says what is missing rather than assuming', () => {
    const s = nomsSummary({ escc: null, radiosensitivity: null, sins: null, fitForSurgery: null });
    expect(s.route).toBe('open');
    expect(s.missing).toEqual(['this lesion’s ESCC grade', 'how the histology responds to conventional radiotherapy', 'this lesion’s SINS']);
    expect(nomsSummary({ escc: '0', radiosensitivity: null, sins: { total: null, min: 5, max: 9 }, fitForSurgery: null }).stabilisation).toBe('open');
  });
});

describe('prognostic validation records', () => {
  it('are all valid, with a citation, n or a reason, and a time origin or a note', () => {
    for (const r of PROGNOSTIC_RECORDS) expect(PrognosticRecordSchema.safeParse(r).success).toBe(true);
    expect(new Set(PROGNOSTIC_RECORDS.map((r) => r.id)).size).toBe(PROGNOSTIC_RECORDS.length);
    expect(JSON.stringify(PROGNOSTIC_RECORDS)).not.toMatch(/seed|\.txt/i);
  });
  it('match the Tokuhashi 0-8 band with each study separately, in months (Zeng 2007 4 mo n 211; Gong 2021 18.0 mo; Quraishi 2010 93 days = 3.1 mo)', () => {
    const m = prognosticOutcomes({ tokuhashi: 'under-6-months' });
    const medians = m.filter((r) => r.measure === 'median-survival').map((r) => [r.citation.authors, r.value, r.unit, r.n, r.original?.value]);
    expect(medians).toEqual([['Zeng et al.', 4, 'months', 211, undefined], ['Gong et al.', 18, 'months', null, undefined], ['Quraishi et al.', 3.1, 'months', null, 93]]);
    expect(m.every((r) => r.score === 'tokuhashi')).toBe(true);
  });
  it('match NESMS totals and Tomita strategies (Schoenfeld 2021 OR 7.04 for NESMS 2; Gong 2021 Tomita 8-10 12.0 mo)', () => {
    expect(prognosticOutcomes({ nesms: 2 }).map((r) => r.value)).toEqual([7.04]);
    expect(prognosticOutcomes({ tomita: 'supportive-care' }).map((r) => r.value)).toEqual([12]);
    expect(prognosticOutcomes({})).toEqual([]);
  });
});
