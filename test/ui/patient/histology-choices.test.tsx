// @vitest-environment happy-dom
// A leiomyosarcoma's choices are asked once, with the histology: where it arose, whether a
// uterine one counts as Tokuhashi's "uterus", and its Tomita growth group (issue 19).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { prognosisFor, type Patient } from '../../../src/clinical';
import { PatientForm } from '../../../src/ui/patient/PatientForm';

afterEach(cleanup);

let latest: Patient = {};
function Form({ start }: { start: Patient }) {
  const [patient, setPatient] = useState(start);
  latest = patient;
  return <PatientForm patient={patient} onChange={(change) => setPatient((p) => change(p))} />;
}

const group = (name: string) => screen.getByRole('group', { name });
// The choices load with the first tap or a histology (src/ui/patient/PatientForm.tsx).
const shown = (name: string) => screen.findByRole('group', { name });

describe('the histology’s choices', () => {
  it('asks where a leiomyosarcoma arose, Tokuhashi’s site and the growth group next to the histology, and settles both bands', async () => {
    render(<Form start={{}} />);
    const select = screen.getByLabelText('Primary tumour (histology)');
    fireEvent.change(select, { target: { value: 'leiomyosarcoma' } });
    fireEvent.click(within(await shown('Where the leiomyosarcoma arose')).getByRole('radio', { name: /Uterus/ }));
    fireEvent.click(within(group('Tokuhashi primary site of this uterine leiomyosarcoma')).getByRole('radio', { name: /Others/ }));
    fireEvent.click(within(group('Tomita growth group of the primary')).getByRole('radio', { name: /Moderate growth/ }));
    expect(latest).toMatchObject({ histology: 'leiomyosarcoma', primarySite: 'uterus', choices: { tokuhashiLmsAsUterus: false, tomitaGrowth: 'moderate' } });
    // The three choices follow the histology select, before age: one place, asked once.
    const legends = [...document.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends.slice(0, 3)).toEqual(['Where the leiomyosarcoma arose', 'Tokuhashi primary site of this uterine leiomyosarcoma', 'Tomita growth group of the primary']);
    expect(group('Tomita growth group of the primary').compareDocumentPosition(screen.getByLabelText('Age (years)')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const p = prognosisFor({ ...latest, organs: {}, otherSpinalLesions: 0, extraspinalBoneMetastases: 0 }, []);
    expect(p.needsChoice).toEqual([]);
    expect(p.tokuhashi.input.primarySite).toBe('other');
    expect(p.tomita.input.growth).toBe('moderate');
  });

  it('asks no growth group where Tomita 2001’s examples settle it, and drops the old histology’s choices', async () => {
    render(<Form start={{ histology: 'leiomyosarcoma', primarySite: 'uterus', choices: { tomitaGrowth: 'slow', tokuhashiLmsAsUterus: true } }} />);
    expect(await shown('Tomita growth group of the primary')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Primary tumour (histology)'), { target: { value: 'colorectal' } });
    // Colorectal has no confirmed group: asked again, the leiomyosarcoma's "slow" not carried over.
    expect(latest).toEqual({ histology: 'colorectal' });
    expect(screen.queryByRole('group', { name: 'Where the leiomyosarcoma arose' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Primary tumour (histology)'), { target: { value: 'breast' } });
    expect(screen.queryByRole('group', { name: 'Tomita growth group of the primary' })).toBeNull();
  });
});
