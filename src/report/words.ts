// The patient in the words a note is written in: the full histology, each organ with its count
// (singular and plural right), the treatment being weighed. Pure text, no DOM.
import { ORGANS, type Organ, type OrganFindings, type Patient } from '../clinical';
import { INTERVENTIONS } from '../evidence';

const HISTOLOGY: Record<NonNullable<Patient['histology']>, string> = {
  leiomyosarcoma: 'leiomyosarcoma',
  'other-sarcoma': 'sarcoma other than leiomyosarcoma',
  breast: 'breast cancer',
  prostate: 'prostate cancer',
  'lung-nsclc': 'non-small-cell lung cancer',
  'lung-sclc': 'small-cell lung cancer',
  kidney: 'renal cell carcinoma',
  thyroid: 'thyroid cancer',
  colorectal: 'colon cancer',
  rectum: 'rectal cancer',
  liver: 'hepatocellular carcinoma',
  stomach: 'gastric cancer',
  oesophagus: 'oesophageal cancer',
  pancreas: 'pancreatic cancer',
  bladder: 'bladder cancer',
  uterus: 'uterine carcinoma',
  melanoma: 'melanoma',
  myeloma: 'myeloma',
  lymphoma: 'lymphoma',
  'unknown-primary': 'cancer of unknown primary',
  other: 'a primary not listed',
};

const LMS_SITE: Record<NonNullable<Patient['primarySite']>, string> = {
  uterus: 'uterine leiomyosarcoma',
  retroperitoneum: 'retroperitoneal leiomyosarcoma',
  extremity: 'leiomyosarcoma of an extremity',
  stomach: 'gastric leiomyosarcoma',
  other: 'leiomyosarcoma (primary outside the uterus, retroperitoneum, extremities and stomach)',
};

/** "uterine leiomyosarcoma", "non-small-cell lung cancer"; null when the histology is not entered. */
export function histologyText(p: Pick<Patient, 'histology' | 'primarySite'>): string | null {
  if (!p.histology) return null;
  if (p.histology === 'leiomyosarcoma') return p.primarySite ? LMS_SITE[p.primarySite] : 'leiomyosarcoma (where it arose not entered)';
  return HISTOLOGY[p.histology];
}

const ORGAN: Record<Organ, string> = {
  lung: 'lung',
  liver: 'liver',
  brain: 'brain',
  adrenal: 'adrenal',
  peritoneum: 'peritoneal',
  'lymph-node': 'distant lymph-node',
  other: 'other-organ',
};

const metastases = (n: number) => (n === 1 ? 'metastasis' : 'metastases');

/** "2 liver, 1 lung metastases", "1 other-organ metastasis", "no other-organ metastases". */
export function organsText(organs: OrganFindings | undefined): string {
  if (organs === undefined) return 'other-organ metastases not entered';
  const ticked = ORGANS.filter((o) => organs[o] !== undefined);
  if (ticked.length === 0) return 'no other-organ metastases';
  const counted = ticked.filter((o) => organs[o]?.count !== undefined).sort((a, b) => (organs[b]?.count ?? 0) - (organs[a]?.count ?? 0));
  const uncounted = ticked.filter((o) => organs[o]?.count === undefined);
  const total = counted.reduce((n, o) => n + (organs[o]?.count ?? 0), 0);
  const parts = counted.length > 0 ? [`${counted.map((o) => `${organs[o]?.count} ${ORGAN[o]}`).join(', ')} ${metastases(total)}`] : [];
  for (const o of uncounted) parts.push(`${ORGAN[o]} metastases (number not entered)`);
  return parts.join(', ');
}

/** The treatment being weighed, as the note names it. */
export function treatmentText(p: Pick<Patient, 'treatment'>): string {
  return `Treatment being weighed: ${p.treatment ? INTERVENTIONS[p.treatment] : 'not entered'}`;
}
