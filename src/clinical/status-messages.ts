// The words for status-checks.ts's contradictions and checks, and the confirmation, apart from the rules so that the
// first screen carries the rules only (this file loads with the Prognosis card, or once a check
// is there to show).
import { FRANKEL_DESCRIPTIONS } from './performance';
import type { Patient } from './patient';
import { KPS_AS_ECOG, conflictItems, statusConflicts, type StatusConflict, type StatusItem } from './status-checks';

// Frankel HL et al., Paraplegia 1969, as quoted at http://traumascores.com/index.php/kl2-2/43-wirbelsaeule8/121-120
// (read with the search tool): C "Motor Useless: some motor power present below the lesion but it
// is of no practical use to the patient"; D "Motor Useful: ... Patients in this group could move
// the lower limbs and [m]any could walk, with or without aids". A is complete, B sensory only.
export const KPS_ECOG_SOURCE = 'Ma 2010, Eur J Cancer 46:3175-83; Prasad 2018, World J Clin Oncol 9:140-7';
const walks = (p: Patient) => (p.walking === 'independent' ? 'walks independently' : 'walks with an aid');

export type StatusCheck = StatusConflict & { kind: 'check' | 'contradiction'; items: StatusItem[]; message: string };

/** Every contradiction and check in the patient's status, with what the screen says of it. */
export function statusChecks(p: Patient): StatusCheck[] {
  return statusConflicts(p).map((c) => ({
    ...c,
    kind: c.id === 'ecog-kps' ? 'check' : 'contradiction',
    items: conflictItems(c),
    message:
      c.id === 'ecog-kps'
        ? `ECOG ${p.ecog} and Karnofsky ${p.kps}% are more than one grade apart: Karnofsky ${p.kps}% usually corresponds to ${KPS_AS_ECOG[p.kps as keyof typeof KPS_AS_ECOG].map((g) => `ECOG ${g}`).join(' or ')} (${KPS_ECOG_SOURCE}). ${
            c.confirmed ? 'Both confirmed as entered.' : 'Check both; Tokuhashi and TES read them only once you confirm both are right.'
          }`
        : `Frankel ${p.frankel} (${FRANKEL_DESCRIPTIONS[p.frankel as 'A'].toLowerCase()}) contradicts “${walks(p)}”: a patient who walks, with or without aids, is Frankel D or E (Frankel 1969). Check both answers; no score reads either until they agree.`,
  }));
}

/** The clinician confirms ECOG and Karnofsky as entered; a later change to either asks again. */
export const confirmStatus = (p: Patient): Patient => (p.ecog !== undefined && p.kps !== undefined ? { ...p, statusConfirmed: { ecog: p.ecog, kps: p.kps } } : p);

/** Why a score's item is open, in the words the Prognosis card shows. */
export function unsettledReason(item: StatusItem, p: Patient): string | null {
  const c = statusConflicts(p).find((x) => conflictItems(x).includes(item) && !x.confirmed);
  if (!c) return null;
  return c.id === 'ecog-kps'
    ? `ECOG ${p.ecog} and Karnofsky ${p.kps}% disagree: confirm both in the Patient section, or correct one, to score this item.`
    : `Frankel ${p.frankel} and “${walks(p)}” contradict each other: correct one in the Patient section to score this item.`;
}
