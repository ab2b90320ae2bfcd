// The choices a histology brings, asked once, beside it: where a leiomyosarcoma arose, whether a
// uterine one counts as Tokuhashi's "uterus", and the Tomita growth group when Tomita 2001's
// examples do not settle it (src/clinical/prognosis/from-patient.ts reads them). Loaded at the
// first tap, not in the first load: it brings the prognostic tables with it.
import { TOMITA_GROWTH, TOMITA_OPTION_NAMES, type Patient, type PrognosisChoices, type TomitaGrowth } from '../../clinical';
import { withAnswer } from '../state/answers';
import { Choice } from '../controls/Choice';

const LMS_SITES = [
  { value: 'uterus', label: 'Uterus' },
  { value: 'retroperitoneum', label: 'Retroperitoneum' },
  { value: 'extremity', label: 'Extremity' },
  { value: 'stomach', label: 'Stomach' },
  { value: 'other', label: 'Other' },
] as const;

const pts = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
const GROWTH_OPTIONS = (Object.keys(TOMITA_OPTION_NAMES.growth) as TomitaGrowth[]).map((g) => ({
  value: g,
  label: TOMITA_OPTION_NAMES.growth[g],
  hint: pts(g === 'slow' ? 1 : g === 'moderate' ? 2 : 4),
}));

const SARCOMA = new Set<Patient['histology']>(['leiomyosarcoma', 'other-sarcoma']);

type Change = (change: (p: Patient) => Patient) => void;

export function HistologyChoices({ patient, onChange }: { patient: Patient; onChange: Change }) {
  const h = patient.histology;
  if (!h) return null;
  const choose = <K extends keyof PrognosisChoices>(key: K, v: PrognosisChoices[K] | undefined) =>
    onChange((p) => withAnswer(p, 'choices', withAnswer(p.choices ?? {}, key, v)));
  const choices = patient.choices ?? {};
  return (
    <>
      {h === 'leiomyosarcoma' && (
        <Choice name="primary-site" legend="Where the leiomyosarcoma arose" layout="row" options={LMS_SITES} value={patient.primarySite} onChange={(v) => onChange((p) => withAnswer(p, 'primarySite', v))} />
      )}
      {h === 'leiomyosarcoma' && patient.primarySite === 'uterus' && (
        <Choice<boolean>
          name="histology-lms-uterus"
          legend="Tokuhashi primary site of this uterine leiomyosarcoma"
          note="Tokuhashi does not name leiomyosarcoma: it falls under “others” (2), and whether a uterine leiomyosarcoma counts as “uterus” (3) is settled by no source."
          layout="row"
          options={[{ value: true, label: 'Uterus', hint: '3 points' }, { value: false, label: 'Others', hint: '2 points' }]}
          value={choices.tokuhashiLmsAsUterus}
          onChange={(v) => choose('tokuhashiLmsAsUterus', v)}
        />
      )}
      {TOMITA_GROWTH[h] === undefined && (
        <Choice<TomitaGrowth>
          name="histology-tomita-growth"
          legend="Tomita growth group of the primary"
          note={
            SARCOMA.has(h)
              ? 'No source fixes a sarcoma’s growth group: choose slow, moderate or rapid.'
              : 'Tomita gives examples for each growth group (slow: breast, thyroid, prostate; moderate: kidney, uterus; rapid: lung, stomach, unknown primary); this histology is not among those confirmed here.'
          }
          options={GROWTH_OPTIONS}
          value={choices.tomitaGrowth}
          onChange={(v) => choose('tomitaGrowth', v)}
        />
      )}
    </>
  );
}
