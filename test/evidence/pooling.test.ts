// Pooling (issue 11): no patient counted twice, a range only across two or more cohorts with no
// patient in common, lines keep their records' labels, disputed figures flagged, figures grouped
// by the treatment weighed. And no clinician-facing text names a source file.
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  citationOf,
  conflicts,
  matchOutcomes,
  patientPools,
  provenance,
  rangeText,
  referenceList,
  type MeasureRange,
  type PatientProfile,
} from '../../src/evidence';

const SPINE_TES: PatientProfile = { histology: 'leiomyosarcoma', metastaticSites: ['spine'], levels: ['T12', 'L1', 'L2'], spinalLesionCount: 1, ecogPre: 3, treatment: 'tes', sex: 'F', age: 59 };
const LUNG: PatientProfile = { histology: 'leiomyosarcoma', metastaticSites: ['lung'] };
const LUNG_PM: PatientProfile = { ...LUNG, treatment: 'pulmonary-metastasectomy' };
const PROFILES: PatientProfile[] = [SPINE_TES, LUNG, LUNG_PM, { histology: 'leiomyosarcoma', metastaticSites: ['spine'], levels: ['T7'] }, { ...SPINE_TES, treatment: 'radiosurgery' }];

const allLines = (p: PatientProfile): MeasureRange[] => {
  const r = matchOutcomes(p);
  return r.status === 'matched' ? r.ranges : [];
};

describe('pooling', () => {
  it('declares that the Stork cohorts share patients', () => {
    const pools = patientPools(['stork2022', 'stork2022-pm', 'stork2022-no-pm', 'kato2020']);
    expect(pools.get('stork2022-pm')).toBe(pools.get('stork2022'));
    expect(pools.get('stork2022-no-pm')).toBe(pools.get('stork2022'));
  });

  it('never counts a patient twice: every range draws each pool of patients once', () => {
    for (const p of PROFILES) {
      for (const l of allLines(p)) {
        const pools = patientPools(l.figures.map((f) => f.cohort));
        const used = l.figures.map((f) => pools.get(f.cohort));
        expect(new Set(used).size, rangeText(l)).toBe(used.length);
        if (l.n !== null) expect(l.n).toBe(l.figures.reduce((a, f) => a + (f.n ?? 0), 0));
      }
    }
  });

  it('no longer adds 64 + 44 + 20: the Stork 3-year figures are three single lines, none called a range', () => {
    const lines = allLines(LUNG).filter((l) => l.key.startsWith('overall-survival|rate|lung-metastasis-diagnosis|36|'));
    expect(lines.length).toBe(3);
    for (const l of lines) {
      expect(l.kind).toBe('single');
      expect(l.cohorts).toBe(1);
      expect(rangeText(l)).not.toMatch(/across|cohorts/);
    }
    expect(lines.map((l) => l.n).sort()).toEqual([20, 44, 64]);
  });

  it('calls a line a range only across two or more distinct cohorts, and single lines keep their own label and source', () => {
    for (const p of PROFILES) {
      for (const l of allLines(p)) {
        if (l.kind === 'range') expect(l.cohorts).toBeGreaterThanOrEqual(2);
        else {
          expect(l.figures).toHaveLength(1);
          const rec = catalogue.find((r) => r.id === l.recordIds[0]);
          expect(rangeText(l).startsWith(`${rec?.label}: `)).toBe(true);
          expect(rangeText(l)).toContain(citationOf(rec as never));
        }
      }
    }
  });

  it('keeps the records’ labels: transfusion is transfusion, the 39% is 17 of 44 alive beyond 5 years', () => {
    const tes = allLines(SPINE_TES).map(rangeText).join('\n');
    expect(tes).toMatch(/Perioperative blood transfusion: 40%/);
    const pm = allLines(LUNG_PM).map(rangeText).join('\n');
    expect(pm).toMatch(/Alive more than 5 years after the first metastasectomy: 39%/);
  });

  it('flags a disputed figure on the line it feeds (the 78 months of Fig. 2)', () => {
    const l = allLines(LUNG_PM).find((x) => x.recordIds.includes('stork-os-median-pm-fig2'));
    expect(l?.disputed).toContain('stork-pm-median');
    expect(rangeText(l as MeasureRange)).toMatch(/disputed/);
  });
});

describe('relevance: grouped by the treatment weighed', () => {
  it('puts TES figures under the planned treatment and radiosurgery, lung surgery and surveys elsewhere', () => {
    const r = matchOutcomes(SPINE_TES);
    if (r.status !== 'matched') throw new Error('no match');
    expect(r.planned?.intervention).toBe('tes');
    expect(r.planned?.matches.map((m) => m.cohort)).toEqual(['kato2020']);
    for (const l of r.planned?.lines ?? []) expect(l.intervention).toBe('tes');
    const others = r.others.flatMap((g) => g.matches.map((m) => m.cohort));
    expect(others).toEqual(expect.arrayContaining(['uncited-sbrt', 'penel2010', 'abeler-uterine']));
  });

  it('with no treatment chosen, groups every figure by its own treatment', () => {
    const r = matchOutcomes({ ...SPINE_TES, treatment: undefined });
    if (r.status !== 'matched') throw new Error('no match');
    expect(r.planned).toBeNull();
    for (const g of r.others) for (const m of g.matches) expect(m.intervention).toBe(g.intervention);
  });
});

describe('no source file name reaches a clinician', () => {
  const FORBIDDEN = /seed|\.txt/i;
  it('in any record’s visible text, citation or provenance', () => {
    for (const r of catalogue) {
      const visible = [r.label, r.note, r.timeOriginNote, r.population.nNote, r.population.description, r.population.subgroup, r.source.location, r.source.quote, r.primaryCitation, citationOf(r), provenance(r)];
      for (const t of visible) if (t) expect(t, r.id).not.toMatch(FORBIDDEN);
    }
  });
  it('in any conflict note or side', () => {
    for (const c of conflicts) for (const t of [c.summary, ...c.sides.flatMap((s) => [s.says, s.where])]) expect(t, c.id).not.toMatch(FORBIDDEN);
  });
  it('in the lines, messages and reference lists', () => {
    for (const p of [...PROFILES, { histology: 'breast', metastaticSites: ['spine'] } as PatientProfile, {}]) {
      const r = matchOutcomes(p);
      if (r.status === 'no-match') expect(r.message).not.toMatch(FORBIDDEN);
      for (const l of allLines(p)) expect(rangeText(l)).not.toMatch(FORBIDDEN);
    }
    for (const ref of referenceList(catalogue)) expect(ref).not.toMatch(FORBIDDEN);
  });
});
