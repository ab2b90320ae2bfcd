// Criteria: seeds/000_e094713696bb6dae.txt, Methods, "Patients" (Kanazawa TES indications).
import { describe, expect, it } from 'vitest';
import { checkTes, parseLevels, type TesFindings, type Vertebra } from '../../src/clinical';

const levels = (text: string): Vertebra[] => {
  const r = parseLevels(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const ELIGIBLE: Required<Omit<TesFindings, 'spinalLesionCountAtLeast' | 'otherOrganMetastasesAtLeast' | 'ecogUnsettled'>> = {
  spinalLesionCount: 1,
  levels: levels('T12-L2'),
  ecog: 3,
  otherOrganMetastases: 3,
  systemicDiseaseStable: true,
};

const statusOf = (findings: TesFindings) =>
  Object.fromEntries(checkTes(findings).criteria.map((c) => [c.id, c.status]));

describe('checkTes: each criterion alone', () => {
  it('solitary: met for 1 lesion, not met for 2, not assessed when blank', () => {
    expect(statusOf({ spinalLesionCount: 1 }).solitary).toBe('met');
    expect(statusOf({ spinalLesionCount: 2 }).solitary).toBe('not-met');
    expect(statusOf({}).solitary).toBe('not-assessed');
    expect(statusOf({ spinalLesionCount: 0 }).solitary).toBe('not-assessed');
  });

  it('levels: met for 1 to 3 consecutive, not met for 4 or for a gap', () => {
    expect(statusOf({ levels: levels('T7') }).levels).toBe('met');
    expect(statusOf({ levels: levels('T3-T5') }).levels).toBe('met');
    expect(statusOf({ levels: levels('T3-T6') }).levels).toBe('not-met');
    expect(statusOf({ levels: ['T3', 'T5'] }).levels).toBe('not-met');
    expect(statusOf({ levels: [] }).levels).toBe('not-assessed');
    expect(statusOf({}).levels).toBe('not-assessed');
  });

  it('ECOG: met from 0 to 3, not met at 4 and 5', () => {
    for (const ecog of [0, 1, 2, 3] as const) expect(statusOf({ ecog }).ecog).toBe('met');
    for (const ecog of [4, 5] as const) expect(statusOf({ ecog }).ecog).toBe('not-met');
    expect(statusOf({}).ecog).toBe('not-assessed');
  });

  it('other metastases: met only with 3 or fewer AND stable disease', () => {
    const s = (otherOrganMetastases?: number, systemicDiseaseStable?: boolean) =>
      statusOf({ otherOrganMetastases, systemicDiseaseStable })['other-metastases'];
    expect(s(0, true)).toBe('met');
    expect(s(3, true)).toBe('met');
    expect(s(4, true)).toBe('not-met');
    expect(s(4, undefined)).toBe('not-met');
    expect(s(0, false)).toBe('not-met');
    expect(s(undefined, false)).toBe('not-met');
    expect(s(2, undefined)).toBe('not-assessed');
    expect(s(undefined, true)).toBe('not-assessed');
    expect(s(undefined, undefined)).toBe('not-assessed');
  });
});

describe('checkTes: together', () => {
  it('is indicated only when all four are met', () => {
    expect(checkTes(ELIGIBLE).verdict).toBe('indicated');
    expect(checkTes(ELIGIBLE).criteria.map((c) => c.id)).toEqual(['solitary', 'levels', 'ecog', 'other-metastases']);
  });

  it('is incomplete while any criterion is not assessed and none fails', () => {
    for (const key of Object.keys(ELIGIBLE) as (keyof typeof ELIGIBLE)[]) {
      const { [key]: _, ...rest } = ELIGIBLE;
      expect(checkTes(rest).verdict, `without ${key}`).toBe('incomplete');
    }
    expect(checkTes({}).verdict).toBe('incomplete');
  });

  it('is not indicated as soon as one criterion fails, even with others unanswered', () => {
    expect(checkTes({ ecog: 4 }).verdict).toBe('not-indicated');
    expect(checkTes({ spinalLesionCount: 2 }).verdict).toBe('not-indicated');
    expect(checkTes({ ...ELIGIBLE, levels: levels('T3-T6') }).verdict).toBe('not-indicated');
    expect(checkTes({ ...ELIGIBLE, systemicDiseaseStable: false }).verdict).toBe('not-indicated');
  });

  it('gives every criterion a reason in words', () => {
    for (const c of checkTes({ ...ELIGIBLE, ecog: 4 }).criteria) expect(c.reason.length).toBeGreaterThan(5);
    expect(checkTes({ ...ELIGIBLE, ecog: 4 }).criteria[2]?.reason).toBe('ECOG 4: above 3, not operable for TES.');
  });

  it('reports one lesion entered with levels in two runs as a contradiction, not a verdict', () => {
    const r = checkTes({ ...ELIGIBLE, levels: ['T3', 'T4', 'T9'] });
    expect(r.verdict).toBe('incomplete');
    expect(r.contradiction).toMatch(/1 spinal lesion entered, but the levels T3–T4, T9 form 2 separate lesions/);
  });
});

describe('the ten patients of seed 000 (Tables 1-2) all met the criteria', () => {
  // Affected vertebrae and pre-op ECOG from Table 1; "other metastases site" counted as one
  // metastasis per organ named (the table gives sites, not lesion counts). All had a solitary
  // spinal metastasis and stable disease (Methods, "Patients"; Results).
  const patients: Array<[number, string, 1 | 2 | 3, number]> = [
    [1, 'T7', 2, 0],
    [2, 'T12-L2', 3, 0],
    [3, 'T12', 1, 2], // liver, peritoneum
    [4, 'L2-L3', 2, 0],
    [5, 'T12', 2, 3], // lung, peritoneum, lymph node
    [6, 'T10-T11', 1, 0],
    [7, 'T7-T8', 1, 2], // lung, peritoneum
    [8, 'T10', 3, 0],
    [9, 'T3-T5', 3, 0],
    [10, 'L1', 3, 1], // lung
  ];
  it.each(patients)('patient %i (%s, ECOG %i, %i other sites) is indicated', (_, lv, ecog, other) => {
    expect(
      checkTes({ spinalLesionCount: 1, levels: levels(lv), ecog, otherOrganMetastases: other, systemicDiseaseStable: true }).verdict,
    ).toBe('indicated');
  });
});
