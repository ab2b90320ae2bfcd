// Fuzzing what comes back from storage: junk never throws, is never shown as a case, and never
// hides the readable cases beside it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssessmentSchema, openStorage, type Assessment, type CaseRecord } from '../../src/storage';
import { openCalculatorDb } from '../../src/storage/db';
import { ESCC_FINDINGS, ORGANS, SINS_COMPONENTS, SINS_POINTS, VERTEBRAE, parseWholeNumber } from '../../src/clinical';
import { parseDecimal } from '../../src/clinical/fields';
import { caseRecord } from './case-fixtures';

const lesion = (id: string) =>
  fc.record({
    id: fc.constant(id),
    levels: fc.subarray([...VERTEBRAE], { maxLength: 6 }),
    sins: fc.record(Object.fromEntries(SINS_COMPONENTS.map((c) => [c, fc.constantFrom(...Object.keys(SINS_POINTS[c]))])) as Record<string, fc.Arbitrary<string>>, { requiredKeys: [] }),
    escc: fc.record(Object.fromEntries(ESCC_FINDINGS.map((f) => [f, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>, { requiredKeys: [] }),
    findingsLevels: fc.subarray([...VERTEBRAE], { maxLength: 6 }),
  });

export const anyAssessment: fc.Arbitrary<Assessment> = fc.record({
  patient: fc.record(
    {
      age: fc.integer({ min: 0, max: 120 }),
      sex: fc.constantFrom('F', 'M'),
      ecog: fc.constantFrom(0, 1, 2, 3, 4),
      organs: fc.subarray([...ORGANS]).map((os) => Object.fromEntries(os.map((o) => [o, {}]))),
      systemicDiseaseStable: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  lesions: fc.integer({ min: 1, max: 3 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => lesion(`lesion-${i + 1}`)))),
}) as fc.Arbitrary<Assessment>;

let n = 0;
const fresh = () => `fuzz-${Date.now()}-${n++}`;

describe('stored case records', () => {
  it('junk beside readable cases never throws and never hides them', async () => {
    const name = fresh();
    const storage = await openStorage({}, name);
    const raw = await openCalculatorDb(name);
    await fc.assert(
      fc.asyncProperty(fc.array(anyAssessment, { minLength: 1, maxLength: 4 }), fc.array(fc.anything(), { maxLength: 4 }), async (assessments, junk) => {
        await raw.clear('cases');
        const good: CaseRecord[] = assessments.map((a, i) => caseRecord(`good-${String(i).padStart(6, '0')}`, `case ${i}`, a, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
        await storage.cases.putMany(good);
        for (const [i, j] of junk.entries()) {
          const value = typeof j === 'object' && j !== null && !Array.isArray(j) ? { ...j, id: `junk-${String(i).padStart(6, '0')}` } : { id: `junk-${String(i).padStart(6, '0')}`, assessment: j };
          await raw.put('cases', value as never);
        }
        const read = await storage.cases.read();
        expect(read.live.map((c) => c.id).sort()).toEqual(good.map((c) => c.id).sort());
        expect(read.setAside).toBe(junk.length);
        expect(await storage.cases.purge(0)).toBe(0);
      }),
      { numRuns: 150 },
    );
    raw.close();
    storage.close();
  });

  it('every valid assessment passes the schema it is stored under', () => {
    fc.assert(fc.property(anyAssessment, (a) => { expect(AssessmentSchema.safeParse(a).success).toBe(true); }), { numRuns: 500 });
  });
});

describe('stored drafts', () => {
  it('junk under the draft never throws when read', async () => {
    const name = fresh();
    const db = await openCalculatorDb(name);
    const storage = await openStorage({}, name);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (junk) => {
        await db.put('draft', { assessment: junk, updatedAt: 'x' } as never, 'current');
        await expect(storage.draft.load()).resolves.not.toThrow();
      }),
      { numRuns: 300 },
    );
    db.close();
    storage.close();
  });
});

describe('form fields', () => {
  it('read a typed number only when the text is that number, blank as unanswered', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9.,e x-]{0,8}$/)), (text) => {
        const r = parseWholeNumber(text, { min: 0, max: 999, name: 'Count' });
        if (r.ok && r.value !== undefined) {
          expect(Number.isInteger(r.value) && r.value >= 0 && r.value <= 999).toBe(true);
          expect(text.trim()).toBe(String(r.value).padStart(text.trim().length, '0'));
        }
        if (r.ok && r.value === undefined) expect(text.trim()).toBe('');
        const d = parseDecimal(text, { min: 0.5, max: 70, name: 'Albumin' });
        if (d.ok && d.value !== undefined) {
          expect(d.value >= 0.5 && d.value <= 70).toBe(true);
          expect(text.trim()).toMatch(/^\d+([.,]\d{1,2})?$/);
          expect(Number(text.trim().replace(',', '.'))).toBe(d.value);
        }
        if (d.ok && d.value === undefined) expect(text.trim()).toBe('');
      }),
      { numRuns: 3000 },
    );
    expect(parseWholeNumber('', { min: 0, max: 3, name: 'n' })).toEqual({ ok: true, value: undefined });
    expect(parseWholeNumber('0', { min: 0, max: 3, name: 'n' })).toEqual({ ok: true, value: 0 });
    for (const t of ['2.5', '-1', '4', '1e1', '0x1']) expect(parseWholeNumber(t, { min: 0, max: 3, name: 'n' }).ok).toBe(false);
  });
});
