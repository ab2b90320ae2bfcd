// The patient's status answers that cannot both be true (correct one), or that are far apart
// (confirm both): shown under them in the Patient section. The rules are in clinical/status-checks.ts.
import { confirmStatus, statusChecks, type Patient } from '../../clinical';

export function StatusCheck({ patient, onChange }: { patient: Patient; onChange: (change: (p: Patient) => Patient) => void }) {
  const checks = statusChecks(patient);
  if (checks.length === 0) return null;
  return (
    <div class="status-checks">
      {checks.map((c) =>
        c.kind === 'contradiction' ? (
          <p key={c.id} class="error" role="alert">{c.message}</p>
        ) : c.confirmed ? (
          <p key={c.id} class="note">{c.message}</p>
        ) : (
          <div key={c.id} class="banner pending" role="alert">
            <p><strong>Check:</strong> {c.message}</p>
            <button type="button" onClick={() => onChange(confirmStatus)}>Confirm ECOG {patient.ecog} and Karnofsky {patient.kps}%</button>
          </div>
        ),
      )}
    </div>
  );
}
