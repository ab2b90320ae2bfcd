// Fuzzing what comes back from storage: junk never throws and is never shown; any valid
// assessment derives every result without a throw or a NaN.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssessmentSchema, openStorage, type Assessment } from '../../src/storage';
import { openCalculatorDb } from '../../src/storage/db';
import { derive, sinsAnnouncement } from '../../src/ui/derive';
import { ESCC_FINDINGS, SINS_COMPONENTS, SINS_POINTS, VERTEBRAE, parseWholeNumber } from '../../src/clinical';
import { OTHER_SITES } from '../../src/storage';
import { TREATMENTS } from '../../src/evidence';

const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    levels: fc.subarray([...VERTEBRAE], { maxLength: 6 }),
    sins: fc.record(Object.fromEntries(SINS_COMPONENTS.map((c) => [c, fc.constantFrom(...Object.keys(SINS_POINTS[c]))])) as Record<string, fc.Arbitrary<string>>, { requiredKeys: [] }),
    escc: fc.record(Object.fromEntries(ESCC_FINDINGS.map((f) => [f, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>, { requiredKeys: [] }),
    tes: fc.record({ spinalLesionCount: fc.integer({ min: 1, max: 29 }), ecog: fc.constantFrom(0, 1, 2, 3, 4, 5), otherOrganMetastases: fc.integer({ min: 0, max: 999 }), systemicDiseaseStable: fc.boolean() }, { requiredKeys: [] }),
    patient: fc.record({
      histology: fc.constantFrom('leiomyosarcoma', 'other'),
      otherSites: fc.subarray([...OTHER_SITES], { minLength: 1 }),
      treatment: fc.constantFrom(...TREATMENTS),
      ecogPost: fc.constantFrom(0, 1, 2, 3, 4, 5),
      age: fc.integer({ min: 0, max: 120 }),
      sex: fc.constantFrom('F', 'M'),
    }, { requiredKeys: [] }),
  }) as fc.Arbitrary<Assessment>;

describe('stored state', () => {
  it('derives every result from any valid assessment without a throw or NaN', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        expect(AssessmentSchema.safeParse(a).success).toBe(true);
        const d = derive(a);
        expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity/);
        expect(sinsAnnouncement(d.sins)).toMatch(/^SINS \d+/);
        if (d.sins.total !== null) expect(d.sins.total).toBe(d.sins.min);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back junk stored under the draft as "nothing", never as answers', async () => {
    const name = `fuzz-${Date.now()}`;
    const db = await openCalculatorDb(name);
    const storage = await openStorage({}, name);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (junk) => {
        await db.put('draft', { assessment: junk, updatedAt: 'x' } as never, 'current');
        const loaded = await storage.draft.load();
        if (AssessmentSchema.safeParse(junk).success) expect(loaded).toEqual(junk);
        else expect(loaded).toBeNull();
      }),
      { numRuns: 500 },
    );
    db.close();
    storage.close();
  });

  it('refuses to save an impossible assessment', async () => {
    const storage = await openStorage({}, `fuzz-save-${Date.now()}`);
    await expect(storage.draft.save({ levels: ['T13'] } as never)).rejects.toThrow();
    await expect(storage.draft.save({ levels: [], sins: {}, escc: {}, tes: { ecog: 9 }, patient: {} } as never)).rejects.toThrow();
    expect(await storage.draft.load()).toBeNull();
    storage.close();
  });
});

describe('form fields', () => {
  it('reads a typed number as a whole number in range, blank as unanswered, anything else as an error', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseWholeNumber(text, { min: 0, max: 999, name: 'Count' });
        if (r.ok && r.value !== undefined) {
          expect(Number.isInteger(r.value) && r.value >= 0 && r.value <= 999).toBe(true);
          expect(text.trim()).toBe(String(Number(text.trim())).padStart(text.trim().length, '0'));
        }
        if (r.ok && r.value === undefined) expect(text.trim()).toBe('');
      }),
      { numRuns: 3000 },
    );
    expect(parseWholeNumber('', { min: 0, max: 3, name: 'n' })).toEqual({ ok: true, value: undefined });
    expect(parseWholeNumber('0', { min: 0, max: 3, name: 'n' })).toEqual({ ok: true, value: 0 });
    expect(parseWholeNumber('2.5', { min: 0, max: 3, name: 'n' }).ok).toBe(false);
    expect(parseWholeNumber('-1', { min: 0, max: 3, name: 'n' }).ok).toBe(false);
    expect(parseWholeNumber('4', { min: 0, max: 3, name: 'n' }).ok).toBe(false);
  });
});
