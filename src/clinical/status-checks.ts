// Answers about the patient's status that cannot both be true are refused as ESCC's are: no score
// is built on them. Two grades far apart on scales that only roughly agree are a check the
// clinician confirms; until then every score that reads them shows its range. The rules only:
// the words shown, and the confirmation, are in status-messages.ts, loaded with what shows them.
import type { EcogNow, Kps, Patient } from './patient';

// Karnofsky -> ECOG on the two published empirical conversions read with the search tool:
// Ma C et al., Eur J Cancer 2010;46(18):3175-83 (1,385 patients; highest hit rate: 100 = ECOG 0,
// 80-90 = 1, 60-70 = 2, 40-50 = 3, 10-30 = 4), http://linkinghub.elsevier.com/retrieve/pii/S0959804910006428;
// Prasad KT et al., World J Clin Oncol 2018;9(7):140-7 (1,501 patients, 5,844 paired ratings:
// 100 = 0, 80-90 = 1, 70 = 2, 50-60 = 3, 10-40 = 4), https://pmc.ncbi.nlm.nih.gov/articles/PMC6230919.
// They differ at 60 and 40: both grades count as corresponding.
export const KPS_AS_ECOG: Record<Kps, readonly EcogNow[]> = {
  100: [0], 90: [1], 80: [1], 70: [2], 60: [2, 3], 50: [3], 40: [3, 4], 30: [4], 20: [4], 10: [4],
};

export type StatusItem = 'ecog' | 'kps' | 'frankel' | 'walking';
export interface StatusConflict {
  /** Names the two items it concerns (`id.split('-')`). ECOG-Karnofsky is a check to confirm; Frankel-walking a contradiction to correct. */
  id: 'ecog-kps' | 'frankel-walking';
  confirmed: boolean;
}

export const conflictItems = (c: StatusConflict) => c.id.split('-') as StatusItem[];

/** Grades apart: ECOG entered against the nearest grade the Karnofsky value corresponds to. */
export const ecogKpsGap = (ecog: EcogNow, kps: Kps): number => Math.min(...KPS_AS_ECOG[kps].map((g) => Math.abs(g - ecog)));

/**
 * Frankel HL et al., Paraplegia 1969 (status-messages.ts quotes it): A and B have no motor
 * function and C's is "of no practical use"; a patient who walks, with or without aids, is D or E.
 */
export function statusConflicts(p: Patient): StatusConflict[] {
  const out: StatusConflict[] = [];
  if (p.ecog !== undefined && p.kps !== undefined && ecogKpsGap(p.ecog, p.kps) > 1) {
    const confirmed = p.statusConfirmed?.ecog === p.ecog && p.statusConfirmed.kps === p.kps;
    out.push({ id: 'ecog-kps', confirmed });
  }
  if ((p.frankel === 'A' || p.frankel === 'B' || p.frankel === 'C') && (p.walking === 'independent' || p.walking === 'with-aid')) {
    out.push({ id: 'frankel-walking', confirmed: false });
  }
  return out;
}

/** Items no score may read now: in a contradiction, or in a check not yet confirmed. */
export function unsettledItems(p: Patient): ReadonlySet<StatusItem> {
  return new Set(statusConflicts(p).flatMap((c) => (c.confirmed ? [] : conflictItems(c))));
}

/** The patient as the scores read it: unsettled items left out, so each score shows its range. */
export function scoredPatient(p: Patient): Patient {
  const open = unsettledItems(p);
  if (open.size === 0) return p;
  const q: Patient = { ...p };
  for (const item of open) delete q[item];
  return q;
}

/** Why TES does not read ECOG while it waits for the check (its full wording: status-messages.ts). */
export const ECOG_UNSETTLED = 'ECOG not read: it disagrees with Karnofsky.';
