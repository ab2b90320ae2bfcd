// The full histology, as a note names it: "uterine leiomyosarcoma", "non-small-cell lung
// cancer". The TES panel, in the first load, names it too: written compactly. Pure text.
import type { Patient } from '../clinical';

// "<site> cancer" for most; the rest by name.
const CANCER: Partial<Record<NonNullable<Patient['histology']>, string>> = {
  breast: 'breast', prostate: 'prostate', thyroid: 'thyroid', colorectal: 'colon', rectum: 'rectal', stomach: 'gastric',
  oesophagus: 'oesophageal', pancreas: 'pancreatic', bladder: 'bladder', 'lung-nsclc': 'non-small-cell lung', 'lung-sclc': 'small-cell lung',
};
const OTHER: Partial<Record<NonNullable<Patient['histology']>, string>> = {
  'other-sarcoma': 'sarcoma other than leiomyosarcoma', kidney: 'renal cell carcinoma', liver: 'hepatocellular carcinoma',
  uterus: 'uterine carcinoma', 'unknown-primary': 'cancer of unknown primary', other: 'a primary not listed',
};
const LMS_SITE = { uterus: 'uterine', retroperitoneum: 'retroperitoneal', stomach: 'gastric' } as const;

/** "uterine leiomyosarcoma", "non-small-cell lung cancer"; null when the histology is not entered. */
export function histologyText(p: Pick<Patient, 'histology' | 'primarySite'>): string | null {
  if (!p.histology) return null;
  const h = p.histology;
  if (h === 'leiomyosarcoma') {
    const s = p.primarySite;
    if (!s) return 'leiomyosarcoma (where it arose not entered)';
    return s === 'extremity' ? 'leiomyosarcoma of an extremity' : s === 'other' ? 'leiomyosarcoma (other primary site)' : `${LMS_SITE[s]} leiomyosarcoma`;
  }
  return CANCER[h] ? `${CANCER[h]} cancer` : (OTHER[h] ?? h);
}
