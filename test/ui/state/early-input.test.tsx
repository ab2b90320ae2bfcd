// @vitest-environment happy-dom
// The early-input replay hands each kept state to its handler; replayed, it must set an answer,
// never toggle one: Firefox restores checked boxes on a reload, and the saved draft already has them.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import type { Vertebra } from '../../../src/clinical';
import { LevelPicker } from '../../../src/ui/lesion/LevelPicker';
import { replayEarlyInput } from '../../../src/ui/state/early-input';

afterEach(cleanup);

function Host({ start, seen }: { start: Vertebra[]; seen: Vertebra[][] }) {
  const [levels, setLevels] = useState<Vertebra[]>(start);
  return (
    <LevelPicker
      id="l1"
      levels={levels}
      error={null}
      onChange={(l) =>
        setLevels((current) => {
          const next = typeof l === 'function' ? l(current) : l;
          seen.push(next);
          return next;
        })
      }
    />
  );
}

describe('replayEarlyInput', () => {
  it('keeps a level the draft has when the browser restored its box as checked, however often it runs', () => {
    const seen: Vertebra[][] = [];
    const { container } = render(<Host start={['T12']} seen={seen} />);
    const box = screen.getByRole('button', { name: 'T12' }) as HTMLInputElement;
    // As after a reload in Firefox: the box is checked, its default (the prerendered page's) is not.
    box.checked = true;
    expect(box.defaultChecked).toBe(false);
    replayEarlyInput(container);
    replayEarlyInput(container);
    // (The levels' text field, "T12" against an empty default, is replayed too: it sets them.)
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((l) => l.join() === 'T12')).toBe(true);
    expect(box.getAttribute('aria-pressed')).toBe('true');
  });

  it('hands over a vertebra tapped before the scripts arrived', () => {
    const seen: Vertebra[][] = [];
    const { container } = render(<Host start={[]} seen={seen} />);
    (screen.getByRole('button', { name: 'L3' }) as HTMLInputElement).checked = true;
    replayEarlyInput(container);
    expect(seen).toEqual([['L3']]);
  });
});
