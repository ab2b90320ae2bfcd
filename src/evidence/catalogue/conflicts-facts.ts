// Disagreements inside one paper about a case's facts: a dose, a level, a date, an operation.
// Each side was read in the paper itself; each conflict is attached to the figures it bears on.
import type { Conflict } from '../schema';

export const factConflicts: Conflict[] = [
  {
    id: 'kato-radiation-dose',
    records: ['kato-t3-irradiation-yes', 'kato-t3-irradiation-no'],
    kind: 'internal-inconsistency',
    summary: 'Kato 2020 gives the pre-operative spinal radiation of its two irradiated patients (1 and 5) as 47.0 Gy each in the Results text and as 51 Gy in Table 1.',
    sides: [
      { says: '“Two patients received a preoperative radiation dose of 47.0 Gy each for a spinal lesion”', where: 'Kato 2020, Results' },
      { says: 'patients 1 and 5: “51 Gy (pre-op)”', where: 'Kato 2020, Table 1' },
    ],
  },
  {
    id: 'kato-case-level',
    records: ['kato-t3-multilevel-yes', 'kato-t3-multilevel-no'],
    kind: 'internal-inconsistency',
    summary:
      'Kato 2020 describes patient 2 as having “a solitary spinal metastasis at L1” (case presentation, Fig. 2) while Tables 1 and 2 and the operation itself give T12-L2, three vertebrae; the app counts her as multilevel (T12-L2).',
    sides: [
      { says: '“a solitary spinal metastasis at L1 from uterine LMS (number 2 in Tables 1 and 2)”; Fig. 2 “Metastatic leiomyosarcoma at L1”', where: 'Kato 2020, Case presentation; Fig. 2' },
      { says: 'patient 2: affected and resected vertebrae “T12-L2”; “TES of three consecutive vertebrae (T12–L2)”', where: 'Kato 2020, Tables 1 and 2; Case presentation' },
    ],
  },
  {
    id: 'shabani-primary-operation',
    records: ['shabani-disease-free'],
    kind: 'internal-inconsistency',
    summary: 'Shabani 2025 calls the uterine operation 12 years earlier a hysterectomy once (Background) and a myomectomy elsewhere (Abstract, Case Report, Discussion).',
    sides: [
      { says: '“a history of uterine leiomyoma treated via hysterectomy”', where: 'Shabani 2025, Background' },
      { says: '“She had undergone myomectomy for uterine leiomyoma 12 years earlier”', where: 'Shabani 2025, Abstract; Case Report' },
    ],
  },
  {
    id: 'shabani-operation',
    records: ['shabani-disease-free'],
    kind: 'internal-inconsistency',
    summary:
      'Shabani 2025’s title and Abstract report a “partial spondylectomy”; the operation it describes is a posterior laminectomy at T5-T6 with tumour debulking and T3-T9 instrumentation.',
    sides: [
      { says: '“She underwent partial spondylectomy with spinal stabilization”', where: 'Shabani 2025, title; Abstract' },
      { says: '“decompressive posterior laminectomy at T5-T6 with extensive tumor debulking, followed by posterior spinal stabilization with T3-T9 pedicle screw instrumentation”', where: 'Shabani 2025, Surgical Treatment' },
    ],
  },
  {
    id: 'strong-presentation-date',
    records: ['strong-case-progression-free'],
    kind: 'internal-inconsistency',
    summary:
      'The Neurosurgery Wiki dates the patient’s presentation (Strong 2015) to January 2011 but counts the 35 progression-free months from April 2011; from January the interval would be 38 months.',
    sides: [
      { says: '“the patient presented in January 2011 to the authors’ institution”', where: 'Neurosurgery Wiki, “Leiomyosarcoma”, Case reports 2015' },
      { says: '“progression free for 35 months since her presentation (April 2011 to March 2014)”', where: 'Neurosurgery Wiki, “Leiomyosarcoma”, Case reports 2015' },
    ],
  },
  {
    id: 'stork-metastasis-size',
    records: ['stork-t1-metastasis-size-le-20-mm', 'stork-t1-metastasis-size-gt-20-mm'],
    kind: 'internal-inconsistency',
    summary: 'Stork 2022 gives the median size of the lung metastases of all 64 patients as 15.5 mm in the Results text and as 16 mm in Table 2 (range 3-70 mm in both).',
    sides: [
      { says: '“The median size of the metastases was 15.5 mm (range, 3-70 mm)”', where: 'Stork 2022, Results' },
      { says: 'Metastasis size, Total (n = 64): “16 (3-70)”', where: 'Stork 2022, Table 2' },
    ],
  },
  {
    id: 'stork-sex-ci',
    records: ['stork-t1-sex-female', 'stork-t1-sex-male'],
    kind: 'impossible-value',
    summary:
      'Stork 2022 prints the 95% CI of the hazard ratio for sex as “0.304-0.1344”: a lower bound above the upper one is impossible. With HR 0.64 and p = 0.238 the interval must include 1 (perhaps 0.304-1.344); the app does not guess and shows no CI.',
    sides: [
      { says: 'Gender: HR 0.64, 95% CI “0.304-0.1344”', where: 'Stork 2022, Table 1' },
      { says: 'p value 0.238 for the same comparison (an interval excluding 1 would need p < 0.05)', where: 'Stork 2022, Table 1' },
    ],
  },
  {
    id: 'koruga-symptom-duration',
    records: ['koruga-local-recurrence'],
    kind: 'internal-inconsistency',
    summary: 'Koruga 2024 gives the duration of symptoms before surgery as 2 months in the Abstract and as 1 month in the Case Report.',
    sides: [
      { says: '“right-sided numbness and pain of 2 months duration”', where: 'Koruga 2024, Abstract' },
      { says: '“relative right-sided C5 sensory level of 1 month’s duration”', where: 'Koruga 2024, Case Report' },
    ],
  },
  {
    id: 'koruga-primary-date',
    records: ['koruga-local-recurrence'],
    kind: 'internal-inconsistency',
    summary:
      'Koruga 2024 dates the resection of the retroperitoneal primary “3 years ago” (Abstract) and to 2021 (Introduction, Case Report); its own Table 1 dates the case 2023, from which 2021 is 2 years back. They agree only if counted from the 2024 publication.',
    sides: [
      { says: '“resection of a retroperitoneal LMS 3 years ago”', where: 'Koruga 2024, Abstract' },
      { says: '“in 2021, she had a retroperitoneal LMS completely removed”; Table 1 “Our study, 2023”', where: 'Koruga 2024, Case Report; Table 1' },
    ],
  },
  {
    id: 'koruga-sun-year',
    records: ['sun2014-via-koruga'],
    kind: 'internal-inconsistency',
    summary: 'Koruga 2024 dates the C6 case of Sun et al. to 2013 in its Discussion and to 2014 in Table 1 and its reference list (Oncol Lett 2014).',
    sides: [
      { says: '“Sun et al., in 2013, reported a metastatic LMS lesion to the cervical spine”', where: 'Koruga 2024, Discussion' },
      { says: '“Sun et al., 2014 … C6, metastasis”; reference 8: Oncol Lett 2014;8:263-5', where: 'Koruga 2024, Table 1; References' },
    ],
  },
  // Issue 19: three disagreements about what was done or found, verified against the seeds.
  {
    id: 'koruga-sun-operation',
    records: ['sun2014-via-koruga'],
    kind: 'internal-inconsistency',
    summary: 'Koruga 2024 lists the C6 case of Sun et al. as treated by gross-total removal and radiotherapy (Table 1) and describes it as an anterior decompression and fusion (Discussion).',
    sides: [
      { says: '“Sun et al., 2014 · C6, metastasis · GTR+Radiotherapy · 13 months, progression-free survival”', where: 'Koruga 2024, Table 1' },
      { says: '“the patient underwent an anterior decompression and fusion”', where: 'Koruga 2024, Discussion' },
    ],
  },
  {
    id: 'koruga-index-recurrence',
    records: ['koruga-local-recurrence'],
    kind: 'internal-inconsistency',
    summary: 'Koruga 2024’s Table 1 gives its own case “12 months, recurrence-free survival”; the text and Fig. 5 report the C5 lesion recurring one year after surgery. The app records a recurrence at 12 months.',
    sides: [
      { says: '“Our study, 2023 · C5, metastasis · GTR+Chemotherapy · 12 months, recurrence-free survival”', where: 'Koruga 2024, Table 1' },
      { says: '“However, one year later, the C5 lesion recurred”; Fig. 5 “a year after surgery revealed tumor recurrence”', where: 'Koruga 2024, Case Report; Fig. 5' },
    ],
  },
  {
    id: 'aumuller-radiotherapy-radiosurgery',
    records: ['aumuller-intracranial-case'],
    kind: 'internal-inconsistency',
    summary: 'The Neurosurgery Wiki summarises the Aumüller 2014 case as resection “followed by radiotherapy”, and in the next sentence credits “combined tumor resection and radiosurgery” to the same reference.',
    sides: [
      { says: '“Radical tumor resection followed by radiotherapy resulted in tumor-free survival”', where: 'Neurosurgery Wiki, “Leiomyosarcoma”, Case reports 2014' },
      { says: '“combined tumor resection and radiosurgery may yield excellent outcome” (footnote 3, Aumüller 2014)', where: 'Neurosurgery Wiki, “Leiomyosarcoma”, Case reports 2014' },
    ],
  },
];
