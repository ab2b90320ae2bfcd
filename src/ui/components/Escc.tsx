// ESCC: only the next question that matters is asked; the grade and tier in a live region; a
// drawing of the six grades with the current one marked.
import {
  ESCC_FINDINGS,
  ESCC_FINDING_NAMES,
  ESCC_GRADES,
  ESCC_QUESTIONS,
  esccQuestionsToAsk,
  type EsccFinding,
  type EsccFindings,
  type EsccGrade,
  type EsccResult,
  type NeuralLevel,
} from '../../clinical';
import { Choice, YES_NO } from './Choice';
import { memoLatest } from '../memo';

const legend = (f: EsccFinding) => ESCC_FINDING_NAMES[f].charAt(0).toUpperCase() + ESCC_FINDING_NAMES[f].slice(1);

/** Answering one finding clears the later ones: an old answer must never hide behind a new one. */
export function answerEscc(findings: EsccFindings, f: EsccFinding, value: boolean | undefined): EsccFindings {
  const next: EsccFindings = {};
  for (const g of ESCC_FINDINGS) {
    if (g === f) {
      if (value !== undefined) next[g] = value;
      break;
    }
    if (findings[g] !== undefined) next[g] = findings[g];
  }
  return next;
}

interface FormProps {
  /** Prefix for element ids and radio names, unique per lesion ("l1"). */
  id: string;
  findings: EsccFindings;
  onChange: (f: EsccFindings) => void;
  neural: NeuralLevel | null;
  result: EsccResult | null;
}

function EsccQuestions({ id, findings, onChange, neural, result }: FormProps) {
  const current = result?.status === 'graded' ? result.grade : null;
  return (
    <section class="sub" aria-labelledby={`${id}-escc-h`}>
      <h3 id={`${id}-escc-h`} class="sub-h">ESCC <span class="subtitle">Bilsky epidural spinal cord compression</span></h3>
      {neural && neural !== 'cord' && (
        <p class="note warn">
          {neural === 'conus'
            ? 'At T12–L1 the conus may end: what is compressed may be conus or cauda equina. The scale was validated on cervical and thoracic lesions.'
            : 'Below the conus there is no cord: read “cord” as the thecal sac and cauda equina. The scale was validated on cervical and thoracic lesions.'}
        </p>
      )}
      {esccQuestionsToAsk(findings).map((f) => (
        <Choice
          key={f}
          name={`${id}-escc-${f}`}
          legend={legend(f)}
          note={ESCC_QUESTIONS[f]}
          layout="row"
          options={YES_NO}
          value={findings[f]}
          onChange={(v) => onChange(answerEscc(findings, f, v))}
        />
      ))}
      <EsccDrawing current={current} />
    </section>
  );
}

/** A lesion's ESCC questions: rendered again only when its findings or grade change. */
export const EsccForm = memoLatest(EsccQuestions);

/** The grade's definition, in words true at the lesion's level. */
export function esccDefinition(grade: EsccGrade, neural: NeuralLevel | null): string {
  const d = ESCC_GRADES.find((g) => g.grade === grade)?.definition ?? '';
  if (neural !== 'cauda-equina') return d;
  const t = d.replace(/[Ss]pinal cord|cord/g, 'cauda equina');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

// Axial sketches: vertebral body below, thecal sac (circle) with the cord inside, tumour in red.
const SKETCH: Record<EsccGrade, { tumour: number; sacDent: number; cordShift: number; csf: boolean }> = {
  '0': { tumour: 0, sacDent: 0, cordShift: 0, csf: true },
  '1a': { tumour: 4, sacDent: 0, cordShift: 0, csf: true },
  '1b': { tumour: 7, sacDent: 4, cordShift: 0, csf: true },
  '1c': { tumour: 10, sacDent: 8, cordShift: 0, csf: true },
  '2': { tumour: 13, sacDent: 11, cordShift: 3, csf: true },
  '3': { tumour: 16, sacDent: 14, cordShift: 5, csf: false },
};

export function EsccDrawing({ current }: { current: EsccGrade | null }) {
  return (
    <figure class="escc-drawing">
      <svg viewBox="0 0 300 70" role="img" aria-label={`The six ESCC grades${current ? `, grade ${current} marked` : ''}`}>
        {ESCC_GRADES.map(({ grade }, i) => {
          const s = SKETCH[grade];
          const x = i * 50 + 25;
          const marked = grade === current;
          return (
            <g key={grade} class={marked ? 'grade marked' : 'grade'}>
              {marked && <rect x={x - 24} y={1} width={48} height={68} rx={6} class="mark" />}
              <rect x={x - 16} y={40} width={32} height={12} rx={3} class="body" />
              <circle cx={x} cy={26} r={14} class="sac" />
              <circle cx={x} cy={26 - s.cordShift} r={s.csf ? 7 : 10} class="cord" />
              {s.tumour > 0 && <ellipse cx={x} cy={40 - s.tumour / 3} rx={9} ry={s.tumour / 2.4} class="tumour" />}
              <text x={x} y={66} text-anchor="middle">{grade}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
