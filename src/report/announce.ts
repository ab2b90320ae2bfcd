// Each result's one-line wording, written once for the screen's live regions, the note and the
// print: a lesion's SINS and ESCC, and the patient's TES verdict. Pure text, no DOM.
import { ESCC_FINDING_NAMES, type EsccResult, type NeuralLevel, type Patient, type SinsResult, type TesResult } from '../clinical';
import type { LesionDerived } from './derive';

const BAND = {
  stable: 'stable (0–6)',
  indeterminate: 'indeterminate, possibly impending instability (7–12)',
  unstable: 'instability (13–18)',
} as const;

/** "SINS 13 — instability (13–18)" or "SINS 8–14 so far, 2 of 6 unanswered". */
export function sinsAnnouncement(s: SinsResult): string {
  if (s.total !== null) return `SINS ${s.total} — ${BAND[s.category as keyof typeof BAND]}`;
  const n = s.unanswered.length;
  const so = `SINS ${s.min}–${s.max} so far, ${n} of 6 unanswered`;
  return s.category ? `${so}: ${BAND[s.category]} whatever the rest` : so;
}

/** The lesion's live line: "Lesion 2 (L3): SINS 7 — indeterminate …". */
export function lesionSinsAnnouncement(d: LesionDerived): string {
  const who = `Lesion ${d.n}${d.levelsText ? ` (${d.levelsText})` : ''}`;
  if (d.pending) return `${who}: SINS not shown — findings entered for ${d.pending.enteredFor}: confirm them for ${d.pending.now} or clear them`;
  return `${who}: ${sinsAnnouncement(d.sins)}`;
}

const TIER_TEXT = { low: 'low grade', intermediate: 'intermediate (1c, debated)', high: 'high grade' } as const;

/** Below the conus there is no cord: the grade describes the thecal sac and cauda equina. */
const SITE: Record<NeuralLevel, string> = {
  cord: '',
  conus: ' (at T12–L1: conus or cauda equina)',
  'cauda-equina': ' (below the conus: thecal sac and cauda equina, no cord)',
};

export function esccAnnouncement(r: EsccResult, neural: NeuralLevel | null = null): string {
  if (r.status === 'graded') return `ESCC grade ${r.grade} — ${TIER_TEXT[r.tier]}${neural && r.grade !== '0' ? SITE[neural] : ''}`;
  if (r.status === 'contradiction') return `ESCC not graded: ${r.message}`;
  return `ESCC not graded yet: next, ${ESCC_FINDING_NAMES[r.next]}?`;
}

/** A lesion's ESCC without its name: held back while its findings wait for confirmation. */
export function lesionEscc(d: LesionDerived): string {
  return d.pending ? 'ESCC not shown until the findings are confirmed' : esccAnnouncement(d.escc, d.neural);
}

/** The lesion's live ESCC line: "Lesion 2 (L3): ESCC grade 2 — high grade". */
export function lesionEsccAnnouncement(d: LesionDerived): string {
  return `Lesion ${d.n}${d.levelsText ? ` (${d.levelsText})` : ''}: ${lesionEscc(d)}`;
}

// TES indication criteria (Kato S et al. 2020, Methods): framed as "meets the criteria of that
// cohort", never a go-ahead: the criteria say whom one group offered TES, not whether this
// patient needs surgery.
const COHORT = 'the Kato 2020 TES cohort (leiomyosarcoma, n = 10)';
const VERDICT = {
  indicated: `TES: meets the criteria of ${COHORT}`,
  'not-indicated': `TES: does not meet the criteria of ${COHORT}`,
  incomplete: 'TES criteria not yet assessed in full',
} as const;

export function tesAnnouncement(r: TesResult): string {
  if (r.contradiction) return `TES: check the answers — ${r.contradiction}`;
  const open = r.criteria.filter((c) => c.status === 'not-assessed').length;
  return r.verdict === 'incomplete' ? `${VERDICT.incomplete}: ${open} of 4 not assessed` : VERDICT[r.verdict];
}

const DEFICIT: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D']);

/** Stable (SINS 0–6), low-grade ESCC (0, 1a, 1b) on every lesion and no neurological deficit
 *  (Frankel E, or not entered): nothing here calls for surgery. */
export function noSurgicalCall(lesions: readonly LesionDerived[], frankel?: Patient['frankel']): boolean {
  if (frankel && DEFICIT.has(frankel)) return false;
  return lesions.every((l) => !l.pending && l.sins.surgicalConsultation === false && l.escc.status === 'graded' && l.escc.tier === 'low');
}

export interface TesFraming {
  /** The finding that nothing calls for surgery, above the verdict; null when something may. */
  finding: string | null;
  /** The verdict; when nothing calls for surgery, the cohort's criteria being met, not a headline. */
  verdict: string;
  /** What the verdict does not say. */
  meaning: string;
  /** For every primary but leiomyosarcoma: where the criteria come from. */
  cohort: string | null;
}

/** The TES panel's and the note's words, from one place. */
// nameOf names the histology (histology.ts): passed in, so the first screen need not carry the
// names before a histology is chosen (the TES panel loads them then).
export function tesFraming(
  r: TesResult,
  lesions: readonly LesionDerived[],
  p: Pick<Patient, 'histology' | 'primarySite' | 'frankel'>,
  nameOf?: (p: Pick<Patient, 'histology' | 'primarySite'>) => string | null,
): TesFraming {
  const quiet = lesions.length > 0 && noSurgicalCall(lesions, p.frankel);
  const neurology = p.frankel ? 'no neurological deficit (Frankel E)' : 'Frankel grade not entered';
  const h = nameOf?.(p) ?? null;
  return {
    finding: quiet ? `Nothing entered calls for surgery: every lesion is stable (SINS 6 or less) with low-grade ESCC (0–1b); ${neurology}.` : null,
    verdict: quiet && !r.contradiction && r.verdict === 'indicated' ? `TES: the criteria of ${COHORT} are met` : tesAnnouncement(r),
    meaning: quiet ? 'they describe whom that group offered TES, not an indication for surgery' : 'not a recommendation',
    cohort: h && p.histology !== 'leiomyosarcoma' ? `These criteria come from a leiomyosarcoma cohort (Kato 2020, n = 10), not from ${h}.` : null,
  };
}
