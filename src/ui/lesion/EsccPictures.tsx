// ESCC by picture: six schematic axial T2 slices (anterior at the top, as MRI is read), one per
// Bilsky grade, each a radio of one group (one tab stop, arrows move). A tap sets the findings
// the yes/no chain would have set (esccFindingsForGrade), so the chain below shows them.
// Loaded with the ESCC section (Escc.tsx), never on the first load's path; drawn with classes
// only (no inline style: the CSP forbids it) so dark mode and forced colours restyle them.
import { ESCC_GRADES, type EsccGrade, type NeuralLevel } from '../../clinical';
import './escc-pictures.css';

// The grade's findings travel with the drawings: the first screen does not carry them.
export { esccFindingsForGrade } from '../../clinical/escc-pictures';

/** The neural tissue's outline in the thecal sac: the cord, or the cauda equina's roots. */
interface Neural {
  cy: number;
  rx: number;
  ry: number;
}

interface Slice {
  /** How far down the ventral sac is pushed (0: not deformed). */
  dent: number;
  /** Half-width of the deformation. */
  w: number;
  epidural: boolean;
  neural: Neural;
  /** Grade 3: no CSF left, the sac holds only the compressed cord or roots. */
  csf: boolean;
}

// Sac: centre (60, 71), radius 16, top at y 55. The epidural tumour grows from the back of the
// vertebral body; each grade pushes it one step further, as Bilsky's definitions read.
const SAC = { cx: 60, cy: 71, r: 16 };
const CORD: Neural = { cy: 71, rx: 8, ry: 6.5 };
const ROOTS: Neural = { cy: 76, rx: 11.5, ry: 7 };
const top = (n: Neural) => n.cy - n.ry;

function slices(cauda: boolean): Record<EsccGrade, Slice> {
  const rest = cauda ? ROOTS : CORD;
  const squeezed: Neural = cauda ? { cy: 79.5, rx: 11.5, ry: 4 } : { cy: 74.5, rx: 9.5, ry: 5 };
  const flat: Neural = cauda ? { cy: 82, rx: 12, ry: 3 } : { cy: 80, rx: 11, ry: 4 };
  return {
    '0': { dent: 0, w: 0, epidural: false, neural: rest, csf: true },
    '1a': { dent: 0, w: 0, epidural: true, neural: rest, csf: true },
    '1b': { dent: 55 + (top(rest) - 55) * 0.4, w: 10, epidural: true, neural: rest, csf: true },
    '1c': { dent: top(rest), w: 12, epidural: true, neural: rest, csf: true },
    '2': { dent: top(squeezed), w: 13, epidural: true, neural: squeezed, csf: true },
    '3': { dent: top(flat), w: 14.5, epidural: true, neural: flat, csf: false },
  };
}

/** The posterior arch (pedicles, transverse processes, laminae, spinous process) and the body. */
export const ARCH = 'M36 44 31 55 14 57Q10 63 14 69L32 70 40 89 53 96 56 107Q60 111 64 107L67 96 80 89 88 70 106 69Q110 63 106 57L89 55 84 44Z';
export const BODY = 'M30 36C28 18 44 8 60 8S92 18 90 36C89 46 82 50 74 51Q60 48 46 51C38 50 31 46 30 36Z';

const f1 = (n: number) => Math.round(n * 10) / 10;

/** The ventral chord where the tumour meets the sac, and the control point of its concave dent. */
function dentGeometry(s: Slice) {
  const yc = SAC.cy - Math.sqrt(SAC.r ** 2 - s.w ** 2);
  return { x1: SAC.cx - s.w, x2: SAC.cx + s.w, yc: f1(yc), cy: f1(2 * s.dent - yc) };
}

function sacPath(s: Slice): string {
  const { cx, cy, r } = SAC;
  if (!s.dent) return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  const d = dentGeometry(s);
  return `M${d.x1} ${d.yc}A${r} ${r} 0 1 0 ${d.x2} ${d.yc}Q${cx} ${d.cy} ${d.x1} ${d.yc}Z`;
}

/**
 * The tumour: in the back of the vertebral body (every grade, 0 is bone-only disease), and from
 * 1a out through the posterior cortex into the epidural space, its posterior edge hugging the
 * round sac (1a) or pressing the sac's dent (1b-3); its sides bulge a little around the sac.
 */
function tumourPath(s: Slice): string {
  const body = 'M47 36C47 25 73 25 73 36';
  if (!s.epidural) return `${body}C73 42 47 42 47 36Z`;
  // 1a: the edge follows the sac's round top (x 52-68); deformed grades: the dent's curve.
  const d = s.dent ? dentGeometry(s) : { x1: 52, x2: 68, yc: 57.1, cy: 52.9 };
  const l = d.x1 - 3;
  const r = d.x2 + 3;
  return `${body}C73 41 ${r + 1} ${f1(d.yc - 6)} ${d.x2} ${d.yc}Q${SAC.cx} ${d.cy} ${d.x1} ${d.yc}C${l - 1} ${f1(d.yc - 6)} 47 41 47 36Z`;
}

// The cauda equina's roots, spread over the outline (x, y from -1 to 1).
const ROOT_SPOTS = [
  [-0.5, -0.55], [0, -0.6], [0.5, -0.55],
  [-0.85, 0], [-0.3, 0], [0.3, 0], [0.85, 0],
  [-0.5, 0.6], [0, 0.6], [0.5, 0.6],
] as const;

function NeuralTissue({ n, cauda, csf }: { n: Neural; cauda: boolean; csf: boolean }) {
  if (cauda) {
    return (
      <g class={csf ? 'roots' : 'roots packed'}>
        {ROOT_SPOTS.map(([x, y]) => (
          <circle cx={f1(SAC.cx + x * (n.rx - 1.8))} cy={f1(n.cy + y * (n.ry - 1.2))} r={1.8} />
        ))}
      </g>
    );
  }
  // The cord, with its grey-matter butterfly, flattened as it is compressed; with no CSF left
  // the sac's whole remaining lumen is cord (drawn as the sac's fill).
  return (
    <g transform={`translate(${SAC.cx} ${n.cy}) scale(${f1(n.rx / 8)} ${f1(n.ry / 6.5)})`}>
      {csf && <ellipse rx={8} ry={6.5} class="cord" />}
      <path d="M-5-3.6C-3-1.2-2-1 0-1S3-1.2 5-3.6C4.4-1 3.6 0 3.6 0S4.4 1 5 3.6C3 1.2 2 1 0 1S-3 1.2-5 3.6C-4.4 1-3.6 0-3.6 0S-4.4-1-5-3.6Z" class="grey-matter" />
    </g>
  );
}

/** One axial slice: vertebral body and posterior arch, epidural fat, sac, CSF, cord or roots, tumour. */
export function EsccSlice({ grade, cauda }: { grade: EsccGrade; cauda: boolean }) {
  const s = slices(cauda)[grade];
  return (
    <svg viewBox="8 4 104 108" aria-hidden="true" focusable="false">
      <path class="bone" d={ARCH} />
      <ellipse class="fat" cx={60} cy={71} rx={21} ry={20} />
      <path class="bone" d={BODY} />
      {!s.dent && <path class="tumour" d={tumourPath(s)} />}
      <path class={s.csf ? 'sac' : cauda ? 'sac packed-roots' : 'sac no-csf'} d={sacPath(s)} />
      {s.dent > 0 && <path class="tumour" d={tumourPath(s)} />}
      <NeuralTissue n={s.neural} cauda={cauda} csf={s.csf} />
    </svg>
  );
}

// A few words under each drawing; the radio's name (aria-label: one string, read the same in
// every browser) adds the grade's full definition.
const SHORT: Record<EsccGrade, [string, string]> = {
  '0': ['bone only', 'bone only'],
  '1a': ['sac round', 'sac round'],
  '1b': ['sac deformed', 'sac deformed'],
  '1c': ['cord abutted', 'roots abutted'],
  '2': ['CSF still seen', 'CSF still seen'],
  '3': ['no CSF left', 'no CSF left'],
};

interface Props {
  /** The lesion's prefix ("l1"): the radios' name and ids. */
  id: string;
  labelledBy: string;
  current: EsccGrade | null;
  neural: NeuralLevel | null;
  /** The grade's definition in words true at the lesion's level (esccDefinition). */
  describe: (grade: EsccGrade, neural: NeuralLevel | null) => string;
  onPick: (grade: EsccGrade) => void;
}

export function EsccPictures({ id, labelledBy, current, neural, describe, onPick }: Props) {
  const cauda = neural === 'cauda-equina';
  return (
    <div class="escc-pics" role="radiogroup" aria-labelledby={labelledBy}>
      {ESCC_GRADES.map(({ grade }) => {
        const checked = grade === current;
        const inputId = `${id}-escc-pic-${grade}`;
        const short = SHORT[grade][cauda ? 1 : 0];
        return (
          <label key={grade} for={inputId} class={checked ? 'escc-pic checked' : 'escc-pic'}>
            <input
              type="radio"
              class="visually-hidden"
              id={inputId}
              name={`${id}-escc-pic`}
              aria-label={`Grade ${grade}, ${short}: ${describe(grade, neural)}`}
              checked={checked}
              onChange={() => onPick(grade)}
            />
            <EsccSlice grade={grade} cauda={cauda} />
            <span class="escc-pic-cap">
              <b>
                {checked && <span aria-hidden="true">✓ </span>}
                <span class="word">Grade </span>
                {grade}
              </b>{' '}
              <span class="short">{short}</span>
            </span>
          </label>
        );
      })}
    </div>
  );
}
