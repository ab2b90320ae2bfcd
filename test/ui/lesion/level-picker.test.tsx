// @vitest-environment happy-dom
// Issue 19: levels tapped on the drawn spine follow the rules typed levels follow, and findings
// never walk to another vertebra one tap at a time.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { emptyLesion, withFindings, withLevels, type Lesion } from '../../../src/clinical';
import { deriveLesion, lesionGlance } from '../../../src/report/derive';
import { LesionCard } from '../../../src/ui/lesion/LesionCard';

afterEach(cleanup);

// T8: semi-rigid 1 + mechanical 3 + lytic 2 + de novo deformity 2 + collapse over 50% 3 +
// unilateral 1 = SINS 12; cord compressed with CSF still visible around it = ESCC 2.
const FINISHED_T8: Lesion = withFindings(withLevels(emptyLesion('a'), ['T8']), {
  sins: { pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'over-50', posterolateral: 'unilateral' },
  escc: { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true },
});

let shown: Lesion = FINISHED_T8;
function Host({ start }: { start: Lesion }) {
  const [l, setL] = useState(start);
  shown = l;
  return <LesionCard d={deriveLesion(l, 0)} onChange={(change) => setL(change)} />;
}
const vertebra = (name: string) => screen.getByRole('button', { name, exact: true }) as HTMLInputElement;
const tap = (name: string) => fireEvent.click(vertebra(name));
const levelsMessage = () => document.getElementById('l1-levels-message')?.textContent;

describe('the level picker', () => {
  it('starts from a finished T8 lesion: SINS 12, ESCC 2', () => {
    render(<Host start={FINISHED_T8} />);
    expect(lesionGlance(deriveLesion(shown, 0))).toBe('T8 · SINS 12 · ESCC 2');
  });

  it('refuses L3 tapped beside T8 with the message typed levels get, and the box stays unpressed', () => {
    render(<Host start={FINISHED_T8} />);
    tap('L3');
    expect(levelsMessage()).toBe('Not applied: T8, L3 are not consecutive. Enter one lesion at a time; separate lesions are scored separately. The levels scored are still T8.');
    expect(vertebra('L3').checked).toBe(false);
    expect(shown.levels).toEqual(['T8']);
    // A second refused tap (the same message, so no new render) still leaves the box unpressed.
    tap('L3');
    expect(vertebra('L3').checked).toBe(false);
    // The same levels typed: the same words.
    const field = screen.getByLabelText('Type the lesion’s levels');
    fireEvent.input(field, { target: { value: 'T8, L3' } });
    fireEvent.change(field, { target: { value: 'T8, L3' } });
    expect(levelsMessage()).toBe('Not applied: T8, L3 are not consecutive. Enter one lesion at a time; separate lesions are scored separately. The levels scored are still T8.');
  });

  it('refuses T8 and T11 tapped, as typed', () => {
    render(<Host start={FINISHED_T8} />);
    tap('T11');
    expect(levelsMessage()).toMatch(/^Not applied: T8, T11 are not consecutive\./);
    expect(shown.levels).toEqual(['T8']);
  });

  it('holds the T8 findings for confirmation when T9 is tapped on and T8 off, one tap at a time', () => {
    render(<Host start={FINISHED_T8} />);
    tap('T9');
    expect(shown.levels).toEqual(['T8', 'T9']);
    expect(screen.queryByText(/Findings entered for/)).toBeNull();
    tap('T8');
    expect(shown.levels).toEqual(['T9']);
    expect(screen.getByText(/Findings entered for T8: confirm for T9\./)).toBeTruthy();
    expect(lesionGlance(deriveLesion(shown, 0))).toBe('T9 · SINS ? · ESCC ?');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm for T9' }));
    expect(lesionGlance(deriveLesion(shown, 0))).toBe('T9 · SINS 12 · ESCC 2');
  });

  it('holds them too after T8 off and L3 on (the route handled before)', () => {
    render(<Host start={FINISHED_T8} />);
    tap('T8');
    tap('L3');
    expect(shown.levels).toEqual(['L3']);
    expect(screen.getByText(/Findings entered for T8: confirm for L3\./)).toBeTruthy();
  });
});
