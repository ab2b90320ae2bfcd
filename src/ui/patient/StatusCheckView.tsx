// The patient's status answers that cannot both be true (correct one), or that are far apart
// (confirm both), in full words: loaded by StatusCheck once there is one to show.
import { confirmStatus, statusChecks, type Patient } from '../../clinical';

export function StatusCheckView({ patient, onChange }: { patient: Patient; onChange: (change: (p: Patient) => Patient) => void }) {
  return (
    <>
      {statusChecks(patient).map((c) =>
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
    </>
  );
}
