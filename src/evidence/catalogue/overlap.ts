// Cohorts that share patients, or may: a subgroup and its whole cohort, one series quoted by two
// papers, a review that may include a series. Figures are pooled only across cohorts with no
// patient in common, so no patient is counted twice in a range or in its n.

export interface Overlap {
  cohorts: readonly string[];
  why: string;
}

export const OVERLAPS: readonly Overlap[] = [
  {
    cohorts: ['stork2022', 'stork2022-pm', 'stork2022-no-pm', 'stork2022-candidates-no-pm', 'stork2022-not-candidates'],
    why: 'Stork 2022: one cohort of 64 and its groups (44 with metastasectomy, 20 without: 6 candidates, 14 not)',
  },
  { cohorts: ['liu-spinal-lms', 'liu-gynecological-series'], why: 'Liu: the LMS patients of the institutional series are among the 16 of series plus literature' },
  { cohorts: ['liu-spinal-lms', 'elhammady2007', 'ziewacz2012'], why: 'Liu’s literature cases may include the earlier Elhammady 2007 and Ziewacz 2012 series' },
  { cohorts: ['ziewacz2012', 'uncited-spinal-lms-n9'], why: 'the uncited “n = 9” series in Shabani 2025 may be Ziewacz 2012 (also 9 patients)' },
  {
    cohorts: ['uncited-spinal-lms-reviews', 'uncited-bone-metastasectomy', 'kato2020', 'liu-spinal-lms', 'elhammady2007', 'ziewacz2012', 'uncited-spinal-lms-n9'],
    why: 'the systematic analyses quoted by Shabani 2025 (published 2022) may include the earlier spinal series',
  },
];

/** The pool of patients each cohort belongs to: cohorts linked by any overlap share one pool. */
export function patientPools(cohorts: Iterable<string>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let root = parent.get(c) ?? c;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) as string;
    return root;
  };
  for (const c of cohorts) if (!parent.has(c)) parent.set(c, c);
  for (const o of OVERLAPS) {
    for (const c of o.cohorts) if (!parent.has(c)) parent.set(c, c);
    const [first, ...rest] = o.cohorts;
    if (first === undefined) continue;
    for (const c of rest) parent.set(find(c), find(first));
  }
  return new Map([...parent.keys()].map((c) => [c, find(c)]));
}
