// Cases in a backup that differ from the ones saved here: the clinician chooses for each.
import type { ConflictChoice, ConflictChoices, ImportPlan } from '../../storage/backup';

interface Props {
  plan: ImportPlan;
  choices: ConflictChoices;
  onChoose: (id: string, choice: ConflictChoice) => void;
  onImport: () => void;
  onCancel: () => void;
}

const OPTIONS = [
  ['keep-mine', 'Keep the one saved here'],
  ['take-theirs', 'Take the one from the backup'],
  ['keep-both', 'Keep both'],
] as const;

export function ImportChoices({ plan, choices, onChoose, onImport, onCancel }: Props) {
  return (
    <div class="import-plan" role="group" aria-labelledby="plan-h">
      <h3 id="plan-h">Cases in the backup that differ from the ones saved here</h3>
      <p class="note">
        {plan.added.length} new, {plan.restored.length ? `${plan.restored.length} deleted here to restore, ` : ''}
        {plan.identical.length} identical. Choose for each of these {plan.conflicts.length}:
      </p>
      {plan.conflicts.map(({ existing, incoming }, i) => (
        <fieldset class="choice" key={incoming.id}>
          <legend>
            Here: “{existing.label}”, changed {new Date(existing.updatedAt).toLocaleString()}. In the backup: “{incoming.label}”, changed {new Date(incoming.updatedAt).toLocaleString()}.
          </legend>
          <div class="options">
            {OPTIONS.map(([value, text]) => (
              <label key={value} class={choices.get(incoming.id) === value ? 'option checked' : 'option'}>
                <input type="radio" name={`conflict-${i}`} checked={choices.get(incoming.id) === value} onChange={() => onChoose(incoming.id, value)} />
                <span class="option-text">{text}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div class="row">
        <button type="button" onClick={onImport}>Import</button>
        <button type="button" class="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}
