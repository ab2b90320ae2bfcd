// SINS: each component a group of radio buttons with the published wording and its points;
// the total or the range it can still take in a live region, with every component's points.
import {
  SINS_COMPONENTS,
  SINS_LABELS,
  SINS_POINTS,
  formatLevels,
  type SinsComponent,
  type SinsFindings,
  type SinsLocationDetail,
} from '../../clinical';
import { lesionSinsAnnouncement, type LesionDerived } from '../../report';
import { Choice } from '../controls/Choice';
import { memoLatest } from '../state/memo';
import { useLazy, useWantedSoon } from '../state/useLazy';
import { Fragment } from 'preact';

// The drawings load as the first of them nears the screen, or at the first tap or key.
let pictures: typeof import('./SinsPictures') | null = null;
const loadPictures = () => import('./SinsPictures').then((m) => (pictures = m));

// Each question renders again only when its own answer or note changes.
const Question = memoLatest(Choice<string>);

export const pts = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

function optionsOf(c: SinsComponent) {
  const table = SINS_POINTS[c] as Record<string, number>;
  const labels = SINS_LABELS[c].options as Record<string, string>;
  return Object.keys(table).map((value) => ({ value, label: labels[value] as string, hint: pts(table[value] as number) }));
}
const OPTIONS = Object.fromEntries(SINS_COMPONENTS.map((c) => [c, optionsOf(c)])) as Record<SinsComponent, ReturnType<typeof optionsOf>>;

interface FormProps {
  /** Prefix for element ids and radio names, unique per lesion ("l1"). */
  id: string;
  findings: SinsFindings;
  location: SinsLocationDetail | null;
  /** Set when the levels entered are not one lesion: no location can be scored then. */
  levelsError: string | null;
  onChange: (c: SinsComponent, value: string | undefined) => void;
}

export function SinsForm({ id, findings, location, levelsError, onChange }: FormProps) {
  const pics = useLazy(loadPictures, useWantedSoon(`${id}-sag-pics`)) ?? pictures;
  return (
    <section class="sub" aria-labelledby={`${id}-sins-h`}>
      <h3 id={`${id}-sins-h`} class="sub-h">SINS <span class="subtitle">Spinal instability neoplastic score</span></h3>
      {SINS_COMPONENTS.map((c) => {
        const fromLevels = c === 'location' && location !== null;
        const blocked = c === 'location' && levelsError !== null;
        return (
          <Fragment key={c}>
            <Question
              name={`${id}-sins-${c}`}
              legend={SINS_LABELS[c].title}
              options={OPTIONS[c]}
              value={findings[c] as string | undefined}
              onChange={(v) => onChange(c, v)}
              disabled={fromLevels || blocked}
              note={
                blocked
                  ? 'The levels entered are not one lesion: correct them above, or add a lesion, to score the location.'
                  : fromLevels
                    ? locationNote(location)
                    : c === 'location'
                      ? // Always a line here: the levels' own line, when they come, moves nothing below.
                        'Set from the levels, or answer here.'
                      : c === 'boneLesion'
                      ? 'Observers agree least on this item (kappa 0.24): check it twice.'
                      : undefined
              }
            />
            {c === 'alignment' && <div class="sag-pics-slot sag-3" id={`${id}-sag-pics`}>{pics && <pics.AlignmentPictures current={findings.alignment} />}</div>}
            {c === 'collapse' && <div class="sag-pics-slot sag-4">{pics && <pics.CollapsePictures current={findings.collapse} />}</div>}
            {c === 'posterolateral' && <div class="pl-pics-slot">{pics && <pics.PosterolateralPictures current={findings.posterolateral} />}</div>}
          </Fragment>
        );
      })}
    </section>
  );
}

function locationNote(l: SinsLocationDetail): string {
  const from = `Set from the levels: ${SINS_LABELS.location.options[l.location].split(' (')[0]} (${formatLevels(l.decidingLevels)}).`;
  return l.spansSegments
    ? `${from} The lesion spans segments of different kinds; no official rule covers this, so the highest-scoring level is used.`
    : from;
}

/** One lesion's SINS as a live line: the total or the range it can still take. */
export function SinsLine({ d }: { d: LesionDerived }) {
  const band = d.pending ? 'open' : (d.sins.category ?? 'open');
  return (
    <div class={`result-line result-sins band-${band}`}>
      <output class="announce" role="status" aria-live="polite">
        {lesionSinsAnnouncement(d)}
      </output>
    </div>
  );
}
