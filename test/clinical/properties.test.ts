// Property tests: for any input the schemas accept, the rules never throw, never give NaN, and
// keep their invariants; for any text, parseLevels answers with levels or a message.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ESCC_FINDINGS,
  EsccFindingsSchema,
  SINS_COMPONENTS,
  SINS_POINTS,
  SinsFindingsSchema,
  TesFindingsSchema,
  VERTEBRAE,
  areConsecutive,
  checkTes,
  gradeEscc,
  parseLevels,
  scoreSins,
  sinsBand,
  type SinsFindings,
} from '../../src/clinical';

const RUNS = { numRuns: 3000 };

const sinsFindings: fc.Arbitrary<SinsFindings> = fc.record(
  Object.fromEntries(
    SINS_COMPONENTS.map((c) => [c, fc.constantFrom(...Object.keys(SINS_POINTS[c]))]),
  ) as Record<string, fc.Arbitrary<string>>,
  { requiredKeys: [] },
) as fc.Arbitrary<SinsFindings>;

describe('scoreSins properties', () => {
  it('keeps 0 <= min <= max <= 18, and total = min = max once all six are answered', () => {
    fc.assert(
      fc.property(sinsFindings, (f) => {
        const r = scoreSins(f);
        expect(SinsFindingsSchema.safeParse(f).success).toBe(true);
        expect(Number.isInteger(r.min) && Number.isInteger(r.max)).toBe(true);
        expect(0 <= r.min && r.min <= r.max && r.max <= 18).toBe(true);
        const answered = SINS_COMPONENTS.filter((c) => f[c] !== undefined);
        expect(r.unanswered.length + answered.length).toBe(6);
        if (r.unanswered.length === 0) {
          expect(r.total).toBe(r.min);
          expect(r.total).toBe(r.max);
          expect(r.category).toBe(sinsBand(r.min));
        } else {
          expect(r.total).toBeNull();
        }
        if (r.category !== null) expect(sinsBand(r.min)).toBe(sinsBand(r.max));
      }),
      RUNS,
    );
  });

  it('answering one more component only narrows the range', () => {
    fc.assert(
      fc.property(sinsFindings, sinsFindings, (a, b) => {
        const merged = { ...b, ...a };
        const before = scoreSins(a);
        const after = scoreSins(merged);
        expect(after.min).toBeGreaterThanOrEqual(before.min);
        expect(after.max).toBeLessThanOrEqual(before.max);
      }),
      RUNS,
    );
  });

  it('never throws on anything the schema accepts, and the schema refuses anything else', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = SinsFindingsSchema.safeParse(value);
        if (parsed.success) expect(() => scoreSins(parsed.data)).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe('gradeEscc properties', () => {
  const esccFindings = fc.record(
    Object.fromEntries(ESCC_FINDINGS.map((f) => [f, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>,
    { requiredKeys: [] },
  );

  it('always answers graded, incomplete or contradiction, and a grade is always consistent with its answers', () => {
    fc.assert(
      fc.property(esccFindings, (f) => {
        const r = gradeEscc(f);
        expect(['graded', 'incomplete', 'contradiction']).toContain(r.status);
        if (r.status === 'graded' && (r.grade === '2' || r.grade === '3')) {
          expect(f.epiduralTumour && f.thecalSacDeformed && f.cordAbutted && f.cordCompressed).toBe(true);
        }
        if (r.status === 'graded' && r.grade === '0') expect(f.epiduralTumour).toBe(false);
        if (r.status === 'incomplete') expect(f[r.next]).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('never throws on anything the schema accepts', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = EsccFindingsSchema.safeParse(value);
        if (parsed.success) expect(() => gradeEscc(parsed.data)).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe('checkTes properties', () => {
  const tesFindings = fc.record(
    {
      spinalLesionCount: fc.integer({ min: 1, max: 29 }),
      levels: fc.subarray([...VERTEBRAE]),
      ecog: fc.constantFrom(0, 1, 2, 3, 4, 5),
      otherOrganMetastases: fc.integer({ min: 0, max: 999 }),
      systemicDiseaseStable: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('is indicated only when every criterion is met, and not indicated whenever one fails', () => {
    fc.assert(
      fc.property(tesFindings, (f) => {
        expect(TesFindingsSchema.safeParse(f).success).toBe(true);
        const r = checkTes(f);
        expect(r.criteria).toHaveLength(4);
        const statuses = r.criteria.map((c) => c.status);
        if (r.verdict === 'indicated') expect(statuses.every((s) => s === 'met')).toBe(true);
        if (r.contradiction === null && statuses.includes('not-met')) expect(r.verdict).toBe('not-indicated');
        for (const c of r.criteria) expect(c.reason).not.toMatch(/NaN|undefined/);
      }),
      RUNS,
    );
  });

  it('never throws on anything the schema accepts', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = TesFindingsSchema.safeParse(value);
        if (parsed.success) expect(() => checkTes(parsed.data)).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe('parseLevels properties', () => {
  it('never throws; a success is a non-empty run of real levels', () => {
    const text = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[CTLSctlsx ]{0,2}\d{0,3}\s?[-–—to ]{0,4}[CTLS]?\d{0,3}$/),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseLevels(t);
        if (r.ok) {
          expect(r.value.length).toBeGreaterThan(0);
          expect(r.value.every((v) => (VERTEBRAE as readonly string[]).includes(v))).toBe(true);
          expect(areConsecutive(r.value)).toBe(true);
        } else {
          expect(r.error.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('reads back every range written as "A-B"', () => {
    fc.assert(
      fc.property(fc.nat(28), fc.nat(28), (i, j) => {
        const [a, b] = [Math.min(i, j), Math.max(i, j)];
        const r = parseLevels(`${VERTEBRAE[a]}-${VERTEBRAE[b]}`);
        expect(r).toEqual({ ok: true, value: VERTEBRAE.slice(a, b + 1) });
      }),
    );
  });
});
