// @vitest-environment happy-dom
// Issue 19: the patient section says when status answers contradict each other, and lets the
// clinician confirm ECOG and Karnofsky far apart.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import type { Patient } from '../../../src/clinical';
import { PatientForm } from '../../../src/ui/patient/PatientForm';

afterEach(cleanup);

let shown: Patient = {};
function Host({ start }: { start: Patient }) {
  const [p, setP] = useState(start);
  shown = p;
  return <PatientForm patient={p} onChange={(change) => setP(change)} />;
}

describe('status checks in the patient section', () => {
  it('says Frankel C contradicts walking independently, and clears once corrected', async () => {
    render(<Host start={{ frankel: 'C' }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Walks independently' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Frankel C \(motor function present but useless\) contradicts “walks independently”/);
    fireEvent.click(screen.getByRole('radio', { name: /^Frankel D/ }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks to check ECOG 0 with Karnofsky 10%, and records the confirmation', async () => {
    render(<Host start={{ ecog: 0 }} />);
    fireEvent.click(screen.getByRole('radio', { name: '10%' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Check: ECOG 0 and Karnofsky 10% are more than one grade apart/);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm ECOG 0 and Karnofsky 10%' }));
    expect(shown.statusConfirmed).toEqual({ ecog: 0, kps: 10 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/Both confirmed as entered\./)).toBeTruthy();
  });
});
