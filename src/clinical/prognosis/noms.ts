// NOMS (neurologic, oncologic, mechanical, systemic): the pathway the framework points to for
// one lesion, in plain words. It never assumes a missing answer: it says what is missing.
import { esccTier, type EsccGrade, type NeuralLevel } from '../escc';
import type { Histology } from '../patient';
import type { Frankel } from '../performance';
import type { SinsResult } from '../sins';

export const NOMS_CITATION = 'Laufer I et al., Oncologist 2013;18(6):744-51 (the NOMS framework)';

export type Radiosensitivity = 'sensitive' | 'moderate' | 'resistant';

// Response of the histology to conventional radiotherapy. Radiosensitive: lymphoma, myeloma
// (seminoma too); radioresistant: renal cell, melanoma, thyroid, colorectal (AO Surgery
// Reference, spine, metastatic tumours, "Classification of tumor radiosensitivity", read with the
// search tool), also hepatocellular, non-small-cell lung and sarcoma, leiomyosarcoma included;
// breast and prostate are often treated as moderately sensitive (both as listed for Laufer 2013
// in the project's prognosis reference). Histologies in none of these lists stay unclassified.
export const RADIOSENSITIVITY_BY_HISTOLOGY: Partial<Record<Histology, Radiosensitivity>> = {
  lymphoma: 'sensitive',
  myeloma: 'sensitive',
  breast: 'moderate',
  prostate: 'moderate',
  kidney: 'resistant',
  thyroid: 'resistant',
  liver: 'resistant',
  colorectal: 'resistant',
  rectum: 'resistant',
  'lung-nsclc': 'resistant',
  melanoma: 'resistant',
  leiomyosarcoma: 'resistant',
  'other-sarcoma': 'resistant',
};

export const RADIOSENSITIVITY_NAMES: Record<Radiosensitivity, string> = {
  sensitive: 'radiosensitive',
  moderate: 'moderately radiosensitive',
  resistant: 'radioresistant',
};

export function radiosensitivityOf(h: Histology | undefined): { value: Radiosensitivity | null; reason: string | null } {
  if (h === undefined) return { value: null, reason: 'The histology is not entered.' };
  const value = RADIOSENSITIVITY_BY_HISTOLOGY[h] ?? null;
  return value ? { value, reason: null } : { value: null, reason: 'This histology is not in the radiosensitivity lists this calculator draws on: ask radiation oncology.' };
}

export interface NomsInput {
  /** This lesion's ESCC grade, or null while not graded. */
  escc: EsccGrade | null;
  frankel?: Frankel;
  radiosensitivity: Radiosensitivity | null;
  /** This lesion's SINS (total or the range it can still take), or null while not scored. */
  sins: Pick<SinsResult, 'total' | 'min' | 'max'> | null;
  /** Whether the patient can tolerate surgery; null while not stated. */
  fitForSurgery: boolean | null;
  neuralLevel?: NeuralLevel | null;
  /** One line of prognosis for the systemic pillar, e.g. "revised Tokuhashi (2005) 4: under 6 months". */
  prognosis?: string | null;
}

export type NomsRoute = 'conventional-radiotherapy' | 'radiosurgery' | 'separation-surgery-then-radiosurgery' | 'radiation-without-surgery' | 'debated' | 'open';
export type NomsMechanical = 'stabilisation' | 'surgical-consultation' | 'none' | 'open';

export interface NomsSummary {
  neurologic: string;
  oncologic: string;
  mechanical: string;
  systemic: string;
  route: NomsRoute;
  routeText: string;
  stabilisation: NomsMechanical;
  stabilisationText: string;
  /** Plain sentences, in order: what the framework points to. */
  pathway: string[];
  /** What is missing before the framework can point anywhere firmer. */
  missing: string[];
  citation: string;
}

const LOW = 'conventional radiotherapy if radiosensitive, stereotactic radiosurgery if radioresistant';
const HIGH = 'radiotherapy if radiosensitive; separation surgery then radiosurgery (stereotactic) if radioresistant and the patient can tolerate surgery';

function lowGrade(r: Radiosensitivity): { route: NomsRoute; text: string } {
  if (r === 'sensitive') return { route: 'conventional-radiotherapy', text: 'Low-grade compression in a radiosensitive tumour: conventional radiotherapy.' };
  if (r === 'resistant') return { route: 'radiosurgery', text: 'Low-grade compression in a radioresistant tumour: stereotactic radiosurgery.' };
  return { route: 'open', text: `Low-grade compression: ${LOW}; this histology is moderately sensitive, so which applies is a call for radiation oncology.` };
}

function highGrade(r: Radiosensitivity, fit: boolean | null): { route: NomsRoute; text: string } {
  if (r === 'sensitive') return { route: 'conventional-radiotherapy', text: 'High-grade compression in a radiosensitive tumour: conventional radiotherapy (radiosensitive tumours are treated with radiation whatever the grade of compression).' };
  if (r === 'moderate') return { route: 'open', text: `High-grade compression: ${HIGH}; this histology is moderately sensitive, so which applies is a call for radiation oncology.` };
  if (fit === true) return { route: 'separation-surgery-then-radiosurgery', text: 'High-grade compression in a radioresistant tumour, patient fit for surgery: separation surgery then radiosurgery (stereotactic).' };
  if (fit === false) return { route: 'radiation-without-surgery', text: 'High-grade compression in a radioresistant tumour, patient not fit for surgery: separation surgery is not an option; radiation without surgery is what remains (technique to decide with radiation oncology).' };
  return { route: 'separation-surgery-then-radiosurgery', text: 'High-grade compression in a radioresistant tumour: separation surgery then radiosurgery (stereotactic), if the patient can tolerate surgery (not yet stated).' };
}

function route(i: NomsInput, missing: string[]): { route: NomsRoute; text: string } {
  if (i.escc === null) missing.push('this lesion’s ESCC grade');
  if (i.radiosensitivity === null) missing.push('how the histology responds to conventional radiotherapy');
  if (i.escc === null) return { route: 'open', text: `Low-grade compression (0, 1a, 1b): ${LOW}. High-grade (2, 3): ${HIGH}.` };
  const tier = esccTier(i.escc);
  const r = i.radiosensitivity;
  if (tier === 'intermediate') {
    const as = r === null ? `as low grade: ${LOW}; as high grade: ${HIGH}` : `as low grade: ${lowGrade(r).text} As high grade: ${highGrade(r, i.fitForSurgery).text}`;
    return { route: 'debated', text: `ESCC 1c: whether it is treated as low or high grade is debated; ${as}` };
  }
  if (r === null) return { route: 'open', text: tier === 'low' ? `Low-grade compression: ${LOW}.` : `High-grade compression: ${HIGH}.` };
  if (tier === 'high' && r === 'resistant' && i.fitForSurgery === null) missing.push('whether the patient can tolerate surgery');
  return tier === 'low' ? lowGrade(r) : highGrade(r, i.fitForSurgery);
}

function mechanical(sins: NomsInput['sins'], missing: string[]): { kind: NomsMechanical; text: string } {
  if (sins === null) {
    missing.push('this lesion’s SINS');
    return { kind: 'open', text: 'Instability (SINS 13 or more) calls for stabilisation whatever the ESCC grade; this lesion’s SINS is not yet scored.' };
  }
  const so = sins.total !== null ? `SINS ${sins.total}` : `SINS ${sins.min}–${sins.max} so far`;
  if (sins.min >= 13) return { kind: 'stabilisation', text: `${so} (instability): stabilisation (surgery or cement augmentation), whatever the ESCC grade.` };
  if (sins.max <= 6) return { kind: 'none', text: `${so} (stable): no stabilisation needed for instability.` };
  if (sins.min >= 7 && sins.max <= 12) return { kind: 'surgical-consultation', text: `${so} (indeterminate, possibly impending instability): surgical consultation.` };
  missing.push('the SINS items still unanswered');
  if (sins.min >= 7) return { kind: 'surgical-consultation', text: `${so}: surgical consultation; whether it reaches instability (13 or more, stabilisation) depends on the unanswered items.` };
  return { kind: 'open', text: `${so}: whether it calls for surgical consultation (7 or more) or stabilisation (13 or more) depends on the unanswered items.` };
}

function sinsStatus(sins: NomsInput['sins']): string {
  if (sins === null) return 'SINS not yet scored for this lesion.';
  if (sins.total === null) return `SINS ${sins.min}–${sins.max} so far.`;
  return `SINS ${sins.total} (${sins.total >= 13 ? 'instability' : sins.total >= 7 ? 'indeterminate' : 'stable'}).`;
}

/** The NOMS pathway for one lesion, in plain words, with what is missing. */
export function nomsSummary(i: NomsInput): NomsSummary {
  const missing: string[] = [];
  const r = route(i, missing);
  const m = mechanical(i.sins, missing);
  const grade = i.escc === null ? 'ESCC not graded' : `ESCC ${i.escc} (${esccTier(i.escc) === 'intermediate' ? 'intermediate, debated' : `${esccTier(i.escc)} grade`})`;
  const below = i.neuralLevel === 'cauda-equina' && i.escc !== null && i.escc !== '0' ? '; below the conus it is the thecal sac and cauda equina, not the cord, that is compressed' : '';
  return {
    neurologic: `${grade}; ${i.frankel ? `Frankel ${i.frankel}` : 'Frankel grade not entered'}${below}.`,
    oncologic: i.radiosensitivity === null ? 'Response to conventional radiotherapy: not known for this histology.' : `Histology ${RADIOSENSITIVITY_NAMES[i.radiosensitivity]} to conventional radiotherapy.`,
    mechanical: sinsStatus(i.sins),
    systemic: `${i.fitForSurgery === true ? 'Can tolerate surgery' : i.fitForSurgery === false ? 'Cannot tolerate surgery' : 'Whether the patient can tolerate surgery: not stated'}${i.prognosis ? `; ${i.prognosis}` : ''}.`,
    route: r.route,
    routeText: r.text,
    stabilisation: m.kind,
    stabilisationText: m.text,
    pathway: [r.text, m.text],
    missing,
    citation: NOMS_CITATION,
  };
}
