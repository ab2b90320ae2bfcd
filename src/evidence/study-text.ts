// Words for the trials and series: a figure with its n, a citation a clinician can follow
// (first author, year, journal, where in the paper), and the one or two figures a note carries.
import { applicableStudies, QUESTION_OF, type StudyMatch } from './applicability';
import type { PatientProfile } from './profile';
import { STUDY_DESIGNS, STUDY_ORIGINS, type Study, type StudyFigure } from './study-schema';

const UNIT: Record<StudyFigure['unit'], string> = { percent: '%', months: ' months', days: ' days', points: ' points' };

export function studyCitation(s: Study, f?: StudyFigure): string {
  const who = s.citation.firstAuthor.includes('(') ? s.citation.firstAuthor : `${s.citation.firstAuthor} et al.`;
  return `${who} ${s.citation.year}, ${s.citation.journal}${f ? `, ${f.where}` : ''}`;
}

export function studyValue(f: StudyFigure): string {
  if (f.value === null) return f.pValue ? `p = ${f.pValue.replace(/^0?\./, '0.')}` : 'no figure given';
  const count = f.count ? ` (${f.count.events}/${f.count.of})` : '';
  return `${f.value}${UNIT[f.unit]}${count}`;
}

/** "n = 50" or "n = 252 (57 of 410 treated segments)". */
export const studyN = (f: StudyFigure) => `n = ${f.n}${f.nNote ? ` (${f.nNote})` : ''}`;

export const studyMeta = (s: Study) => `${STUDY_DESIGNS[s.design]}, n = ${s.n}`;

export const originWords = (f: StudyFigure) => STUDY_ORIGINS[f.timeOrigin];

/** Figures grouped by label, so a trial's arms read side by side. */
export function figureRows(s: Study): Array<{ label: string; figures: StudyFigure[] }> {
  const rows: Array<{ label: string; figures: StudyFigure[] }> = [];
  for (const f of s.figures) {
    const row = rows.find((r) => r.label === f.label);
    if (row) row.figures.push(f);
    else rows.push({ label: f.label, figures: [f] });
  }
  return rows;
}

/** "Able to walk after treatment: surgery + radiotherapy 84% (42/50), n = 50; radiotherapy alone 57% (29/51), n = 51". */
export function rowText(row: { label: string; figures: StudyFigure[] }): string {
  return `${row.label}: ${row.figures.map((f) => `${f.arm ? `${f.arm} ` : ''}${studyValue(f)}, ${studyN(f)}`).join('; ')}`;
}

export interface NoteFigure {
  line: string;
  status: StudyMatch['status'];
  studyId: string;
}

/** A note's figure row: "arm: 35%, n = 114"; a comparison without a figure is its finding alone,
 *  and an n the study's own n already gives is not repeated. */
function noteRow(s: Study, row: { label: string; figures: StudyFigure[] }): string {
  const one = (f: StudyFigure) => {
    const n = row.figures.length === 1 && f.n === s.n ? '' : `, ${studyN(f)}`;
    if (f.value === null && !f.pValue) return `${f.arm ?? ''}${n}`;
    return `${f.arm ? `${f.arm}: ` : ''}${studyValue(f)}${n}`;
  };
  const parts = row.figures.map(one).filter((t) => t !== '');
  return parts.length > 0 ? `${row.label}${parts[0]?.startsWith(',') ? '' : ': '}${parts.join('; ')}` : row.label;
}

function noteFigure(m: StudyMatch, heading: string): NoteFigure {
  const s = m.study;
  const row = figureRows(s)[0];
  const fit = m.status === 'applies' ? '' : ' [applies in part: see the app]';
  // The citation names author and year: the study's name keeps only its acronym ("SC.24").
  const acronym = s.name.replace(new RegExp(`,?\\s*${(s.citation.firstAuthor.split(' ')[0] ?? '').replace(/[^\p{L}-]/gu, '')}\\s+${s.citation.year}$`), '').trim();
  const meta = `${STUDY_DESIGNS[s.design].toLowerCase()}, n = ${s.n}`;
  const line = `${heading}: ${acronym || s.name} (${meta}): ${row ? noteRow(s, row) : 'no figure'} — ${studyCitation(s, row?.figures[0])}${fit}`;
  return { line, status: m.status, studyId: s.id };
}

/** The one or two figures that matter most for the treatment being weighed, with citations:
 *  from the studies of that treatment's question, those that apply first, trials first (the
 *  order of applicableStudies); none when no study is matched. */
export function keyFiguresForNote(profile: PatientProfile, max = 2): NoteFigure[] {
  const { groups } = applicableStudies(profile);
  const t = profile.treatment;
  const group = t ? groups.find((g) => g.question === QUESTION_OF[t]) : groups[0];
  if (!group) return [];
  const forTreatment = t ? group.matches.filter((m) => m.study.treatments.includes(t)) : group.matches;
  const pool = forTreatment.length > 0 ? forTreatment : group.matches;
  const heading = `Key evidence (${group.title.replace(/\?$/, '').toLowerCase()})`;
  return pool.slice(0, max).map((m) => noteFigure(m, heading));
}

/** Every trial and series matched, by question, each row with n and citation: the print's full list. */
export function studyNoteLines(profile: PatientProfile): string[] {
  const lines: string[] = [];
  for (const g of applicableStudies(profile).groups) {
    lines.push(`${g.title}`);
    for (const m of g.matches) {
      lines.push(`  ${m.study.name} (${studyMeta(m.study)}; ${m.study.compared})${m.status === 'applies' ? '' : ' — applies in part'}`);
      for (const row of figureRows(m.study)) lines.push(`    ${rowText(row)} — ${studyCitation(m.study, row.figures[0])}`);
    }
  }
  return lines;
}

/** The full citations of the studies matched (or of those named in `only`), for a reference list. */
export function studyReferences(profile: PatientProfile, only?: ReadonlySet<string>): string[] {
  return applicableStudies(profile).groups.flatMap((g) => g.matches.filter((m) => !only || only.has(m.study.id)).map((m) => m.study.citation.full));
}
