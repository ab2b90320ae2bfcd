// A refused backup says which case (1-based, its label and date), which answer in the form's
// words, and what was expected, whole; a newer release's file says to update; parts are checked;
// an import's counts add up to the cases in the file.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importReport, parseBackup, planImport, serializeBackup, type ConflictChoice } from '../../src/storage/backup';
import { caseRecord, fullAssessment } from './case-fixtures';

const A = caseRecord('case-000000a1', 'T12 lytic', fullAssessment(), '2026-11-01T10:00:00.000Z');
const B = caseRecord('case-000000b2', 'L4 clinic 3', fullAssessment(), '2026-11-02T10:00:00.000Z');
const file = () => JSON.parse(serializeBackup([A, B], 'test', new Date('2026-11-03T10:00:00Z')));
const refused = (data: unknown): string => {
  const r = parseBackup(JSON.stringify(data));
  if (r.ok) throw new Error('imported');
  return r.error;
};
type Json = Record<string, any>;

describe('every refusal names the case, the answer and what was expected', () => {
  const CASE2 = 'Case 2 (“L4 clinic 3”, changed 2026-11-02): ';
  it.each<[string, (c: Json) => void, string]>([
    ['a level that does not exist', (c) => (c.assessment.lesions[0].levels = ['T13']), 'lesion 1, levels: expected a spinal level from C1 to the sacrum (for example T12); the file has “T13”'],
    ['findings read at a level that does not exist', (c) => (c.assessment.lesions[0].findingsLevels = ['L6']), 'lesion 1, levels the findings were read at: expected a spinal level from C1 to the sacrum (for example T12); the file has “L6”'],
    ['a SINS answer the form has not', (c) => (c.assessment.lesions[0].sins.boneLesion = 'sclerotic'), 'lesion 1, SINS bone lesion: expected one of: “Lytic”, “Mixed (lytic/blastic)” or “Blastic”; the file has “sclerotic”'],
    ['an ESCC answer that is not yes or no', (c) => (c.assessment.lesions[0].escc.cordCompressed = 'maybe'), 'lesion 1, ESCC cord compressed: expected yes or no; the file has “maybe”'],
    ['an ECOG grade of 7', (c) => (c.assessment.patient.ecog = 7), 'ECOG performance status: expected one of 0, 1, 2, 3 or 4; the file has 7'],
    ['a Karnofsky score of 55', (c) => (c.assessment.patient.kps = 55), 'Karnofsky performance status: expected one of 100, 90, 80, 70, 60, 50, 40, 30, 20 or 10; the file has 55'],
    ['an age of 130', (c) => (c.assessment.patient.age = 130), 'age: expected at most 120; the file has 130'],
    ['an age as text', (c) => (c.assessment.patient.age = 'sixty'), 'age: expected a number; the file has “sixty”'],
    ['a date that is not one', (c) => (c.updatedAt = 'yesterday'), 'date changed: expected a date and time as the app writes it (for example 2026-11-01T10:00:00.000Z); the file has “yesterday”'],
    ['no lesion at all', (c) => (c.assessment.lesions = []), 'the lesions: expected at least 1; the file has a list'],
  ])('%s', (_what, spoil, words) => {
    const f = file();
    spoil(f.cases[1]);
    const e = refused(f);
    // A changed date is not the case's date any more: the case is named by its label alone then.
    expect(e).toContain(_what.startsWith('a date') ? `Case 2 (“L4 clinic 3”): ${words}` : `${CASE2}${words}`);
    expect(e).toMatch(/ Nothing was imported\.$/);
    expect(e).not.toMatch(/cases\.1|Invalid (option|input)|\.\.\./);
  });

  it('the whole list of levels is never cut: one level out of 29 options is said as a range, with an example', () => {
    const f = file();
    f.cases[0].assessment.lesions[0].levels = ['X1'];
    const e = refused(f);
    expect(e).toContain('Case 1 (“T12 lytic”, changed 2026-11-01): lesion 1, levels: expected a spinal level from C1 to the sacrum (for example T12); the file has “X1”.');
    expect(e).not.toMatch(/"C1"\|/);
  });
});

describe('a file from a newer release', () => {
  it('with an answer this version does not know: made by a newer version, update the app, then import', () => {
    const f = file();
    f.cases[0].assessment.patient.frailtyIndex = 0.3;
    expect(refused(f)).toMatch(/^This backup was made by a newer version of the app: update the app, then import it\. The backup has a problem: Case 1 \(“T12 lytic”, changed 2026-11-01\): the patient’s answers: a field this version does not know \(“frailtyIndex”\)\. Nothing was imported\.$/);
  });
  it('with a field this version does not know around the cases', () => {
    expect(refused({ ...file(), signedBy: 'x' })).toMatch(/^This backup was made by a newer version of the app: update the app, then import it\./);
  });
  it('with a later backup version', () => {
    expect(refused({ ...file(), version: 3 })).toMatch(/^This backup was made by a newer version of the app \(backup version 3\): update the app, then import it\./);
  });
});

describe('part numbers', () => {
  it.each([
    [{ n: 5, of: 2 }, /part 5 of 2 of a backup: a part’s number is from 1 to the number of parts/],
    [{ n: 0, of: 2 }, /part number: expected a whole number from 1 to the number of parts; the file has 0\./],
    [{ n: 1.5, of: 2 }, /part number: expected a whole number from 1 to the number of parts; the file has 1\.5\./],
    [{ n: 1, of: 0 }, /number of parts: expected a whole number from 1 to 10,000; the file has 0\./],
  ])('%o is refused', (part, words) => {
    expect(refused({ ...file(), part })).toMatch(words);
  });
  it('part 2 of 2 is read', () => {
    const r = parseBackup(JSON.stringify({ ...file(), part: { n: 2, of: 2 } }));
    expect(r.ok && r.value.part).toEqual({ n: 2, of: 2 });
  });
});

describe('the import report', () => {
  it('counts a new case and a restored one as 2 written of the 2 in the file', () => {
    const here = [{ ...B, deletedAt: '2026-11-03T09:00:00.000Z' }];
    const plan = planImport(here, [A, B]);
    expect(importReport(plan, new Map())).toBe('Imported: 2 cases written (1 new, 1 deleted here and restored); the file held 2 cases.');
  });

  it('adds up to the cases in the file, whatever the mix and the choices', () => {
    const kinds = fc.constantFrom('new', 'deleted-here', 'same', 'differs');
    fc.assert(
      fc.property(fc.array(fc.tuple(kinds, fc.constantFrom<ConflictChoice>('keep-mine', 'take-theirs', 'keep-both')), { maxLength: 12 }), fc.nat(3), (list, leftOut) => {
        const here = [];
        const incoming = [];
        const choices = new Map<string, ConflictChoice>();
        for (const [i, [kind, choice]] of list.entries()) {
          const c = caseRecord(`case-${String(i).padStart(8, '0')}`, `case ${i}`, fullAssessment());
          incoming.push(c);
          if (kind === 'deleted-here') here.push({ ...c, deletedAt: '2026-11-03T09:00:00.000Z' });
          if (kind === 'same') here.push(c);
          if (kind === 'differs') {
            here.push({ ...c, label: 'changed here' });
            choices.set(c.id, choice);
          }
        }
        const text = importReport(planImport(here, incoming), choices, leftOut);
        const total = Number(/the file held ([\d,]+) case/.exec(text)?.[1]);
        const written = Number(/Imported: ([\d,]+) case/.exec(text)?.[1]);
        const others = [/([\d,]+) already here/, /([\d,]+) kept as saved here/, /([\d,]+) marked deleted in the file/].map((r) => Number(r.exec(text)?.[1] ?? 0));
        expect(total).toBe(list.length + leftOut);
        expect(written + others.reduce((x, y) => x + y, 0)).toBe(total);
        const how = [...(/written \(([^)]*)\)/.exec(text)?.[1] ?? '').matchAll(/(\d[\d,]*) /g)].reduce((x, m) => x + Number(m[1]), 0);
        expect(how).toBe(written);
      }),
    );
  });
});
