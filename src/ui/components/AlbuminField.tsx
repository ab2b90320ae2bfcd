// Serum albumin with its unit (g/dL or g/L): the value is kept only with its unit, and the unit
// decides the plausible range. NESMS reads it as g/dL.
import { useState } from 'preact/hooks';
import { ALBUMIN_LIMITS, type Albumin, type AlbuminUnit } from '../../clinical';
import { Choice } from './Choice';
import { NumberField } from './NumberField';

const UNITS = [
  { value: 'g/dL', label: 'g/dL' },
  { value: 'g/L', label: 'g/L' },
] as const;

export function AlbuminField({ albumin, onChange }: { albumin: Albumin | undefined; onChange: (a: Albumin | undefined) => void }) {
  // The unit chosen before a value is typed is remembered here; stored only with a value.
  const [unit, setUnit] = useState<AlbuminUnit>(albumin?.unit ?? 'g/dL');
  const u = albumin?.unit ?? unit;
  const { min, max } = ALBUMIN_LIMITS[u];
  return (
    <div class="albumin">
      <Choice
        name="albumin-unit"
        legend="Serum albumin unit"
        layout="row"
        options={UNITS}
        value={u}
        onChange={(v) => {
          const next = v ?? 'g/dL';
          setUnit(next);
          // A value typed in one unit is never silently read in the other.
          if (albumin && albumin.unit !== next) onChange(undefined);
        }}
      />
      <NumberField
        id="albumin"
        label={`Serum albumin (${u})`}
        hint={`${min}–${max} ${u}. NESMS counts 3.5 g/dL (35 g/L) or more.`}
        decimal
        min={min}
        max={max}
        value={albumin?.value}
        onChange={(value) => onChange(value === undefined ? undefined : { value, unit: u })}
      />
    </div>
  );
}
