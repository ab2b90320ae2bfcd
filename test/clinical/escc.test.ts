// Expected grades: Bilsky MH et al., J Neurosurg Spine 2010;13:324-8, as the chain in
// shared/CLINICAL-REFERENCE.md ("ESCC").
import { describe, expect, it } from 'vitest';
import { esccQuestionsToAsk, gradeEscc, neuralLevel, type EsccFindings } from '../../src/clinical';

describe('gradeEscc: every path of the chain', () => {
  it.each<[string, EsccFindings, string, string]>([
    ['no epidural tumour', { epiduralTumour: false }, '0', 'low'],
    ['epidural tumour, sac not deformed', { epiduralTumour: true, thecalSacDeformed: false }, '1a', 'low'],
    ['sac deformed, cord not abutted', { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: false }, '1b', 'low'],
    ['cord abutted, not compressed', { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: false }, '1c', 'intermediate'],
    ['cord compressed, CSF visible', { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true }, '2', 'high'],
    ['cord compressed, no CSF', { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false }, '3', 'high'],
  ])('%s -> grade %s (%s)', (_, findings, grade, tier) => {
    expect(gradeEscc(findings)).toEqual({ status: 'graded', grade, tier });
  });

  it('grades are strings, never numbers', () => {
    const r = gradeEscc({ epiduralTumour: true, thecalSacDeformed: false });
    expect(r.status === 'graded' && typeof r.grade).toBe('string');
  });

  it('ignores answers beyond the point where the chain stops', () => {
    // No epidural tumour: CSF around the cord is normal anatomy and does not matter.
    expect(gradeEscc({ epiduralTumour: false, csfAroundCord: true })).toMatchObject({ grade: '0' });
    expect(gradeEscc({ epiduralTumour: true, thecalSacDeformed: true, cordAbutted: false, csfAroundCord: false })).toMatchObject({ grade: '1b' });
  });
});

describe('gradeEscc: incomplete answers name the next question', () => {
  it.each<[EsccFindings, string]>([
    [{}, 'epiduralTumour'],
    [{ epiduralTumour: true }, 'thecalSacDeformed'],
    [{ epiduralTumour: true, thecalSacDeformed: true }, 'cordAbutted'],
    [{ epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true }, 'cordCompressed'],
    [{ epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true }, 'csfAroundCord'],
    // A later "yes" never stands in for an unanswered earlier question.
    [{ cordCompressed: true, csfAroundCord: false }, 'epiduralTumour'],
  ])('%j asks %s', (findings, next) => {
    expect(gradeEscc(findings)).toEqual({ status: 'incomplete', next });
  });

  it('asks only the questions the chain has reached', () => {
    expect(esccQuestionsToAsk({})).toEqual(['epiduralTumour']);
    expect(esccQuestionsToAsk({ epiduralTumour: false })).toEqual(['epiduralTumour']);
    expect(esccQuestionsToAsk({ epiduralTumour: true, thecalSacDeformed: true })).toEqual(['epiduralTumour', 'thecalSacDeformed', 'cordAbutted']);
    expect(esccQuestionsToAsk({ epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true })).toHaveLength(5);
  });
});

describe('gradeEscc: contradictions are never graded', () => {
  it.each<[string, EsccFindings]>([
    ['thecal sac deformed without epidural tumour', { epiduralTumour: false, thecalSacDeformed: true }],
    ['cord abutted without epidural tumour', { epiduralTumour: false, cordAbutted: true }],
    ['cord compressed without epidural tumour', { epiduralTumour: false, cordCompressed: true }],
    ['cord abutted with the sac not deformed', { epiduralTumour: true, thecalSacDeformed: false, cordAbutted: true }],
    ['cord compressed with the sac not deformed', { epiduralTumour: true, thecalSacDeformed: false, cordCompressed: true }],
    ['cord compressed but not abutted', { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: false, cordCompressed: true }],
  ])('%s', (_, findings) => {
    const r = gradeEscc(findings);
    expect(r.status).toBe('contradiction');
    if (r.status === 'contradiction') expect(r.message).toMatch(/contradicts/);
  });
});

describe('neuralLevel: what is compressed below the conus', () => {
  it('is the cord above T12, the conus at T12-L1, the cauda equina from L2', () => {
    expect(neuralLevel(['T7'])).toBe('cord');
    expect(neuralLevel(['C5'])).toBe('cord');
    expect(neuralLevel(['T12', 'L1', 'L2'])).toBe('conus');
    expect(neuralLevel(['L1'])).toBe('conus');
    expect(neuralLevel(['L2', 'L3'])).toBe('cauda-equina');
    expect(neuralLevel(['S1'])).toBe('cauda-equina');
    expect(neuralLevel([])).toBeNull();
  });
});
