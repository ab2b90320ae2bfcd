// What cohorts in each new Katagiri and van der Linden band lived, and one line on how well each
// score predicts: every figure with its n, design, time origin and citation, checked with zod as
// the other band figures are (src/evidence/prognostic.ts). Self-contained, so that file can
// re-export it without an import cycle.
import '../zod-config';
import { z } from 'zod';
import type { KatagiriBand } from '../clinical/prognosis/katagiri';
import type { VdlBand } from '../clinical/prognosis/vanderlinden';

export const NEW_PROGNOSTIC_SCORES = ['katagiri', 'vanderlinden'] as const;
export type NewPrognosticScoreId = (typeof NEW_PROGNOSTIC_SCORES)[number];

const BandFigureSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    score: z.enum(NEW_PROGNOSTIC_SCORES),
    band: z.string(),
    bandLabel: z.string().min(1),
    measure: z.enum(['survival-rate', 'median-survival']),
    label: z.string().min(5),
    value: z.number().min(0),
    unit: z.enum(['percent', 'months']),
    n: z.int().min(1).nullable(),
    nNote: z.string().optional(),
    design: z.enum(['prospective-cohort', 'retrospective-cohort']),
    population: z.string().min(5),
    /** Who was studied, said beside every figure, as for the other scores' figures. */
    treated: z.enum(['surgery', 'radiotherapy', 'operative-and-non-operative', 'not-stated']),
    primaries: z.literal('mixed'),
    timeOrigin: z.enum(['enrolment', 'not-stated']),
    timeOriginNote: z.string().optional(),
    citation: z.strictObject({
      authors: z.string().min(3),
      year: z.int().min(1950).max(2100),
      journal: z.string().min(3),
      volumePages: z.string().nullable(),
      doi: z.string().optional(),
      location: z.string().min(3),
    }),
    /** Where the figure was read while building this file. */
    checked: z.string().min(5),
  })
  .refine((r) => r.n !== null || (r.nNote?.length ?? 0) > 0, 'a figure without n must say why')
  .refine((r) => r.timeOrigin !== 'not-stated' || (r.timeOriginNote?.length ?? 0) > 0, 'a figure with no stated time origin must say so');
export type BandFigure = z.infer<typeof BandFigureSchema>;

// Read at pmc.ncbi.nlm.nih.gov/articles/PMC4302686 (abstract): 808 patients with symptomatic
// skeletal metastases registered prospectively 2005-2008 whatever their treatment (749 without
// surgery, 59 with); score >= 7: 27% alive at 6 months, 6% at 1 year; score <= 3: 91% at 1 year,
// 78% at 2 years.
const KATAGIRI = { authors: 'Katagiri H, Okada R, Takagi T, et al.', year: 2014, journal: 'Cancer Med', volumePages: '3(5):1359-67', doi: '10.1002/cam4.292', location: 'Abstract' };
// The derivation cohort's survival by group as quoted by Ugur et al. (Ann Joint; abstract read at
// einstein.pure.elsevier.com, "Can the Katagiri scoring system predict prognosis for
// surgically-managed patients..."): low risk 97.9%, 91.5%, 77.2% at 6, 12, 24 months; intermediate
// 73.9% at 6 months (the rest of that sentence was cut off where it was read). 77.2% differs from
// the abstract's 78%: both are shown.
const KATAGIRI_QUOTED = { ...KATAGIRI, location: 'Derivation cohort as quoted in the abstract of Ugur et al., Ann Joint (aoj.amegroups.org/article/view/6926)' };
// Read at www.medicalalgorithms.com ("scoring system of van der Linden and the Dutch Bone
// Metastasis Study Group..."), "estimated from Figure 2, page 326": median survival 3 months
// (group A, <= 3), 9 months (B, 4-5), 19 months (C, 6). 342 patients: Bollen L, thesis
// "Predicting survival in patients with spinal bone metastases" (Leiden), p. 95, read at
// my-thesis.info/PDF/Bollen/files/basic-html/page95.html.
const VDL = { authors: 'van der Linden YM, et al. (Dutch Bone Metastasis Study Group)', year: 2005, journal: 'Cancer', volumePages: '103(2):320-8', location: 'Figure 2 (p. 326), as read in the medicalalgorithms.com summary' };

const K_POP = 'Symptomatic skeletal metastases, registered prospectively 2005–2008 whatever the treatment (749 without surgery, 59 with)';
const K_N = 'Per-group n not in the text read; 808 patients in all.';
const K_ORIGIN = 'The abstract read does not state when survival was counted from.';
const kBand = (b: KatagiriBand) => b;
const vBand = (b: VdlBand) => b;

const DRAFTS: BandFigure[] = [
  ...([['7-10', '7–10', 6, 27], ['7-10', '7–10', 12, 6], ['0-3', '0–3', 12, 91], ['0-3', '0–3', 24, 78]] as const).map(([b, l, m, v]): BandFigure => ({
    id: `katagiri-2014-${b}-${m}m`, score: 'katagiri', band: kBand(b), bandLabel: l, measure: 'survival-rate', label: `Alive at ${m} months, Katagiri ${l}`, value: v, unit: 'percent', n: null, nNote: K_N, design: 'prospective-cohort', population: K_POP, treated: 'operative-and-non-operative', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: K_ORIGIN, citation: KATAGIRI, checked: 'abstract read with the search tool (PMC4302686)',
  })),
  ...([['0-3', '0–3', 6, 97.9], ['0-3', '0–3', 12, 91.5], ['0-3', '0–3', 24, 77.2], ['4-6', '4–6', 6, 73.9]] as const).map(([b, l, m, v]): BandFigure => ({
    id: `katagiri-2014-quoted-${b}-${m}m`, score: 'katagiri', band: kBand(b), bandLabel: l, measure: 'survival-rate', label: `Alive at ${m} months, Katagiri ${l}`, value: v, unit: 'percent', n: null, nNote: K_N, design: 'prospective-cohort', population: K_POP, treated: 'operative-and-non-operative', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: 'The quoting abstract does not state when the derivation cohort’s survival was counted from.', citation: KATAGIRI_QUOTED, checked: 'secondary source read with the search tool (Ugur et al. abstract)',
  })),
  ...([['0-3', 'A (0–3)', 3], ['4-5', 'B (4–5)', 9], ['6', 'C (6)', 19]] as const).map(([b, l, v]): BandFigure => ({
    id: `vanderlinden-2005-${b}`, score: 'vanderlinden', band: vBand(b), bandLabel: l, measure: 'median-survival', label: `Median survival, van der Linden group ${l}`, value: v, unit: 'months', n: null, nNote: 'Per-group n not in the summary read; 342 patients in all.', design: 'prospective-cohort', population: 'Painful spinal metastases treated with radiotherapy within the Dutch Bone Metastasis Study (a randomised trial)', treated: 'radiotherapy', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: 'The summary read does not state when survival was counted from.', citation: VDL, checked: 'secondary summary read with the search tool (medicalalgorithms.com)',
  })),
];

export const NEW_BAND_FIGURES: readonly BandFigure[] = DRAFTS.map((d) => BandFigureSchema.parse(d));

/** One line per score on how well it predicts, with its source. */
export const NEW_VALIDATION_LINES: Record<NewPrognosticScoreId, { text: string; citation: string }> = {
  // Kubota: abstract read at ro-journal.biomedcentral.com/articles/10.1186/s13014-019-1218-z; Ugur:
  // abstract read at einstein.pure.elsevier.com (see above): low risk 83.3% v 97.9% alive at 6 months.
  katagiri: {
    text: 'survival separated by group (P < 0.001) in 616 patients treated with radiotherapy for bone metastases; in 183 surgically treated patients the low-risk group lived shorter than the derivation cohort (83% v 98% alive at 6 months)',
    citation: 'Kubota 2019, Radiat Oncol 14:13; Ugur et al., Ann Joint',
  },
  // Bollen thesis p. 95 (address above): "has a c-statistic of 0.66", in a two-centre validation
  // of six scores in patients with symptomatic spinal bone metastases (Leiden and Graz, 2000-2010, p. 85);
  // its abstract (my-thesis.info/PDF/Bollen/files/basic-html/page84.html) gives n = 1379 and 0.64-0.66
  // for the Tokuhashi, Bauer, Tomita and van der Linden models.
  vanderlinden: {
    text: 'c-statistic 0.66 for survival in a two-centre validation of six scores in 1379 patients with symptomatic spinal metastases (Leiden and Graz, 2000–2010)',
    citation: 'Bollen L, thesis “Predicting survival in patients with spinal bone metastases”, Leiden, p. 95',
  },
};

/** Figures for the patient's decided Katagiri and van der Linden bands, study by study. */
export function newBandFigures(bands: { katagiri?: KatagiriBand | null; vanderlinden?: VdlBand | null }): BandFigure[] {
  return NEW_BAND_FIGURES.filter((r) => (r.score === 'katagiri' ? bands.katagiri : bands.vanderlinden) === r.band);
}
