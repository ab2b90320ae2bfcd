import { describe, expect, it } from 'vitest';
import { derive, shortStatus, sinsAnnouncement } from '../../src/ui/derive';
import { buildSummary } from '../../src/ui/summary';
import { emptyAssessment, type Assessment } from '../../src/storage/assessment';

const SINS13: Assessment = {
  ...emptyAssessment(),
  levels: ['T10', 'T11'],
  sins: { pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'unilateral' },
  escc: { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false },
  tes: { spinalLesionCount: 1, ecog: 1, otherOrganMetastases: 0, systemicDiseaseStable: true },
  patient: { histology: 'leiomyosarcoma', treatment: 'tes' },
};

describe('derive', () => {
  it('takes the SINS location from the levels (highest-scoring level), overriding a stale answer', () => {
    const d = derive({ ...SINS13, sins: { ...SINS13.sins, location: 'rigid' } });
    expect(d.sinsFindings.location).toBe('junctional');
    expect(d.location?.spansSegments).toBe(true);
    expect(d.sins.total).toBe(13);
    expect(sinsAnnouncement(d.sins)).toBe('SINS 13 — instability (13–18)');
  });

  it('scores no location from levels that are not one lesion, and says why', () => {
    const d = derive({ ...SINS13, levels: ['T3', 'T9'] });
    expect(d.sinsFindings.location).toBeUndefined();
    expect(d.sins.total).toBeNull();
    expect(d.levelsError).toMatch(/not consecutive/);
  });

  it('builds the profile for matching from what was entered, and nothing else', () => {
    const d = derive(SINS13);
    expect(d.profile).toEqual({
      histology: 'leiomyosarcoma', metastaticSites: ['spine'], levels: ['T10', 'T11'], sins: 13, escc: '3',
      ecogPre: 1, spinalLesionCount: 1, otherOrganMetastases: 0, systemicDiseaseStable: true, treatment: 'tes',
    });
    expect(derive(emptyAssessment()).profile).toEqual({ metastaticSites: [], levels: [] });
  });
});

describe('shortStatus', () => {
  it('reads one line for the status bar and the cases list', () => {
    expect(shortStatus(derive(SINS13))).toBe('SINS 13 · ESCC 3 · TES met');
    expect(shortStatus(derive(emptyAssessment()))).toBe('SINS 0–18 · ESCC – · TES –');
    expect(shortStatus(derive({ ...SINS13, tes: { ...SINS13.tes, ecog: 4 } }))).toBe('SINS 13 · ESCC 3 · TES not met');
  });
});

describe('buildSummary', () => {
  it('holds date, levels, SINS with components, ESCC, TES criteria and sourced figures', () => {
    const text = buildSummary(SINS13, new Date('2026-11-22T10:00:00Z'));
    expect(text).toMatch(/^Spinal metastasis assessment — 2026-11-22\nLevels: T10–T11\n/);
    expect(text).toContain('SINS 13 — instability (13–18)');
    expect(text).toContain('  Pain: Yes: mechanical pain (relief with recumbency and/or pain with movement or loading) (3)');
    expect(text).toContain('highest-scoring level used');
    expect(text).toContain('ESCC grade 3 — high grade');
    expect(text).toContain('TES criteria all met');
    expect(text).toContain('Met: ECOG performance status 3 or lower. ECOG 1.');
    expect(text).toMatch(/Cancer-specific survival after TES at 3 years: 70% \[n = 10; from surgery; Retrospective series; seed 000_e094713696bb6dae\.txt/);
    expect(text).toContain('52.6 is the restricted mean');
  });
});
