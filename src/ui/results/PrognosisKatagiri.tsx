// The new Katagiri and van der Linden scores in the Prognosis card, beside the four: items with
// points (or "not answered"), total or range, band, how well each predicts with its source, the
// band's figures, and the choices the histology leaves to the clinician.
import type { ComponentType } from 'preact';
import {
  KATAGIRI_BANDS, KATAGIRI_GROWTH_SOURCE, KATAGIRI_ITEMS, KATAGIRI_ITEM_NAMES, VDL_BANDS, VDL_ITEMS, VDL_ITEM_NAMES,
  type ItemRange, type KatagiriChoice, type PrognosisFor,
} from '../../clinical/prognosis';
import type { PrognosisChoices } from '../../clinical/patient';
import { NEW_VALIDATION_LINES, newBandFigures, type BandFigure, type NewPrognosticScoreId } from '../../evidence/prognostic';
import { Choice, YES_NO } from '../controls/Choice';

type OnChoice = <K extends keyof PrognosisChoices>(key: K, value: PrognosisChoices[K] | undefined) => void;
const pts = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

function Items({ items, names, points, ranges, full }: { items: readonly string[]; names: Record<string, string>; points: Partial<Record<string, number>>; ranges: Record<string, ItemRange>; full: Record<string, ItemRange> }) {
  return (
    <dl class="breakdown">
      {items.map((i) => {
        const r = ranges[i] as ItemRange;
        const f = full[i] as ItemRange;
        const p = points[i];
        return (
          <div key={i}>
            <dt>{names[i]}</dt>
            <dd>{p !== undefined ? pts(p) : r.min === f.min && r.max === f.max ? 'not answered' : `${r.min}–${r.max} so far`}</dd>
          </div>
        );
      })}
    </dl>
  );
}

const FULL = {
  katagiri: { primaryGrowth: { min: 0, max: 3 }, visceral: { min: 0, max: 2 }, laboratory: { min: 0, max: 2 }, ecog: { min: 0, max: 1 }, previousChemotherapy: { min: 0, max: 1 }, multipleSkeletal: { min: 0, max: 1 } },
  vanderlinden: { kps: { min: 0, max: 2 }, primary: { min: 0, max: 3 }, noVisceral: { min: 0, max: 1 } },
};

function total(name: string, r: { total: number | null; min: number; max: number; unanswered: readonly string[] }, of: number, bands: ReadonlyArray<{ id: string; label: string }>, band: string | null) {
  const head = r.total !== null ? `${name} ${r.total}` : `${name} ${r.min}–${r.max} so far, ${r.unanswered.length} of ${of} open`;
  return `${head}: ${band === null ? 'the group depends on the open items' : (bands.find((b) => b.id === band)?.label ?? '')}`;
}

function Validation({ score }: { score: NewPrognosticScoreId }) {
  const v = NEW_VALIDATION_LINES[score];
  return <p class="validation">How well it predicts: {v.text} ({v.citation}).</p>;
}

function KatagiriChoiceFor({ need, choices, onChoice }: { need: KatagiriChoice; choices: PrognosisChoices; onChoice: OnChoice }) {
  if (need.key === 'katagiriHormoneDependent') {
    return <Choice<boolean> name="prognosis-katagiri-hormone" legend="Katagiri: is the cancer still hormone-dependent?" note={need.reason} layout="row" options={YES_NO} value={choices.katagiriHormoneDependent} onChange={(v) => onChoice('katagiriHormoneDependent', v)} />;
  }
  if (need.key === 'katagiriTargetedTherapy') {
    return <Choice<boolean> name="prognosis-katagiri-targeted" legend="Katagiri: treated with molecularly targeted drugs?" note={need.reason} layout="row" options={YES_NO} value={choices.katagiriTargetedTherapy} onChange={(v) => onChoice('katagiriTargetedTherapy', v)} />;
  }
  const options = [{ value: 'slow', label: 'Slow growth', hint: '0 points' }, { value: 'moderate', label: 'Moderate growth', hint: '2 points' }, { value: 'rapid', label: 'Rapid growth', hint: '3 points' }] as const;
  return <Choice name="prognosis-katagiri-growth" legend="Katagiri growth group of the primary" note={need.reason} options={options} value={choices.katagiriGrowth} onChange={(v) => onChoice('katagiriGrowth', v)} />;
}

export function NewScores({ result, onChoice, Spread }: { result: PrognosisFor; onChoice: OnChoice; Spread: ComponentType<{ records: BandFigure[] }> }) {
  const { katagiri: k, vanderlinden: v } = result;
  const figures = newBandFigures({ katagiri: k.result.band, vanderlinden: v.result.band });
  const notes = (s: 'katagiri' | 'vanderlinden') => result.notes.filter((n) => n.score === s).map((n) => <p key={n.item} class="note warn">{n.reason}</p>);
  return (
    <>
      <section class="score" aria-labelledby="katagiri-h">
        <h3 id="katagiri-h">New Katagiri (2014)</h3>
        <output class="announce" role="status">{total('Katagiri', k.result, KATAGIRI_ITEMS.length, KATAGIRI_BANDS, k.result.band)}</output>
        <Items items={KATAGIRI_ITEMS} names={KATAGIRI_ITEM_NAMES} points={k.result.points} ranges={k.result.ranges} full={FULL.katagiri} />
        {result.katagiriChoices.map((n) => <KatagiriChoiceFor key={n.key} need={n} choices={result.choices} onChoice={onChoice} />)}
        {result.askVisceralSpread && result.katagiri.input.visceral === undefined && <p class="note">Whether the organ metastases are nodular or disseminated is asked under “Laboratory values, previous chemotherapy” in the patient section.</p>}
        {notes('katagiri')}
        <p class="note">Laboratory: abnormal is CRP 0.4 mg/dL or more, LDH 250 IU/L or more or albumin under 3.7 g/dL; critical is platelets under 100,000/µL, calcium 10.3 mg/dL or more or total bilirubin 1.4 mg/dL or more. Growth groups: {KATAGIRI_GROWTH_SOURCE}.</p>
        <Validation score="katagiri" />
        <Spread records={figures.filter((f) => f.score === 'katagiri')} />
      </section>
      <section class="score" aria-labelledby="vdl-h">
        <h3 id="vdl-h">van der Linden (2005)</h3>
        <output class="announce" role="status">{total('van der Linden', v.result, VDL_ITEMS.length, VDL_BANDS, v.result.band)}</output>
        <Items items={VDL_ITEMS} names={VDL_ITEM_NAMES} points={v.result.points} ranges={v.result.ranges} full={FULL.vanderlinden} />
        {notes('vanderlinden')}
        <Validation score="vanderlinden" />
        <Spread records={figures.filter((f) => f.score === 'vanderlinden')} />
      </section>
    </>
  );
}
