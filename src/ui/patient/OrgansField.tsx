// Metastases in other organs, asked once: organs ticked, each with its number and whether it is
// removable or treatable. The total is derived, never typed twice.
import { ORGANS, ORGAN_NAMES, otherOrganCount, type Organ, type OrganFindings, type OrganMetastases } from '../../clinical';
import { withAnswer } from '../state/answers';
import { Choice, YES_NO } from '../controls/Choice';
import { NumberField } from '../controls/NumberField';

interface Props {
  organs: OrganFindings | undefined;
  onChange: (organs: OrganFindings | undefined) => void;
}

function totalText(organs: OrganFindings | undefined): string {
  const c = otherOrganCount(organs);
  if (!c.answered) return 'Not answered: tick “None” or each organ with metastases.';
  if (c.organs === 0) return 'None: no metastases in other organs.';
  const where = `${c.organs} organ${c.organs === 1 ? '' : 's'}`;
  return c.total !== null ? `Total: ${c.total} in ${where}.` : `Total: at least ${c.min} in ${where}; enter the number in each organ.`;
}

export function OrgansField({ organs, onChange }: Props) {
  const none = organs !== undefined && Object.keys(organs).length === 0;
  const setOrgan = (o: Organ, entry: OrganMetastases | undefined) => {
    const next = withAnswer({ ...(organs ?? {}) }, o, entry);
    onChange(Object.keys(next).length ? next : undefined);
  };
  return (
    <fieldset class="choice organs">
      <legend>Metastases in other organs (not bone)</legend>
      <div class="options">
        <label for="organ-none" class={none ? 'option checked' : 'option'}>
          <input type="checkbox" id="organ-none" checked={none} onChange={(e) => onChange((e.target as HTMLInputElement).checked ? {} : undefined)} />
          <span class="option-text">None</span>
        </label>
        {ORGANS.map((o) => {
          const entry = organs?.[o];
          return (
            <div key={o} class="organ">
              <label for={`organ-${o}`} class={entry ? 'option checked' : 'option'}>
                <input type="checkbox" id={`organ-${o}`} checked={entry !== undefined} onChange={(e) => setOrgan(o, (e.target as HTMLInputElement).checked ? {} : undefined)} />
                <span class="option-text">{ORGAN_NAMES[o]}</span>
              </label>
              {entry && (
                <div class="organ-detail">
                  <NumberField id={`organ-${o}-count`} label={`${ORGAN_NAMES[o]}: number of metastases`} min={1} max={999} value={entry.count} onChange={(count) => setOrgan(o, withAnswer(entry, 'count', count))} />
                  <Choice name={`organ-${o}-removable`} legend={`${ORGAN_NAMES[o]}: removable or treatable`} layout="row" options={YES_NO} value={entry.removable} onChange={(v) => setOrgan(o, withAnswer(entry, 'removable', v))} />
                </div>
              )}
            </div>
          );
        })}
      </div>
      <p class="note" aria-live="polite">{totalText(organs)}</p>
    </fieldset>
  );
}
