// Serum albumin with its unit (g/dL or g/L): nothing is pre-selected, the value is kept only
// with its unit, and the unit decides the plausible range. NESMS reads it as g/dL.
import { useState } from 'preact/hooks';
import { ALBUMIN_LIMITS, type Albumin, type AlbuminUnit } from '../../clinical';
import { Choice } from '../controls/Choice';
import { NumberField } from '../controls/NumberField';

const UNITS = [
  { value: 'g/dL', label: 'g/dL' },
  { value: 'g/L', label: 'g/L' },
] as const;

export function AlbuminField({ albumin, onChange }: { albumin: Albumin | undefined; onChange: (a: Albumin | undefined) => void }) {
  // The unit chosen before a value is typed is remembered here; it is stored with the value.
  const [chosen, setChosen] = useState<AlbuminUnit | undefined>(undefined);
  const unit = albumin?.unit ?? chosen;
  const limits = unit ? ALBUMIN_LIMITS[unit] : null;
  return (
    <div class="albumin">
      <Choice
        name="albumin-unit"
        legend="Serum albumin: unit"
        layout="row"
        options={UNITS}
        value={unit}
        onChange={(v) => {
          setChosen(v);
          // A value typed in one unit is never silently read in the other.
          if (albumin && albumin.unit !== v) onChange(undefined);
        }}
      />
      {unit && limits ? (
        <NumberField
          key={unit}
          id="albumin"
          label={`Serum albumin (${unit})`}
          hint={`${limits.min}–${limits.max} ${unit}. NESMS counts 3.5 g/dL (35 g/L) or more.`}
          decimal
          min={limits.min}
          max={limits.max}
          value={albumin?.value}
          onChange={(value) => onChange(value === undefined ? undefined : { value, unit })}
        />
      ) : (
        <p class="note">Choose the unit your laboratory reports, then enter the value.</p>
      )}
    </div>
  );
}
