// ESCC: only the next question that matters is asked; the grade and tier in a live region; the
// six grades drawn above the questions (EsccPictures), one tap setting what the chain would.
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
import { Choice, YES_NO } from '../controls/Choice';
import { memoLatest } from '../state/memo';
import { useLazy, useWantedSoon } from '../state/useLazy';

// Once loaded, the drawings show at once in every ESCC section mounted later (another lesion).
let pictures: typeof import('./EsccPictures') | null = null;
const loadPictures = () => import('./EsccPictures').then((m) => (pictures = m));

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
  // The drawings load as the section nears the screen or at the first tap, into a slot whose
  // size the first load's CSS already holds.
  const pics = useLazy(loadPictures, useWantedSoon(`${id}-escc-h`)) ?? pictures;
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
      <p class="note" id={`${id}-escc-pics-h`}>Tap the grade reported on axial T2 (vertebral body at the top), or answer the questions below.</p>
      <div class="escc-pics-slot">
        {pics && <pics.EsccPictures id={id} labelledBy={`${id}-escc-pics-h`} current={current} neural={neural} describe={esccDefinition} onPick={(g) => onChange(pics.esccFindingsForGrade(g))} />}
      </div>
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
