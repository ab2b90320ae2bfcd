// The Prognosis card: each score's items with points (or "not answered"), its total or range,
// its published band, how well it has predicted, and the choices no source settles.
import type { PrognosisChoices } from '../../clinical/patient';
import {
  BAUER_GROUPS, BAUER_ITEMS, BAUER_ITEM_NAMES, NESMS_CEILING, NESMS_ITEMS, NESMS_ITEM_NAMES, TOKUHASHI_BANDS, TOKUHASHI_ITEMS,
  TOKUHASHI_ITEM_NAMES, TOMITA_ITEMS, TOMITA_ITEM_NAMES, TOMITA_STRATEGIES, TOMITA_TABLE_SOURCE,
  type ChoiceNeeded, type ItemRange, type PrognosisFor, type PrognosticScore,
} from '../../clinical/prognosis';
import { VALIDATION_LINES, citationText, figureValue, newBandFigures, prognosticOutcomes, studiedText, type PrognosticRecord } from '../../evidence/prognostic';
import { NewScores } from './PrognosisKatagiri';
import './prognosis.css';

const pts = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

function itemText(point: number | undefined, range: ItemRange, full: ItemRange): string {
  if (point !== undefined) return pts(point);
  return range.min === full.min && range.max === full.max ? 'not answered' : `${range.min}–${range.max} so far`;
}

function totalText(name: string, r: { total: number | null; min: number; max: number; unanswered: readonly string[] }, of: number): string {
  if (r.total !== null) return `${name} ${r.total}`;
  return `${name} ${r.min}–${r.max} so far, ${r.unanswered.length} of ${of} open`;
}

interface Breakdown {
  items: readonly string[];
  names: Record<string, string>;
  points: Partial<Record<string, number>>;
  ranges: Record<string, ItemRange>;
  full: Record<string, ItemRange>;
}

function Items({ items, names, points, ranges, full }: Breakdown) {
  return (
    <dl class="breakdown">
      {items.map((i) => (
        <div key={i}>
          <dt>{names[i]}</dt>
          <dd>{itemText(points[i], ranges[i] as ItemRange, full[i] as ItemRange)}</dd>
        </div>
      ))}
    </dl>
  );
}

const FULL = {
  tokuhashi: { generalCondition: { min: 0, max: 2 }, extraspinalBone: { min: 0, max: 2 }, vertebralBody: { min: 0, max: 2 }, majorOrgans: { min: 0, max: 2 }, primarySite: { min: 0, max: 5 }, palsy: { min: 0, max: 2 } },
  tomita: { growth: { min: 1, max: 4 }, visceral: { min: 0, max: 4 }, bone: { min: 1, max: 2 } },
  bauer: { noVisceral: { min: 0, max: 1 }, notLung: { min: 0, max: 1 }, favourablePrimary: { min: 0, max: 1 }, solitarySkeletal: { min: 0, max: 1 } },
  nesms: { modifiedBauer: { min: 0, max: 2 }, ambulatory: { min: 0, max: 1 }, albumin: { min: 0, max: 1 } },
};

function Validation({ score }: { score: PrognosticScore }) {
  const v = VALIDATION_LINES[score];
  return (
    <p class="validation">
      How well it predicts: {v.text}
      {v.citation ? ` (${v.citation}).` : ''}
    </p>
  );
}

const DESIGN: Record<PrognosticRecord['design'], string> = {
  'systematic-review': 'systematic review',
  'meta-analysis': 'meta-analysis',
  'retrospective-cohort': 'retrospective cohort',
  'prospective-cohort': 'prospective cohort',
  'conference-abstract': 'conference abstract',
};
const ORIGIN: Record<PrognosticRecord['timeOrigin'], string> = { enrolment: 'from enrolment', 'not-stated': 'time origin not stated' };

export function Spread({ records }: { records: ReadonlyArray<Omit<PrognosticRecord, 'score' | 'measure'>> }) {
  if (records.length === 0) return null;
  return (
    <ul class="spread" aria-label="What cohorts in this band lived">
      {records.map((r) => (
        <li key={r.id}>
          {r.label}: <strong>{figureValue(r)}</strong>
          {r.ci95 ? ` (95% CI ${r.ci95.low}–${r.ci95.high})` : ''}
          {r.n !== null ? `, n = ${r.n}` : `, n not given${r.nNote ? ` (${r.nNote})` : ''}`}
          {`; ${studiedText(r)}`}
          <span class="provenance"> — {DESIGN[r.design]}, {ORIGIN[r.timeOrigin]}; {citationText(r.citation)}, {r.citation.location}</span>
          {r.caveat && <span class="note warn"> {r.caveat}</span>}
        </li>
      ))}
    </ul>
  );
}

export type OnPrognosisChoice = <K extends keyof PrognosisChoices>(key: K, value: PrognosisChoices[K] | undefined) => void;

/** A choice the histology brings is asked beside it, in Patient: here it is only pointed to. */
function ChoiceFor({ need }: { need: ChoiceNeeded }) {
  return <p class="note warn">{need.reason} Choose it with the histology, under Patient.</p>;
}

/** How the vertebral-body item was counted: it can move the band, so it is said, not assumed. */
function VertebraeCounted({ input }: { input: PrognosisFor['tokuhashi']['input'] }) {
  const n = input.vertebralBodyMetastases ?? input.vertebralBodyMetastasesAtLeast;
  if (n === undefined) return null;
  return (
    <p class="note">
      Vertebral bodies counted: {input.vertebralBodyMetastases === undefined ? `at least ${n}` : n}, one per vertebral body involved (the item is the number
      of metastases in the vertebral bodies). Read as one metastasis, a lesion over several contiguous levels would score more here; TES, Tomita and
      Bauer count it as one lesion. Check the band against that reading before quoting it.
    </p>
  );
}

function Open({ result, score }: { result: PrognosisFor; score: PrognosticScore }) {
  const notes = result.unresolved.filter((u) => u.score === score);
  return <>{notes.map((u) => <p key={u.item} class="note warn">{u.reason}</p>)}</>;
}

const bandLabel = <B extends string>(bands: ReadonlyArray<{ id: B; label: string }>, id: B | null, open: string) =>
  id === null ? open : (bands.find((b) => b.id === id)?.label ?? open);

// The histology's own choices are asked with the histology; onChoice serves the Katagiri choices.
export function PrognosisCard({ result, onChoice }: { result: PrognosisFor; onChoice: OnPrognosisChoice }) {
  const { tokuhashi: tk, tomita: tm, bauer: ba, nesms: ne } = result;
  const outcomes = prognosticOutcomes({ tokuhashi: tk.result.band, tomita: tm.result.strategy, nesms: ne.result.total });
  const forScore = (s: PrognosticScore) => outcomes.filter((r) => r.score === s);
  const needs = (s: PrognosticScore) => result.needsChoice.filter((n) => n.score === s);
  return (
    <section class="card prognosis" aria-labelledby="prognosis-h">
      <h2 id="prognosis-h">Prognosis</h2>
      <p class="note">From the patient and lesions entered above. None of these scores is better than a rough guide.</p>

      <section class="score" aria-labelledby="tokuhashi-h">
        <h3 id="tokuhashi-h">Revised Tokuhashi (2005)</h3>
        <output class="announce" role="status">
          {totalText('Tokuhashi', tk.result, TOKUHASHI_ITEMS.length)}: {bandLabel(TOKUHASHI_BANDS, tk.result.band, 'the band depends on the open items')}
        </output>
        <Items items={TOKUHASHI_ITEMS} names={TOKUHASHI_ITEM_NAMES} points={tk.result.points} ranges={tk.result.ranges} full={FULL.tokuhashi} />
        <VertebraeCounted input={tk.input} />
        {result.kpsSuggestion && (
          <p class="note">
            Karnofsky not entered. ECOG {result.kpsSuggestion.ecog} usually corresponds to Karnofsky {result.kpsSuggestion.kps.min}–{result.kpsSuggestion.kps.max}
            {' '}({result.kpsSuggestion.tokuhashiPoints.min === result.kpsSuggestion.tokuhashiPoints.max ? pts(result.kpsSuggestion.tokuhashiPoints.min) : `${result.kpsSuggestion.tokuhashiPoints.min}–${result.kpsSuggestion.tokuhashiPoints.max} points`} here): a suggestion only, enter the Karnofsky status to use it. {result.kpsSuggestion.source}.
          </p>
        )}
        {needs('tokuhashi').map((n) => <ChoiceFor key={n.key} need={n} />)}
        <Open result={result} score="tokuhashi" />
        <Validation score="tokuhashi" />
        <Spread records={forScore('tokuhashi')} />
      </section>

      <section class="score" aria-labelledby="tomita-h">
        <h3 id="tomita-h">Tomita (2001)</h3>
        <output class="announce" role="status">
          {totalText('Tomita', tm.result, TOMITA_ITEMS.length)}: {bandLabel(TOMITA_STRATEGIES, tm.result.strategy, 'the strategy depends on the open items')}
        </output>
        <Items items={TOMITA_ITEMS} names={TOMITA_ITEM_NAMES} points={tm.result.points} ranges={tm.result.ranges} full={FULL.tomita} />
        <p class="note">{TOMITA_TABLE_SOURCE}</p>
        {needs('tomita').map((n) => <ChoiceFor key={n.key} need={n} />)}
        <Open result={result} score="tomita" />
        <Validation score="tomita" />
        <Spread records={forScore('tomita')} />
      </section>

      <section class="score" aria-labelledby="bauer-h">
        <h3 id="bauer-h">Modified Bauer (Leithner 2008)</h3>
        <output class="announce" role="status">
          {totalText('Modified Bauer', ba.result, BAUER_ITEMS.length)}: {bandLabel(BAUER_GROUPS, ba.result.group, 'the group depends on the open items')}
        </output>
        <Items items={BAUER_ITEMS} names={BAUER_ITEM_NAMES} points={ba.result.points} ranges={ba.result.ranges} full={FULL.bauer} />
        <Open result={result} score="bauer" />
        <Validation score="bauer" />
      </section>

      <section class="score" aria-labelledby="nesms-h">
        <h3 id="nesms-h">NESMS (New England Spinal Metastasis Score)</h3>
        <output class="announce" role="status">{totalText('NESMS', ne.result, NESMS_ITEMS.length)} (0 to {NESMS_CEILING})</output>
        <Items items={NESMS_ITEMS} names={NESMS_ITEM_NAMES} points={ne.result.points} ranges={ne.result.ranges} full={FULL.nesms} />
        {ne.result.capped && (
          <p class="note">
            {ne.result.uncapped !== null
              ? `The items add to ${ne.result.uncapped}; the published score stops at ${NESMS_CEILING}.`
              : `The items answered already reach ${NESMS_CEILING}, where the published score stops: the open item cannot change it.`}
          </p>
        )}
        <Open result={result} score="nesms" />
        <Validation score="nesms" />
        <Spread records={forScore('nesms')} />
      </section>

      <NewScores result={result} onChoice={onChoice} Spread={Spread} />
    </section>
  );
}

/** The patient's decided bands' figures, for Matched outcomes. */
export function BandOutcomes({ prognosis: p }: { prognosis: PrognosisFor }) {
  const records = [...prognosticOutcomes({ tokuhashi: p.tokuhashi.result.band, tomita: p.tomita.result.strategy, nesms: p.nesms.result.total }), ...newBandFigures({ katagiri: p.katagiri.result.band, vanderlinden: p.vanderlinden.result.band })];
  if (records.length === 0) return <p class="note">No band is decided yet: answer the prognostic items above to see what cohorts in the same band lived.</p>;
  return <Spread records={records} />;
}
