// What the outcome matching needs beyond the scores: histology, other organs, treatment.
import type { Ecog } from '../../clinical';
import { INTERVENTIONS } from '../../evidence/labels';
import { TREATMENTS, type ProfileSite, type Treatment } from '../../evidence/profile';
import { OTHER_SITES, type Assessment } from '../../storage/assessment';
import { withAnswer } from '../answers';
import { Choice } from './Choice';
import { NumberField } from './NumberField';
import { ECOG_OPTIONS } from './Tes';

type Patient = Assessment['patient'];

const SITE_NAMES: Record<ProfileSite, string> = {
  spine: 'Spine',
  lung: 'Lung',
  liver: 'Liver',
  peritoneum: 'Peritoneum',
  'lymph-node': 'Lymph nodes',
  brain: 'Brain',
  other: 'Other organ',
};

export function PatientForm({ patient, onChange }: { patient: Patient; onChange: (p: Patient) => void }) {
  const set = <K extends keyof Patient>(key: K, value: Patient[K] | undefined) => onChange(withAnswer(patient, key, value));
  const sites = new Set(patient.otherSites ?? []);
  return (
    <section class="card" aria-labelledby="patient-h">
      <h2 id="patient-h">For matched outcomes</h2>
      <p class="note">No name or identifier is asked or needed.</p>
      <Choice name="histology" legend="Histology" layout="row" options={[{ value: 'leiomyosarcoma', label: 'Leiomyosarcoma' }, { value: 'other', label: 'Other' }] as const} value={patient.histology} onChange={(v) => set('histology', v)} />
      <fieldset class="choice choice-row">
        <legend>Metastases besides the spine</legend>
        <div class="options">
          {OTHER_SITES.map((s) => (
            <label key={s} for={`site-${s}`} class={sites.has(s) ? 'option checked' : 'option'}>
              <input
                type="checkbox"
                id={`site-${s}`}
                checked={sites.has(s)}
                onChange={(e) => {
                  const next = new Set(sites);
                  if ((e.target as HTMLInputElement).checked) next.add(s);
                  else next.delete(s);
                  set('otherSites', next.size ? OTHER_SITES.filter((x) => next.has(x)) : undefined);
                }}
              />
              <span class="option-text">{SITE_NAMES[s]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Choice<Treatment> name="treatment" legend="Treatment planned or performed" options={TREATMENTS.map((t) => ({ value: t, label: INTERVENTIONS[t] }))} value={patient.treatment} onChange={(v) => set('treatment', v)} />
      <Choice<Ecog> name="ecog-post" legend="ECOG after surgery (if operated)" options={ECOG_OPTIONS} value={patient.ecogPost} onChange={(v) => set('ecogPost', v)} />
      <NumberField id="age" label="Age (years)" min={0} max={120} value={patient.age} onChange={(v) => set('age', v)} />
      <Choice name="sex" legend="Sex" layout="row" options={[{ value: 'F', label: 'Female' }, { value: 'M', label: 'Male' }] as const} value={patient.sex} onChange={(v) => set('sex', v)} />
    </section>
  );
}
