// The plain-text summary for the clinical note: short by default (the patient once, every
// lesion on its own line, the TES criteria, the key figure with its citation), the whole
// evidence list on request. Loaded on demand (it needs the evidence base).
import { ESCC_FINDING_NAMES, SINS_COMPONENTS, prognosisFor, type Assessment } from '../clinical';
import { lesionNoms, prognosisLines } from './prognosis-text';
import { citationText, figureValue, prognosticOutcomes } from '../evidence';
import type { PrognosisFor } from '../clinical';
import { derive, type Derived, type LesionDerived } from './derive';
import { lesionEscc, lesionSinsAnnouncement, tesFraming } from './announce';
import { histologyText } from './histology';
import { organsText, treatmentText } from './words';
import { evidenceNoteLines } from './evidence-note';

export { referencesFor } from './evidence-note';

const SHORT = { location: 'location', pain: 'pain', boneLesion: 'bone', alignment: 'alignment', collapse: 'collapse', posterolateral: 'posterolateral' } as const;

/** A lesion's ESCC as a sentence of the note: no question mark before the full stop. */
export function lesionEsccNote(d: LesionDerived): string {
  if (!d.pending && d.escc.status === 'incomplete') return `ESCC not graded yet (${ESCC_FINDING_NAMES[d.escc.next]}: not answered)`;
  return lesionEscc(d);
}

function lesionLines(a: Assessment, l: LesionDerived, p: PrognosisFor): string[] {
  const parts = SINS_COMPONENTS.map((c) => `${SHORT[c]} ${l.sins.points[c] ?? '–'}`).join(', ');
  const consult = !l.pending && l.sins.surgicalConsultation ? '; SINS 7 or more: surgical consultation recommended' : '';
  const sins = l.pending ? lesionSinsAnnouncement(l) : `${lesionSinsAnnouncement(l)} [${parts}]${consult}`;
  const spans = l.location?.spansSegments ? ' Location: lesion spans segments; highest-scoring level used (no official rule).' : '';
  return [`${sins}.${spans}`, `  ${lesionEsccNote(l)}. NOMS (Laufer 2013): ${lesionNoms(a, l, p).line}`];
}

/** The TES lines, never a go-ahead: when nothing calls for surgery, that finding comes first;
 *  then the cohort the criteria come from. */
function tesLines(d: Derived): string[] {
  const f = tesFraming(d.tes, d.lesions, d.patient, histologyText);
  const tes = d.tes.criteria.map((c) => `${TES_SHORT[c.id]}: ${STATUS_SHORT[c.status]}`).join('; ');
  const verdict = `${f.verdict} (${tes}); ${f.meaning}.${f.cohort ? ` ${f.cohort}` : ''}`;
  return f.finding ? [f.finding, verdict] : [verdict];
}

function patientLine(d: Derived): string {
  const p = d.patient;
  const bits = [
    histologyText(p) ?? 'primary not entered',
    p.age !== undefined ? `${p.age} y` : null,
    p.sex ?? null,
    p.ecog !== undefined ? `ECOG ${p.ecog}` : null,
    p.kps !== undefined ? `KPS ${p.kps}%` : null,
    p.frankel ? `Frankel ${p.frankel}` : null,
    p.walking ? WALKING[p.walking] : null,
    d.spinal.total !== null ? `${d.spinal.total} spinal lesion${d.spinal.total === 1 ? '' : 's'}` : null,
    p.extraspinalBoneMetastases === undefined ? null : p.extraspinalBoneMetastases === 0 ? 'no bone metastasis outside the spine' : `${p.extraspinalBoneMetastases} bone metastas${p.extraspinalBoneMetastases === 1 ? 'is' : 'es'} outside the spine`,
    organsText(p.organs),
    p.systemicDiseaseStable === undefined ? null : p.systemicDiseaseStable ? 'systemic disease stable' : 'systemic disease not stable',
    p.albumin ? `albumin ${p.albumin.value} ${p.albumin.unit}` : null,
  ];
  return `Patient: ${bits.filter(Boolean).join(', ')}`;
}

const WALKING = { independent: 'walks independently', 'with-aid': 'walks with an aid', not: 'does not walk' } as const;
const TES_SHORT = { solitary: 'solitary', levels: '≤ 3 levels', ecog: 'ECOG ≤ 3', 'other-metastases': 'stable, ≤ 3 other-organ metastases' } as const;
const STATUS_SHORT = { met: 'met', 'not-met': 'not met', 'not-assessed': 'not assessed' } as const;
/** The Tokuhashi band's survival across studies, side by side (never pooled), in months. */
function bandLine(p: PrognosisFor): string | null {
  const records = prognosticOutcomes({ tokuhashi: p.tokuhashi.result.band }).filter((r) => r.measure === 'median-survival');
  if (records.length === 0) return null;
  const each = records.map((r) => `${figureValue(r)}${r.n !== null ? ` (n = ${r.n})` : ''}, ${citationText(r.citation)}`);
  return `Median survival in the same Tokuhashi band, by study: ${each.join('; ')}`;
}

export interface SummaryOptions {
  now?: Date;
  /** The whole evidence list instead of the key figure. */
  full?: boolean;
}

export function buildSummary(a: Assessment, { now = new Date(), full = false }: SummaryOptions = {}): string {
  const d = derive(a);
  const lines: string[] = [`Spinal metastasis assessment — ${now.toISOString().slice(0, 10)}`, patientLine(d), treatmentText(a.patient)];
  const prognosis = prognosisFor(a.patient, a.lesions);
  for (const l of d.lesions) lines.push(...lesionLines(a, l, prognosis));
  lines.push(...tesLines(d));
  lines.push(...prognosisLines(prognosis));
  const band = bandLine(prognosis);
  if (band) lines.push(band);
  lines.push(...evidenceNoteLines(d.profile, { full }));
  lines.push(`Spinal metastasis calculator ${__APP_BUILD__}: decision support only; check against the sources.`);
  return lines.join('\n');
}
