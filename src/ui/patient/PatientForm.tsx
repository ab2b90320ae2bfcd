// The patient, asked once for every lesion: primary, performance status, neurology, disease
// elsewhere and the treatment being weighed. No name or identifier is asked.
import {
  ECOG_DESCRIPTIONS,
  ECOG_NOW,
  FRANKEL_DESCRIPTIONS,
  FRANKEL_GRADES,
  HISTOLOGIES,
  HISTOLOGY_NAMES,
  KPS_VALUES,
  TREATMENTS,
  type Ecog,
  type EcogNow,
  type Frankel,
  type Histology,
  type Kps,
  type Patient,
  type Treatment,
  type Walking,
} from '../../clinical';
import { TREATMENT_WORDS } from '../../evidence/treatment-words';
import { withAnswer } from '../state/answers';
import { Choice, YES_NO } from '../controls/Choice';
import { NumberField } from '../controls/NumberField';
import { OrgansField } from './OrgansField';
import { AlbuminField } from './AlbuminField';
import { useState } from 'preact/hooks';
import { useLazy, useWantedSoon } from '../state/useLazy';

/** A new histology starts its own choices: none of the old one's carries over unseen. */
function withHistology(p: Patient, h: Patient['histology']): Patient {
  const next = withAnswer(withAnswer(p, 'choices', undefined), 'histology', h);
  return h === 'leiomyosarcoma' ? next : withAnswer(next, 'primarySite', undefined);
}
import { StatusCheck } from './StatusCheck';

export const ECOG_OPTIONS = ECOG_NOW.map((g) => ({ value: g, label: `ECOG ${g}`, hint: ECOG_DESCRIPTIONS[g] }));
const ECOG_POST_OPTIONS = ([0, 1, 2, 3, 4] as const).map((g) => ({ value: g as Ecog, label: `ECOG ${g}` }));
const KPS_OPTIONS = KPS_VALUES.map((k) => ({ value: k, label: `${k}%` }));
const FRANKEL_OPTIONS = FRANKEL_GRADES.map((g) => ({ value: g, label: `Frankel ${g}`, hint: FRANKEL_DESCRIPTIONS[g] }));
const WALKING_OPTIONS: { value: Walking; label: string }[] = [
  { value: 'independent', label: 'Walks independently' },
  { value: 'with-aid', label: 'Walks with an aid' },
  { value: 'not', label: 'Does not walk' },
];
const LABS = ['crp', 'ldh', 'platelets', 'calcium', 'bilirubin', 'previousChemotherapy', 'visceralSpread'] as const;

export function PatientForm({ patient, onChange }: { patient: Patient; onChange: (change: (p: Patient) => Patient) => void }) {
  const set = <K extends keyof Patient>(key: K, value: Patient[K] | undefined) => onChange((p) => withAnswer(p, key, value));
  // The histology's choices load at the first tap or key, before a histology can be picked.
  const choices = useLazy(() => import('./HistologyChoices'), useWantedSoon('histology') || patient.histology !== undefined);
  // Loaded when opened: the first load stays in budget and nothing appears unasked.
  const [labsOpen, setLabsOpen] = useState(false);
  const labs = useLazy(() => import('./LabsField'), labsOpen);
  const labCount = LABS.filter((k) => patient[k] !== undefined).length;
  return (
    <section class="card" aria-labelledby="patient-h">
      <h2 id="patient-h">Patient <span class="subtitle">asked once, for every lesion</span></h2>
      <p class="note">No name or identifier is asked or needed.</p>
      <div class="field">
        <label for="histology">Primary tumour (histology)</label>
        <select id="histology" value={patient.histology ?? ''} onChange={(e) => onChange((p) => withHistology(p, ((e.target as HTMLSelectElement).value || undefined) as Histology | undefined))}>
          <option value="">Not answered</option>
          {HISTOLOGIES.map((h) => (
            <option key={h} value={h}>{HISTOLOGY_NAMES[h]}</option>
          ))}
        </select>
      </div>
      {choices && <choices.HistologyChoices patient={patient} onChange={onChange} />}
      <NumberField id="age" label="Age (years)" min={0} max={120} value={patient.age} onChange={(v) => set('age', v)} />
      <Choice name="sex" legend="Sex" layout="row" options={[{ value: 'F', label: 'Female' }, { value: 'M', label: 'Male' }] as const} value={patient.sex} onChange={(v) => set('sex', v)} />
      <Choice<EcogNow> name="ecog" legend="ECOG performance status (now, before treatment)" options={ECOG_OPTIONS} value={patient.ecog} onChange={(v) => set('ecog', v)} />
      <Choice<Kps> name="kps" legend="Karnofsky performance status (now)" layout="row" options={KPS_OPTIONS} value={patient.kps} onChange={(v) => set('kps', v)} />
      <Choice<Frankel> name="frankel" legend="Neurology: Frankel grade" options={FRANKEL_OPTIONS} value={patient.frankel} onChange={(v) => set('frankel', v)} />
      <Choice<Walking> name="walking" legend="Walking" layout="row" options={WALKING_OPTIONS} value={patient.walking} onChange={(v) => set('walking', v)} />
      <StatusCheck patient={patient} onChange={onChange} />
      <NumberField
        id="other-spinal"
        label="Spinal lesions not scored here"
        hint="Other spinal metastases you know of but do not score below; 0 if none. The lesions scored below are counted already."
        min={0}
        max={28}
        value={patient.otherSpinalLesions}
        onChange={(v) => set('otherSpinalLesions', v)}
      />
      <NumberField id="extraspinal-bone" label="Bone metastases outside the spine" hint="Count 0 when there are none." min={0} max={999} value={patient.extraspinalBoneMetastases} onChange={(v) => set('extraspinalBoneMetastases', v)} />
      <OrgansField organs={patient.organs} onChange={(v) => set('organs', v)} />
      <Choice name="stable" legend="Systemic disease stable" layout="row" options={YES_NO} value={patient.systemicDiseaseStable} onChange={(v) => set('systemicDiseaseStable', v)} />
      <AlbuminField albumin={patient.albumin} onChange={(v) => set('albumin', v)} />
      <details class="lesion-details labs" onToggle={(e) => setLabsOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Laboratory values, previous chemotherapy (new Katagiri score){labCount ? `: ${labCount} entered` : ''}</summary>
        {labs ? <labs.LabsField patient={patient} onChange={onChange} /> : labsOpen ? <p class="note">Loading…</p> : null}
      </details>
      <Choice name="fit" legend="Fit for open surgery (can tolerate it)" layout="row" options={YES_NO} value={patient.fitForSurgery} onChange={(v) => set('fitForSurgery', v)} />
      <Choice<Treatment> name="treatment" legend="Treatment being weighed" options={TREATMENTS.map((t) => ({ value: t, label: TREATMENT_WORDS[t] }))} value={patient.treatment} onChange={(v) => set('treatment', v)} />
      <Choice<Ecog> name="ecog-post" legend="ECOG after surgery (only if already operated)" layout="row" options={ECOG_POST_OPTIONS} value={patient.ecogPost} onChange={(v) => set('ecogPost', v)} />
    </section>
  );
}
