// Which trials and series apply to the patient in front of the board, and why: each study's
// eligibility is checked against the profile. A study outside its population (a radiosensitive
// primary for Patchell, ECOG 3 for SC.24, a lung primary for a renal series) is never shown;
// one the profile cannot settle is shown with what is not known and what does not fit.
import { HISTOLOGY_NAMES, type Histology } from '../clinical';
import { radiosensitivityOf, RADIOSENSITIVITY_NAMES } from '../clinical/prognosis/noms';
import { studies } from './catalogue/studies';
import type { PatientProfile, Treatment } from './profile';
import { QUESTIONS, type Question, type Rule, type Study } from './study-schema';

export interface StudyMatch {
  study: Study;
  /** 'applies': every criterion the profile can tell fits; 'partly': something is unknown or off. */
  status: 'applies' | 'partly';
  why: string[];
  unknown: string[];
  misfit: string[];
  /** Criteria no profile can tell (expected survival, prior radiotherapy). */
  caveats: string[];
}
export interface QuestionGroup { question: Question; title: string; matches: StudyMatch[] }
export interface Applicability { groups: QuestionGroup[]; excluded: Array<{ study: Study; reason: string }> }

const GRADES = ['0', '1a', '1b', '1c', '2', '3'] as const;
const rank = (g: string) => GRADES.indexOf(g as (typeof GRADES)[number]);
const HAEMATOLOGICAL: ReadonlySet<Histology> = new Set(['myeloma', 'lymphoma']);
const name = (h: Histology) => (h === 'kidney' ? 'renal cell carcinoma' : HISTOLOGY_NAMES[h].toLowerCase());

/** The question a treatment being weighed answers: its group comes first. */
export const QUESTION_OF: Record<Treatment, Question> = {
  tes: 'en-bloc',
  'partial-spondylectomy-adjuvant': 'en-bloc',
  'posterior-gross-total-resection': 'en-bloc',
  'decompression-stabilisation': 'surgery-or-radiotherapy',
  radiosurgery: 'which-radiotherapy',
  'pulmonary-metastasectomy': 'en-bloc',
  'no-surgery': 'surgery-or-radiotherapy',
};

type Out = Omit<StudyMatch, 'study' | 'status'>;
/** A reason when the rule puts the patient outside the study; otherwise '' (its lines go to out). */
function check(rule: Rule, p: PatientProfile, out: Out): string {
  const h = p.histology;
  const u = (t: string) => { out.unknown.push(t); return ''; };
  const w = (t: string) => { out.why.push(t); return ''; };
  const deficit = p.frankel !== undefined ? p.frankel !== 'E' : p.walking !== undefined ? p.walking === 'not' : undefined;
  switch (rule.kind) {
    case 'not-radiosensitive': {
      if (!h) return u(`primary not entered: ${rule.text}`);
      const rs = radiosensitivityOf(h).value;
      if (rs === 'sensitive') return `${HISTOLOGY_NAMES[h]} is radiosensitive: ${rule.text}`;
      if (rs === null) out.unknown.push(`radiosensitivity of this primary is not classified: ${rule.text}`);
      else out.why.push(`${HISTOLOGY_NAMES[h]}, ${RADIOSENSITIVITY_NAMES[rs]}: not radiosensitive, as the trial required`);
      return '';
    }
    case 'solid-tumour':
      return h && HAEMATOLOGICAL.has(h) ? `${HISTOLOGY_NAMES[h]} is not a solid-tumour metastasis: the series is of ${rule.text}` : '';
    case 'escc-min': {
      // The grade defines the trial's population: ungraded, the trial is not offered as if it fitted.
      if (p.escc === undefined) return `ESCC not graded: the trial required ${rule.text}`;
      if (rank(p.escc) < rank(rule.grade)) return `ESCC ${p.escc}: the trial required ${rule.text}`;
      out.why.push(`ESCC ${p.escc}: ${rule.text}, the population of this trial`);
      return '';
    }
    case 'no-symptomatic-compression': {
      if (p.escc === undefined) return u(`ESCC not graded: ${rule.text}`);
      if (rank(p.escc) < rank('2')) return w(`ESCC ${p.escc}: no compression of the cord`);
      if (deficit === true) return `ESCC ${p.escc} with a neurological deficit: ${rule.text}`;
      if (deficit === undefined) out.unknown.push(`ESCC ${p.escc}, neurology not entered: ${rule.text}`);
      else out.why.push(`ESCC ${p.escc} without a deficit: ${rule.text}`);
      return '';
    }
    case 'ecog-max':
      if (p.ecogPre === undefined) return u(`ECOG not entered: ${rule.text}`);
      if (p.ecogPre > rule.max) return `ECOG ${p.ecogPre}: the trial took ${rule.text}`;
      return w(`ECOG ${p.ecogPre}: ${rule.text}`);
    case 'sins-max':
      if (p.sins === undefined) return u(`SINS not scored: ${rule.text}`);
      if (p.sins > rule.max) return `SINS ${p.sins} (unstable): the trial required ${rule.text}`;
      return w(`SINS ${p.sins}: ${rule.text}`);
    case 'sins-min':
      if (p.sins === undefined) return `SINS not scored: ${rule.text}`;
      if (p.sins < rule.min) return `SINS ${p.sins} (stable): ${rule.text}`;
      return w(`SINS ${p.sins} (potentially unstable or unstable): ${rule.text}`);
    case 'levels-max': {
      const n = p.levels?.length ?? 0;
      if (n === 0) return u(`levels not entered: ${rule.text}`);
      if (n > rule.max) return `${n} levels: the trial took ${rule.text}`;
      return w(`${n} level${n === 1 ? '' : 's'}: ${rule.text}`);
    }
    case 'lesions-max':
      if (p.spinalLesionCount === undefined) return u(`number of spinal lesions not entered: ${rule.text}`);
      if (p.spinalLesionCount > rule.max) return `${p.spinalLesionCount} spinal lesions: the study took ${rule.text}`;
      return w(`${p.spinalLesionCount} spinal lesion${p.spinalLesionCount === 1 ? '' : 's'}: ${rule.text}`);
    case 'not-paraplegic':
      if (p.frankel === 'A') out.misfit.push(`Frankel A: ${rule.text}`);
      return '';
    case 'caveat':
      out.caveats.push(rule.text);
      return '';
  }
}

function histologyFit(s: Study, p: PatientProfile, out: Out): string {
  const pop = s.population;
  const h = p.histology;
  if (pop.histologies === 'any') {
    out.why.push(`any primary: ${pop.mix}`);
    return '';
  }
  const named = pop.histologies.map(name).join(', ');
  if (!h) {
    out.unknown.push(`primary not entered: the series is of ${named}`);
    return '';
  }
  if (pop.histologies.includes(h)) {
    const count = pop.counts?.[h];
    const partial = pop.partial?.[h];
    // A primary that fits only in part is not counted as a fit: its count is of a wider group.
    if (partial) out.misfit.push(`${name(h)}: ${partial}`);
    else out.why.push(`${name(h)}${count !== undefined ? `: ${count} of ${s.n} in the series` : ''}`);
    return '';
  }
  if (pop.others === 'excluded') return `the series is of ${named} only, not ${name(h)}`;
  out.misfit.push(`${name(h)}: ${pop.others} (${pop.mix})`);
  return '';
}

export function matchStudy(s: Study, p: PatientProfile): StudyMatch | { excluded: string } {
  const out: Out = { why: [], unknown: [], misfit: [], caveats: [] };
  const reasons = [histologyFit(s, p, out), ...s.rules.map((r) => check(r, p, out))].filter((r) => r !== '');
  if (reasons.length > 0) return { excluded: reasons.join('; ') };
  return { study: s, status: out.unknown.length === 0 && out.misfit.length === 0 ? 'applies' : 'partly', ...out };
}

const onSpine = (p: PatientProfile) => (p.levels?.length ?? 0) > 0 || (p.metastaticSites ?? []).includes('spine');

export function applicableStudies(p: PatientProfile, list: readonly Study[] = studies): Applicability {
  const excluded: Applicability['excluded'] = [];
  const matched: StudyMatch[] = [];
  for (const s of list) {
    if (!onSpine(p)) {
      excluded.push({ study: s, reason: 'no spinal lesion entered' });
      continue;
    }
    const m = matchStudy(s, p);
    if ('excluded' in m) excluded.push({ study: s, reason: m.excluded });
    else matched.push(m);
  }
  // Applies before partly; trials before series; a series of this primary alone before a mixed
  // one; one that gives a figure before one that gives only p values; larger before smaller.
  const specific = (s: Study) => (s.population.histologies === 'any' ? 0 : s.population.histologies.length === 1 ? 2 : 1);
  const numeric = (s: Study) => Number(s.figures[0]?.value !== null);
  matched.sort(
    (a, b) =>
      Number(a.status === 'partly') - Number(b.status === 'partly') ||
      Number(a.study.design !== 'randomised-trial') - Number(b.study.design !== 'randomised-trial') ||
      specific(b.study) - specific(a.study) ||
      numeric(b.study) - numeric(a.study) ||
      b.study.n - a.study.n,
  );
  const first = p.treatment ? QUESTION_OF[p.treatment] : null;
  const order = (Object.keys(QUESTIONS) as Question[]).sort((a, b) => Number(b === first) - Number(a === first));
  const groups = order
    .map((q) => ({ question: q, title: QUESTIONS[q], matches: matched.filter((m) => m.study.question === q) }))
    .filter((g) => g.matches.length > 0);
  return { groups, excluded };
}
