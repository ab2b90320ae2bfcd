import { describe, expect, it } from 'vitest';
import {
  VERTEBRAE,
  areConsecutive,
  consecutiveRuns,
  formatLevels,
  parseLevels,
  type Vertebra,
} from '../../src/clinical';

describe('VERTEBRAE', () => {
  it('lists the 29 levels C1-C7, T1-T12, L1-L5, S1-S5 from the skull down', () => {
    expect(VERTEBRAE).toHaveLength(29);
    expect(VERTEBRAE.slice(0, 7)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    expect(VERTEBRAE.slice(7, 19)).toEqual(Array.from({ length: 12 }, (_, i) => `T${i + 1}`));
    expect(VERTEBRAE.slice(19, 24)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5']);
    expect(VERTEBRAE.slice(24)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });
});

describe('parseLevels', () => {
  const ok = (text: string, levels: Vertebra[]) => expect(parseLevels(text)).toEqual({ ok: true, value: levels });

  it('reads the ways clinicians type levels', () => {
    ok('T12-L2', ['T12', 'L1', 'L2']);
    ok('T3–T5', ['T3', 'T4', 'T5']); // en dash
    ok('T3—T5', ['T3', 'T4', 'T5']); // em dash
    ok('c7 - t1', ['C7', 'T1']);
    ok('T7', ['T7']);
    ok('  l1 ', ['L1']);
    ok('T3-5', ['T3', 'T4', 'T5']);
    ok('T10/T11', ['T10', 'T11']);
    ok('T11, T12', ['T11', 'T12']);
    ok('T3 to T5', ['T3', 'T4', 'T5']);
    ok('L5-S1', ['L5', 'S1']);
  });

  it('orders a range typed caudal first', () => {
    ok('L2-T12', ['T12', 'L1', 'L2']);
  });

  it.each([
    ['T13', 'There is no T13: the thoracic levels are T1 to T12.'],
    ['L6', 'There is no L6: the lumbar levels are L1 to L5.'],
    ['S6', 'There is no S6: the sacral levels are S1 to S5.'],
    ['C8', 'There is no C8: the cervical levels are C1 to C7.'],
    ['T0', 'There is no T0: the thoracic levels are T1 to T12.'],
  ])('rejects %s with a message naming the real range', (text, message) => {
    expect(parseLevels(text)).toEqual({ ok: false, error: message });
  });

  it('rejects empty text, asking for a level', () => {
    for (const text of ['', '   ']) {
      const r = parseLevels(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/Enter a level/);
    }
  });

  it('rejects words, three-ended ranges and non-consecutive lists', () => {
    expect(parseLevels('thoracic').ok).toBe(false);
    expect(parseLevels('T1-T2-T3').ok).toBe(false);
    expect(parseLevels('X4').ok).toBe(false);
    const gap = parseLevels('T3, T7');
    expect(gap).toEqual({
      ok: false,
      error: 'T3, T7 are not consecutive. Enter one lesion at a time; separate lesions are scored separately.',
    });
    // "T12-2" would read as T2-T12 (11 levels) if taken literally; it is rejected rather than guessed.
    const ambiguous = parseLevels('T12-2');
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) expect(ambiguous.error).toMatch(/ambiguous.*in full/);
  });
});

describe('runs of levels', () => {
  it('tells consecutive from separate lesions', () => {
    expect(areConsecutive(['T12', 'L1', 'L2'])).toBe(true);
    expect(areConsecutive(['L1', 'T12'])).toBe(true);
    expect(areConsecutive(['T3', 'T5'])).toBe(false);
    expect(consecutiveRuns(['T9', 'T3', 'T4'])).toEqual([['T3', 'T4'], ['T9']]);
    expect(formatLevels(['T12', 'L1', 'L2', 'L5'])).toBe('T12–L2, L5');
  });
});
