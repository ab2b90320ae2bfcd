// The laboratory values, previous chemotherapy and the nodular-or-disseminated question the new
// Katagiri score needs, asked once in the patient section. Each value is kept with the unit it
// was typed in; nothing is pre-selected; the unit decides the plausible range (as for albumin).
import { useState } from 'preact/hooks';
import { KATAGIRI_LAB, LAB_LIMITS, LAB_UNITS, LDH_LIMITS, katagiriVisceral, type LabUnit, type LabWithUnit, type Measured, type Patient } from '../../clinical';
import { withAnswer } from '../state/answers';
import { Choice, YES_NO } from '../controls/Choice';
import { NumberField } from '../controls/NumberField';

const NAMES: Record<LabWithUnit, string> = { crp: 'C-reactive protein (CRP)', platelets: 'Platelets', calcium: 'Serum calcium', bilirubin: 'Total bilirubin' };
const CUT: Record<LabWithUnit, string> = {
  crp: `Katagiri counts ${KATAGIRI_LAB.crpMgDl} mg/dL (4 mg/L) or more as abnormal.`,
  platelets: 'Katagiri counts under 100,000/µL (100 ×10⁹/L) as critical. Counts of a million or more: enter them in ×10⁹/L.',
  calcium: `Katagiri counts ${KATAGIRI_LAB.calciumMgDl} mg/dL (about 2.57 mmol/L) or more as critical.`,
  bilirubin: `Katagiri counts ${KATAGIRI_LAB.bilirubinMgDl} mg/dL (about 24 µmol/L) or more as critical.`,
};

function UnitValue<L extends LabWithUnit>({ lab, value, onChange }: { lab: L; value: Measured<L> | undefined; onChange: (m: Measured<L> | undefined) => void }) {
  // The unit chosen before a value is typed is remembered here; it is stored with the value.
  const [chosen, setChosen] = useState<LabUnit<L> | undefined>(undefined);
  const unit = value?.unit ?? chosen;
  const limits = unit ? (LAB_LIMITS[lab] as Record<string, { min: number; max: number; whole?: boolean }>)[unit] : undefined;
  const options = (LAB_UNITS[lab] as readonly LabUnit<L>[]).map((u) => ({ value: u, label: u }));
  return (
    <div class="lab">
      <Choice<LabUnit<L>>
        name={`lab-${lab}-unit`}
        legend={`${NAMES[lab]}: unit`}
        layout="row"
        options={options}
        value={unit}
        onChange={(u) => {
          setChosen(u);
          // A value typed in one unit is never silently read in the other.
          if (value && value.unit !== u) onChange(undefined);
        }}
      />
      {unit && limits ? (
        <NumberField
          key={unit}
          id={`lab-${lab}`}
          label={`${NAMES[lab]} (${unit})`}
          hint={`${limits.min}–${limits.max} ${unit}. ${CUT[lab]}`}
          decimal={!limits.whole}
          min={limits.min}
          max={limits.max}
          value={value?.value}
          onChange={(v) => onChange(v === undefined ? undefined : { value: v, unit })}
        />
      ) : (
        <p class="note">Choose the unit your laboratory reports, then enter the value.</p>
      )}
    </div>
  );
}

const SPREAD = [
  { value: 'nodular', label: 'Nodular', hint: 'Katagiri: 1 point' },
  { value: 'disseminated', label: 'Disseminated (pleural, peritoneal or leptomeningeal)', hint: 'Katagiri: 2 points' },
] as const;

export function LabsField({ patient, onChange }: { patient: Patient; onChange: (change: (p: Patient) => Patient) => void }) {
  const set = <K extends keyof Patient>(key: K, value: Patient[K] | undefined) => onChange((p) => withAnswer(p, key, value));
  const askSpread = katagiriVisceral(patient.organs, patient.visceralSpread).ask;
  return (
    <div class="labs-body">
      <p class="note">Serum albumin is asked above. Values decide the new Katagiri laboratory item; none is needed for the other scores.</p>
      {askSpread && (
        <Choice
          name="visceral-spread"
          legend="Metastases in other organs: nodular or disseminated"
          note="The organs ticked do not say: lung, brain or another organ may carry pleural or leptomeningeal spread."
          options={SPREAD}
          value={patient.visceralSpread}
          onChange={(v) => set('visceralSpread', v)}
        />
      )}
      <Choice name="previous-chemo" legend="Previous chemotherapy" layout="row" options={YES_NO} value={patient.previousChemotherapy} onChange={(v) => set('previousChemotherapy', v)} />
      <UnitValue lab="crp" value={patient.crp} onChange={(v) => set('crp', v)} />
      <NumberField id="lab-ldh" label="Lactate dehydrogenase (LDH, IU/L)" hint={`${LDH_LIMITS.min}–${LDH_LIMITS.max} IU/L. Katagiri counts ${KATAGIRI_LAB.ldhIuL} IU/L or more as abnormal.`} min={LDH_LIMITS.min} max={LDH_LIMITS.max} value={patient.ldh} onChange={(v) => set('ldh', v)} />
      <UnitValue lab="platelets" value={patient.platelets} onChange={(v) => set('platelets', v)} />
      <UnitValue lab="calcium" value={patient.calcium} onChange={(v) => set('calcium', v)} />
      <UnitValue lab="bilirubin" value={patient.bilirubin} onChange={(v) => set('bilirubin', v)} />
    </div>
  );
}
