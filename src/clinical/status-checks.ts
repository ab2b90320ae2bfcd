// Answers about the patient's status that cannot both be true are refused as ESCC's are: a clear
// message, and no score built on them. Two grades far apart on scales that only roughly agree are
// a check the clinician confirms. Until then, every score that reads them shows its range.
import type { EcogNow, Kps, Patient, Walking } from './patient';
import type { Frankel } from './performance';

// Frankel HL et al., Paraplegia 1969, as quoted at http://traumascores.com/index.php/kl2-2/43-wirbelsaeule8/121-120
// (read with the search tool): C "Motor Useless: some motor power present below the lesion but it
// is of no practical use to the patient"; D "Motor Useful: ... Patients in this group could move
// the lower limbs and [m]any could walk, with or without aids". A (complete) and B (sensory only)
// have no motor function. So a patient who walks, with or without an aid, is D or E.
const NO_USEFUL_MOTOR: ReadonlySet<Frankel> = new Set(['A', 'B', 'C']);
const FRANKEL_WORDS: Record<'A' | 'B' | 'C', string> = {
  A: 'complete motor and sensory loss',
  B: 'sensation only, no motor function',
  C: 'motor function present but of no practical use',
};
const WALKING_WORDS: Record<Walking, string> = { independent: 'walks independently', 'with-aid': 'walks with an aid', not: 'does not walk' };

// Karnofsky -> ECOG on the two published empirical conversions read with the search tool:
// Ma C et al., Eur J Cancer 2010;46(18):3175-83 (1,385 patients; highest hit rate: 100 = ECOG 0,
// 80-90 = 1, 60-70 = 2, 40-50 = 3, 10-30 = 4), http://linkinghub.elsevier.com/retrieve/pii/S0959804910006428;
// Prasad KT et al., World J Clin Oncol 2018;9(7):140-7 (1,501 patients, 5,844 paired ratings:
// 100 = 0, 80-90 = 1, 70 = 2, 50-60 = 3, 10-40 = 4), https://pmc.ncbi.nlm.nih.gov/articles/PMC6230919.
// They differ at 60 and 40: both grades count as corresponding.
export const KPS_AS_ECOG: Record<Kps, readonly EcogNow[]> = {
  100: [0], 90: [1], 80: [1], 70: [2], 60: [2, 3], 50: [3], 40: [3, 4], 30: [4], 20: [4], 10: [4],
};
export const KPS_ECOG_SOURCE = 'Ma 2010, Eur J Cancer 46:3175-83; Prasad 2018, World J Clin Oncol 9:140-7';

export type StatusItem = 'ecog' | 'kps' | 'frankel' | 'walking';

export type StatusCheck =
  | { id: 'frankel-walking'; kind: 'contradiction'; items: readonly StatusItem[]; message: string }
  | { id: 'ecog-kps'; kind: 'check'; items: readonly StatusItem[]; message: string; confirmed: boolean };

/** Grades apart: ECOG entered against the nearest grade the Karnofsky value corresponds to. */
export function ecogKpsGap(ecog: EcogNow, kps: Kps): number {
  return Math.min(...KPS_AS_ECOG[kps].map((g) => Math.abs(g - ecog)));
}

const kpsGrades = (kps: Kps) => KPS_AS_ECOG[kps].map((g) => `ECOG ${g}`).join(' or ');

/** Every contradiction and check in the patient's status, in the order the form asks. */
export function statusChecks(p: Patient): StatusCheck[] {
  const out: StatusCheck[] = [];
  if (p.ecog !== undefined && p.kps !== undefined && ecogKpsGap(p.ecog, p.kps) > 1) {
    const confirmed = p.statusConfirmed?.ecog === p.ecog && p.statusConfirmed.kps === p.kps;
    out.push({
      id: 'ecog-kps',
      kind: 'check',
      items: ['ecog', 'kps'],
      confirmed,
      message: `ECOG ${p.ecog} and Karnofsky ${p.kps}% are more than one grade apart: Karnofsky ${p.kps}% usually corresponds to ${kpsGrades(p.kps)} (${KPS_ECOG_SOURCE}). ${
        confirmed ? 'Both confirmed as entered.' : 'Check both; Tokuhashi and TES read them only once you confirm both are right.'
      }`,
    });
  }
  if (p.frankel !== undefined && NO_USEFUL_MOTOR.has(p.frankel) && p.walking !== undefined && p.walking !== 'not') {
    out.push({
      id: 'frankel-walking',
      kind: 'contradiction',
      items: ['frankel', 'walking'],
      message: `Frankel ${p.frankel} (${FRANKEL_WORDS[p.frankel as 'A' | 'B' | 'C']}) contradicts “${WALKING_WORDS[p.walking]}”: a patient who walks, with or without aids, is Frankel D or E (Frankel 1969). Check both answers; no score reads either until they agree.`,
    });
  }
  return out;
}

/** Items no score may read now: in a contradiction, or in a check not yet confirmed. */
export function unsettledItems(p: Patient): ReadonlySet<StatusItem> {
  return new Set(statusChecks(p).flatMap((c) => (c.kind === 'check' && c.confirmed ? [] : c.items)));
}

/** The patient as the scores read it: unsettled items left out, so each score shows its range. */
export function scoredPatient(p: Patient): Patient {
  const open = unsettledItems(p);
  if (open.size === 0) return p;
  const q: Patient = { ...p };
  for (const item of open) delete q[item];
  return q;
}

/** The clinician confirms ECOG and Karnofsky as entered; a later change to either asks again. */
export function confirmStatus(p: Patient): Patient {
  return p.ecog !== undefined && p.kps !== undefined ? { ...p, statusConfirmed: { ecog: p.ecog, kps: p.kps } } : p;
}

/** Why a score's item is open, in the words the Prognosis card shows. */
export function unsettledReason(item: StatusItem, p: Patient): string | null {
  const c = statusChecks(p).find((x) => x.items.includes(item) && !(x.kind === 'check' && x.confirmed));
  if (!c) return null;
  return c.id === 'ecog-kps'
    ? `ECOG ${p.ecog} and Karnofsky ${p.kps}% disagree: confirm both in the Patient section, or correct one, to score this item.`
    : `Frankel ${p.frankel} and “${WALKING_WORDS[p.walking as Walking]}” contradict each other: correct one in the Patient section to score this item.`;
}
