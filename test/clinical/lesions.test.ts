// The patient/lesions model: counts derived once, findings never silently carried to another site.
import { describe, expect, it } from 'vitest';
import {
  AssessmentSchema,
  PatientSchema,
  checkTes,
  clearFindings,
  confirmFindings,
  emptyAssessment,
  emptyLesion,
  findingsNeedConfirmation,
  otherOrganCount,
  parseLevels,
  spinalLesionCount,
  tapLevel,
  tesFindingsFor,
  withFindings,
  withLevels,
  type Lesion,
} from '../../src/clinical';

const T8: Lesion = withFindings(withLevels(emptyLesion('a'), ['T8']), {
  sins: { pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'unilateral' },
  escc: { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true },
});

describe('the level-change rule: findings wait, marked, until confirmed for the new levels', () => {
  it('marks T8 findings as entered for T8 when the lesion is moved to L3', () => {
    const moved = withLevels(T8, ['L3']);
    expect(findingsNeedConfirmation(moved)).toEqual({ enteredFor: 'T8', now: 'L3' });
    expect(moved.sins).toEqual(T8.sins);
  });

  it('does the same when T8 is deselected first and L3 picked after (the route that leaked before)', () => {
    const cleared = withLevels(T8, []);
    expect(findingsNeedConfirmation(cleared)).toBeNull();
    expect(findingsNeedConfirmation(withLevels(cleared, ['L3']))).toEqual({ enteredFor: 'T8', now: 'L3' });
  });

  it('lets overlapping levels carry the findings: T8 -> T8-T9 is the same lesion, still entered for T8', () => {
    const grown = withLevels(T8, ['T8', 'T9']);
    expect(findingsNeedConfirmation(grown)).toBeNull();
    expect(grown.findingsLevels).toEqual(['T8']);
    // ... but T9 alone is another vertebra: the T8 findings wait (they once walked there unasked).
    expect(findingsNeedConfirmation(withLevels(grown, ['T9']))).toEqual({ enteredFor: 'T8', now: 'T9' });
  });

  // Issue 19, the named case: a finished T8 lesion (SINS 12, ESCC 2), L3 added, T8 taken off.
  it('holds T8 findings for confirmation when the lesion goes T8 -> T8+L3 -> L3, as typing "L3" does', () => {
    const finished = withFindings(withLevels(emptyLesion('n'), ['T8']), {
      sins: { pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'over-50', posterolateral: 'unilateral' },
      escc: { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true },
    });
    const both = withLevels(finished, ['T8', 'L3']);
    const l3 = withLevels(both, ['L3']);
    expect(findingsNeedConfirmation(l3)).toEqual({ enteredFor: 'T8', now: 'L3' });
    expect(findingsNeedConfirmation(l3)).toEqual(findingsNeedConfirmation(withLevels(finished, ['L3'])));
    expect(findingsNeedConfirmation(confirmFindings(l3))).toBeNull();
  });

  it('keeps only the levels every answer was entered for: a T8 finding is not read for T9 after one answer at T8-T9', () => {
    const grown = withLevels(T8, ['T8', 'T9']);
    const answered = withFindings(grown, { sins: { ...grown.sins, pain: 'occasional' }, escc: grown.escc });
    expect(answered.findingsLevels).toEqual(['T8']);
    expect(findingsNeedConfirmation(withLevels(answered, ['T9']))).toEqual({ enteredFor: 'T8', now: 'T9' });
    // Entered for T8-T9 as a whole, the findings go on describing what is left of it.
    const whole = withFindings(withLevels(emptyLesion('w'), ['T8', 'T9']), { sins: { pain: 'none' }, escc: {} });
    expect(findingsNeedConfirmation(withLevels(whole, ['T9']))).toBeNull();
  });

  it('confirming ties the findings to the new levels; clearing empties them', () => {
    const moved = withLevels(T8, ['L3']);
    expect(findingsNeedConfirmation(confirmFindings(moved))).toBeNull();
    expect(confirmFindings(moved).sins).toEqual(T8.sins);
    const cleared = clearFindings(moved);
    expect(cleared.sins).toEqual({});
    expect(cleared.escc).toEqual({});
    expect(findingsNeedConfirmation(cleared)).toBeNull();
  });

  it('answering a finding at the new levels also confirms the rest for them (the clinician is answering for L3)', () => {
    const moved = withLevels(T8, ['L3']);
    const answered = withFindings(moved, { sins: { ...moved.sins, pain: 'occasional' }, escc: moved.escc });
    expect(findingsNeedConfirmation(answered)).toBeNull();
  });

  it('findings entered before any level belong to the first levels chosen', () => {
    const l = withFindings(emptyLesion('b'), { sins: { pain: 'none' }, escc: {} });
    expect(findingsNeedConfirmation(withLevels(l, ['L3']))).toBeNull();
  });
});

describe('derived counts', () => {
  it('totals other-organ metastases from the organs ticked, never typed twice', () => {
    expect(otherOrganCount(undefined)).toEqual({ total: null, min: 0, organs: 0, answered: false });
    expect(otherOrganCount({})).toEqual({ total: 0, min: 0, organs: 0, answered: true });
    expect(otherOrganCount({ lung: { count: 2 }, liver: { count: 1 } })).toMatchObject({ total: 3, organs: 2 });
    // Lung, liver and brain ticked: at least 3 whatever the counts, and never "0".
    expect(otherOrganCount({ lung: {}, liver: {}, brain: {} })).toMatchObject({ total: null, min: 3 });
  });

  it('reads TES "not met" for lung, liver and brain ticked (at least 3) plus a fourth count, without a typed total', () => {
    const a = { ...emptyAssessment(), patient: { organs: { lung: { count: 2 }, liver: {}, brain: {} }, systemicDiseaseStable: true } };
    const tes = checkTes(tesFindingsFor(a.patient, a.lesions[0]!, a.lesions));
    expect(tes.criteria.find((c) => c.id === 'other-metastases')).toMatchObject({ status: 'not-met' });
    const three = { ...a.patient, organs: { lung: {}, liver: {}, brain: {} } };
    expect(checkTes(tesFindingsFor(three, a.lesions[0]!, a.lesions)).criteria.find((c) => c.id === 'other-metastases')?.status).toBe('not-assessed');
  });

  it('counts spinal lesions from the lesions scored plus those counted but not scored', () => {
    const one = emptyAssessment();
    expect(spinalLesionCount(one)).toEqual({ total: null, min: 1 });
    expect(spinalLesionCount({ ...one, patient: { otherSpinalLesions: 0 } })).toEqual({ total: 1, min: 1 });
    expect(spinalLesionCount({ lesions: [emptyLesion('a'), emptyLesion('b')], patient: { otherSpinalLesions: 3 } })).toEqual({ total: 5, min: 5 });
  });

  it('decides "solitary" not met as soon as two lesions are scored, before the other count is entered', () => {
    const lesions = [withLevels(emptyLesion('a'), ['T8']), withLevels(emptyLesion('b'), ['L3'])];
    const tes = checkTes(tesFindingsFor({}, lesions[0]!, lesions));
    expect(tes.criteria[0]).toMatchObject({ id: 'solitary', status: 'not-met' });
    expect(tes.verdict).toBe('not-indicated');
  });
});

describe('patient facts as stored', () => {
  it('refuses ECOG 5 before treatment, and KPS outside 10-100 in tens', () => {
    expect(PatientSchema.safeParse({ ecog: 5 }).success).toBe(false);
    expect(PatientSchema.safeParse({ ecog: 4 }).success).toBe(true);
    expect(PatientSchema.safeParse({ kps: 65 }).success).toBe(false);
    expect(PatientSchema.safeParse({ kps: 0 }).success).toBe(false);
    expect(PatientSchema.safeParse({ kps: 60 }).success).toBe(true);
  });

  it('takes albumin with its unit and refuses a value impossible in that unit', () => {
    expect(PatientSchema.safeParse({ albumin: { value: 3.4, unit: 'g/dL' } }).success).toBe(true);
    expect(PatientSchema.safeParse({ albumin: { value: 34, unit: 'g/L' } }).success).toBe(true);
    expect(PatientSchema.safeParse({ albumin: { value: 34, unit: 'g/dL' } }).success).toBe(false);
    expect(PatientSchema.safeParse({ albumin: { value: 0.34, unit: 'g/L' } }).success).toBe(false);
  });

  it('needs at least one lesion, each with its own id', () => {
    expect(AssessmentSchema.safeParse(emptyAssessment()).success).toBe(true);
    expect(AssessmentSchema.safeParse({ patient: {}, lesions: [] }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ patient: {}, lesions: [emptyLesion('a'), emptyLesion('a')] }).success).toBe(false);
  });
});

describe('tapped levels follow the typed levels\' rule', () => {
  it('refuses T8 and T11 tapped with the message T8, T11 typed gets', () => {
    const typed = parseLevels('T8, T11');
    const tapped = tapLevel(['T8'], 'T11');
    expect(tapped).toEqual({ ok: false, error: 'T8, T11 are not consecutive. Enter one lesion at a time; separate lesions are scored separately.' });
    expect(tapped).toEqual(typed);
    // Untapping the middle of a run splits it: refused too.
    expect(tapLevel(['T8', 'T9', 'T10'], 'T9').ok).toBe(false);
    expect(tapLevel(['T8'], 'T9')).toEqual({ ok: true, value: ['T8', 'T9'] });
    expect(tapLevel(['T8'], 'T8')).toEqual({ ok: true, value: [] });
  });

  it('lets levels saved in two runs be tapped back into one, never into more', () => {
    expect(tapLevel(['T8', 'T11'], 'T9')).toEqual({ ok: true, value: ['T8', 'T9', 'T11'] });
    expect(tapLevel(['T8', 'T11'], 'T11')).toEqual({ ok: true, value: ['T8'] });
    expect(tapLevel(['T8', 'T11'], 'L3').ok).toBe(false);
  });
});

describe('typed levels', () => {
  it('reads Th8 and D8 as T8, as clinicians write them', () => {
    for (const t of ['Th8', 'TH8', 'th 8', 'D8', 'd8', 'T8']) expect(parseLevels(t)).toEqual({ ok: true, value: ['T8'] });
    expect(parseLevels('Th11-L1')).toEqual({ ok: true, value: ['T11', 'T12', 'L1'] });
    expect(parseLevels('D13').ok).toBe(false);
  });
});
