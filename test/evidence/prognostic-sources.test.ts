// Issue 19: every figure beside a prognostic score names a source the catalogue holds, says who
// was studied, uses one unit, and says so where its bands are out of order; none without a source.
import { describe, expect, it } from 'vitest';
import { TOKUHASHI_BANDS, TOMITA_STRATEGIES, TOMITA_TABLE_SOURCE } from '../../src/clinical/prognosis';
import {
  PROGNOSTIC_CITATIONS, PROGNOSTIC_RECORDS, VALIDATION_LINES, figureValue, prognosticOutcomes, studiedText,
} from '../../src/evidence/prognostic';

// Every record any patient can be shown: each Tokuhashi band, Tomita strategy and NESMS total.
const displayed = [
  ...TOKUHASHI_BANDS.flatMap((b) => prognosticOutcomes({ tokuhashi: b.id })),
  ...TOMITA_STRATEGIES.flatMap((b) => prognosticOutcomes({ tomita: b.id })),
  ...[0, 1, 2, 3].flatMap((n) => prognosticOutcomes({ nesms: n })),
];

describe('figures beside the prognostic scores', () => {
  it('shows no NESMS 0 figure: the 100% one-year mortality was never read in Schoenfeld 2021', () => {
    expect(prognosticOutcomes({ nesms: 0 })).toEqual([]);
    expect(PROGNOSTIC_RECORDS.some((r) => r.score === 'nesms' && r.value === 100)).toBe(false);
  });

  it('names, for every figure shown, a citation the catalogue holds, with its table or section', () => {
    expect(displayed.length).toBeGreaterThan(10);
    for (const r of PROGNOSTIC_RECORDS) {
      expect(PROGNOSTIC_CITATIONS, r.id).toContainEqual(r.citation);
      expect(r.citation.location.length, r.id).toBeGreaterThan(3);
    }
    // Each validation line's citation names a catalogued first author and year.
    const known = PROGNOSTIC_CITATIONS.map((c) => `${c.authors.split(/[ ,]/)[0]} ${c.year}`);
    for (const [score, v] of Object.entries(VALIDATION_LINES)) {
      if (v.citation === null) continue;
      for (const part of v.citation.split(';')) expect(known, `${score}: ${part}`).toContain(part.trim().split(',')[0]);
    }
  });

  it('says who was studied beside every band figure', () => {
    for (const r of displayed) expect(studiedText(r), r.id).toMatch(/^(surgically treated|treated with radiotherapy|operated or not|treatment not stated), mixed primaries$/);
    const gong = displayed.find((r) => r.id === 'gong-2021-tomita-supportive-care');
    expect(gong && studiedText(gong)).toBe('surgically treated, mixed primaries');
    const schoenfeld = displayed.find((r) => r.id === 'schoenfeld-2021-nesms-2');
    expect(schoenfeld && studiedText(schoenfeld)).toBe('operated or not, mixed primaries');
  });

  it('gives survival in months only, the days published kept in brackets: 93 days reads 3.1 months (93 days)', () => {
    for (const r of PROGNOSTIC_RECORDS.filter((x) => x.measure === 'median-survival')) expect(r.unit, r.id).toBe('months');
    const q = prognosticOutcomes({ tokuhashi: 'under-6-months' }).find((r) => r.id === 'quraishi-2010-median-under-6-months');
    expect(q && figureValue(q)).toBe('3.1 months (93 days)');
    // 229 and 875 days over 30.44 days a month.
    expect(PROGNOSTIC_RECORDS.filter((r) => r.original).map((r) => figureValue(r))).toEqual(['3.1 months (93 days)', '7.5 months (229 days)', '28.7 months (875 days)']);
  });

  it('flags Gong 2021’s Tomita medians out of order (4–5: 41 months above 2–3: 34 months)', () => {
    const [two, four] = ['wide-or-marginal-excision', 'marginal-or-intralesional-excision'].map((b) => PROGNOSTIC_RECORDS.find((r) => r.id === `gong-2021-tomita-${b}`));
    expect([two?.value, four?.value]).toEqual([34, 41]);
    for (const r of [two, four]) expect(r?.caveat).toMatch(/Not in order: .*4–5 group lived longer \(median 41 months\) than the 2–3 group \(34 months\)/);
    expect(PROGNOSTIC_RECORDS.find((r) => r.id === 'gong-2021-tomita-supportive-care')?.caveat).toBeUndefined();
  });

  it('labels the Tomita table as unchecked against Tomita 2001', () => {
    expect(TOMITA_TABLE_SOURCE).toBe('Points and strategy bands as widely reproduced; not checked against Tomita 2001 (Spine 26(3):298-306).');
  });
});
