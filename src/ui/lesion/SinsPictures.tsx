// SINS posterolateral involvement drawn (the wording and points are sins.ts's, Fisher 2010): the
// three answers as axial slices in the ESCC pictures' style, the answer given marked. An
// illustration beside the question, whose radios stay the one control: no second tab stop.
// Loaded with the SINS section (Sins.tsx) into a slot the first load's CSS sizes.
import { ARCH, BODY } from './EsccPictures';
import './escc-pictures.css';

export { AlignmentPictures, CollapsePictures } from './SinsSagittal';

type Posterolateral = 'none' | 'unilateral' | 'bilateral';
const ANSWERS: ReadonlyArray<readonly [Posterolateral, string]> = [
  ['none', 'None'],
  ['unilateral', 'Unilateral'],
  ['bilateral', 'Bilateral'],
];

// Tumour replacing the pedicle and facet on the viewer's left (the patient's right, as MRI is read).
const SIDE = 'M31 47Q26 58 30 70Q37 76 42 68Q45 57 41 48Q36 43 31 47Z';

function Slice({ sides }: { sides: number }) {
  return (
    <svg viewBox="8 4 104 108" aria-hidden="true" focusable="false">
      <path class="bone" d={ARCH} />
      <ellipse class="fat" cx={60} cy={71} rx={21} ry={20} />
      <path class="bone" d={BODY} />
      <circle class="sac" cx={60} cy={71} r={16} />
      <ellipse class="cord" cx={60} cy={71} rx={8} ry={6.5} />
      {sides > 0 && <path class="tumour" d={SIDE} />}
      {sides > 1 && <path class="tumour" d={SIDE} transform="translate(120 0) scale(-1 1)" />}
    </svg>
  );
}

export function PosterolateralPictures({ current }: { current: string | undefined }) {
  const marked = ANSWERS.find(([v]) => v === current)?.[1];
  return (
    <div
      class="escc-pics pl-pics"
      role="img"
      aria-label={`Axial drawings: none; unilateral, tumour in the pedicle and facet of one side; bilateral, both sides${marked ? `. Your answer, ${marked.toLowerCase()}, is marked` : ''}.`}
    >
      {ANSWERS.map(([value, label], i) => (
        <div key={value} class={value === current ? 'escc-pic checked' : 'escc-pic'}>
          <Slice sides={i} />
          <span class="escc-pic-cap">
            <b>
              {value === current && '✓ '}
              {label}
            </b>
          </span>
        </div>
      ))}
    </div>
  );
}
