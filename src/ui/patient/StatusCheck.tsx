// Under the status answers in the Patient section: a contradiction to correct, or a check to
// confirm (rules: clinical/status-checks.ts). The first screen carries only the rules; the words
// load the moment there is something to say, in the same tap's next frames.
import type { Patient } from '../../clinical';
import { statusConflicts } from '../../clinical/status-checks';
import { useLazy } from '../state/useLazy';

export function StatusCheck({ patient, onChange }: { patient: Patient; onChange: (change: (p: Patient) => Patient) => void }) {
  const open = statusConflicts(patient).length > 0;
  const view = useLazy(() => import('./StatusCheckView'), open);
  return open ? <div class="status-checks">{view && <view.StatusCheckView patient={patient} onChange={onChange} />}</div> : null;
}
