// The saved cases, newest first. Rows are worked out when the list changes, never when the
// answers on screen change: with thousands of cases a tap on the form must not touch the list.
// The newest PAGE are shown, more on request.
import { Component } from 'preact';
import type { CaseRecord } from '../../storage';
import { caseGlance } from '../../report';

export const PAGE = 200;

export interface CaseRow {
  c: CaseRecord;
  when: string;
  glance: string;
}

/** Rows for the first `shown` cases: the costly part, memoised by the caller on (cases, shown). */
export const caseRows = (cases: readonly CaseRecord[], shown: number): CaseRow[] =>
  cases.slice(0, shown).map((c) => ({ c, when: new Date(c.updatedAt).toLocaleString(), glance: caseGlance(c.assessment) }));

export type RowAction = 'open' | 'duplicate' | 'delete';

interface Props {
  rows: CaseRow[];
  total: number;
  openedId: string | null;
  /** Stable across renders (the list re-renders only when its own props change). */
  act: (what: RowAction, c: CaseRecord) => void;
  onShowMore: () => void;
  /** Said when there are no cases. */
  empty: string;
}

export class CaseList extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    const p = this.props;
    return next.rows !== p.rows || next.total !== p.total || next.openedId !== p.openedId || next.act !== p.act || next.onShowMore !== p.onShowMore || next.empty !== p.empty;
  }

  override render({ rows, total, openedId, act, onShowMore, empty }: Props) {
    if (total === 0) return <p class="note">{empty}</p>;
    const hidden = total - rows.length;
    return (
      <>
        <ul class="case-list">
          {rows.map(({ c, when, glance }) => (
            <li key={c.id} aria-current={c.id === openedId ? 'true' : undefined}>
              <div class="case-head">
                <strong>{c.label}</strong> <span class="note">{when}</span>
              </div>
              <div class="note">{glance}</div>
              <div class="row">
                <button type="button" onClick={() => act('open', c)} aria-label={`Open ${c.label}`}>Open</button>
                <button type="button" class="secondary" onClick={() => act('duplicate', c)} aria-label={`Duplicate ${c.label}`}>Duplicate</button>
                <button type="button" class="secondary" onClick={() => act('delete', c)} aria-label={`Delete ${c.label}`}>Delete</button>
              </div>
            </li>
          ))}
        </ul>
        {hidden > 0 && (
          <p class="row">
            <span class="note">Showing the {rows.length.toLocaleString('en')} newest of {total.toLocaleString('en')}.</span>{' '}
            <button type="button" class="secondary" onClick={onShowMore}>Show {Math.min(PAGE, hidden).toLocaleString('en')} more</button>
          </p>
        )}
      </>
    );
  }
}
