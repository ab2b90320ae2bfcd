// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { emptyLesion, withFindings, withLevels, type EsccFindings, type Lesion, type Vertebra } from '../../src/clinical';
import { deriveLesion } from '../../src/report/derive';
import { LesionCard } from '../../src/ui/lesion/LesionCard';
import { Results } from '../../src/ui/results/Results';
import { derive } from '../../src/report/derive';
import { Choice, YES_NO } from '../../src/ui/controls/Choice';
import { LevelPicker } from '../../src/ui/lesion/LevelPicker';
import { SinsForm } from '../../src/ui/lesion/Sins';
import { SinsSummary } from '../../src/ui/lesion/SinsBreakdown';
import { EsccForm, answerEscc } from '../../src/ui/lesion/Escc';

afterEach(cleanup);

describe('Choice', () => {
  it('starts with nothing selected, answers on one tap, and clears back to unanswered', () => {
    const seen: Array<boolean | undefined> = [];
    function Host() {
      const [v, setV] = useState<boolean | undefined>(undefined);
      return <Choice name="q" legend="Epidural tumour" options={YES_NO} value={v} onChange={(x) => { seen.push(x); setV(x); }} />;
    }
    render(<Host />);
    const group = screen.getByRole('group', { name: 'Epidural tumour' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    expect((screen.getByRole('radio', { name: 'Yes' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear Epidural tumour' }));
    expect(seen).toEqual([true, undefined]);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
  });
});

describe('LevelPicker', () => {
  function Host({ onLevels }: { onLevels: (l: Vertebra[]) => void }) {
    const [levels, setLevels] = useState<Vertebra[]>([]);
    return (
      <LevelPicker
        id="l1"
        levels={levels}
        error={null}
        onChange={(l) =>
          setLevels((current) => {
            const next = typeof l === 'function' ? l(current) : l;
            onLevels(next);
            return next;
          })
        }
      />
    );
  }

  it('reads typed levels and marks the vertebrae pressed, with their segments', () => {
    const onLevels = vi.fn();
    render(<Host onLevels={onLevels} />);
    const input = screen.getByLabelText('Type the lesion’s levels');
    fireEvent.input(input, { target: { value: 't12–l2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(onLevels).toHaveBeenLastCalledWith(['T12', 'L1', 'L2']);
    expect(screen.getByRole('button', { name: 'L1' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'L3' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(/T12 junctional, L1 junctional, L2 mobile/)).toBeTruthy();
  });

  it('says in words what is wrong with a level that does not exist, and changes nothing', () => {
    const onLevels = vi.fn();
    render(<Host onLevels={onLevels} />);
    fireEvent.input(screen.getByLabelText('Type the lesion’s levels'), { target: { value: 'T13' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(screen.getByRole('alert').textContent).toBe('Not applied: There is no T13: the thoracic levels are T1 to T12. No levels are set.');
    expect(onLevels).not.toHaveBeenCalled();
  });

  it('keeps the levels scored when a typed entry is refused, and says so (the text stays as typed)', () => {
    const onLevels = vi.fn();
    render(<Host onLevels={onLevels} />);
    fireEvent.click(screen.getByRole('button', { name: 'T12' }));
    const input = screen.getByLabelText('Type the lesion’s levels') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'T13' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Not applied: .* The levels scored are still T12\.$/);
    expect(input.value).toBe('T13');
    expect(onLevels).toHaveBeenLastCalledWith(['T12']);
  });

  it('is one tab stop: only one vertebra is in the tab order, arrow keys move between them', () => {
    render(<Host onLevels={vi.fn()} />);
    const tabbable = screen.getAllByRole('button').filter((b) => (b as HTMLElement).tabIndex === 0 && /^[CTLS]\d+$/.test(b.closest('label')?.textContent ?? ''));
    expect(tabbable).toHaveLength(1);
    const c1 = screen.getByRole('button', { name: 'C1' });
    c1.focus();
    fireEvent.keyDown(c1, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'C2' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'S5' }));
  });

  it('toggles a vertebra by tap', () => {
    const onLevels = vi.fn();
    render(<Host onLevels={onLevels} />);
    fireEvent.click(screen.getByRole('button', { name: 'T7' }));
    expect(onLevels).toHaveBeenLastCalledWith(['T7']);
    fireEvent.click(screen.getByRole('button', { name: 'T8' }));
    expect(onLevels).toHaveBeenLastCalledWith(['T7', 'T8']);
    fireEvent.click(screen.getByRole('button', { name: 'T7' }));
    expect(onLevels).toHaveBeenLastCalledWith(['T8']);
  });
});

describe('SinsForm', () => {
  it('blocks the location when the levels are not one lesion, and says why', () => {
    render(<SinsForm id="l1" findings={{}} location={null} levelsError="T3, T9 are not consecutive" onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Location' }) as HTMLFieldSetElement;
    expect(group.disabled).toBe(true);
    expect(screen.getByText(/not one lesion: correct them above/)).toBeTruthy();
  });
});

const lesion = (levels: Vertebra[], sins: Lesion['sins'], escc: Lesion['escc'] = {}): Lesion => withFindings(withLevels(emptyLesion('a'), levels), { sins, escc });

describe('SinsSummary', () => {
  it('announces the lesion, its total and band, or the range with what is unanswered', () => {
    const { rerender } = render(<SinsSummary d={deriveLesion(lesion(['T12'], { pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'unilateral' }), 0)} />);
    expect(screen.getByRole('status').textContent).toBe('Lesion 1 (T12): SINS 13 — instability (13–18)');
    expect(screen.getByText(/surgical consultation is recommended/)).toBeTruthy();
    rerender(<SinsSummary d={deriveLesion(lesion(['T7'], { boneLesion: 'lytic', collapse: 'none', posterolateral: 'none' }), 1)} />);
    expect(screen.getByRole('status').textContent).toBe('Lesion 2 (T7): SINS 3–10 so far, 2 of 6 unanswered');
    expect(screen.getAllByText('not answered')).toHaveLength(2);
  });

  it('gives no SINS for findings entered for other levels, and says which', () => {
    render(<SinsSummary d={deriveLesion(withLevels(lesion(['T8'], { pain: 'mechanical' }), ['L3']), 1)} />);
    expect(screen.getByRole('status').textContent).toBe('Lesion 2 (L3): SINS not shown — findings entered for T8: confirm them for L3 or clear them');
    expect(screen.queryByText(/points/)).toBeNull();
  });
});

describe('LesionCard', () => {
  function Host({ start }: { start: Lesion }) {
    const [l, setL] = useState(start);
    return <LesionCard d={deriveLesion(l, 1)} onChange={(change) => setL(change)} />;
  }

  it('is a region named "Lesion N · levels", and holds findings entered for T8 until confirmed for L3', () => {
    render(<Host start={withLevels(lesion(['T8'], { pain: 'mechanical' }, { epiduralTumour: true }), ['L3'])} />);
    expect(screen.getByRole('region', { name: 'Lesion 2 · L3' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Findings entered for T8: confirm for L3\./);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm for L3' }));
    expect(screen.queryByText(/Findings entered for T8/)).toBeNull();
    expect((screen.getByRole('radio', { name: /^Yes: mechanical pain/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('clears the findings on request', () => {
    render(<Host start={withLevels(lesion(['T8'], { pain: 'mechanical' }), ['L3'])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear findings' }));
    expect(screen.queryByText(/Findings entered for T8/)).toBeNull();
    // Only the location, which L3 itself decides, stays answered.
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked).map((r) => (r as HTMLInputElement).name)).toEqual(['l2-sins-location']);
  });
});

describe('Results', () => {
  it('lists every lesion with its own SINS and ESCC, and the patient-level TES criteria', () => {
    const a = { patient: {}, lesions: [lesion(['T8'], { pain: 'mechanical' }, { epiduralTumour: false }), { ...lesion(['L3'], { pain: 'none' }, { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true }), id: 'b' }] };
    render(<Results d={derive(a)} />);
    const lines = screen.getAllByRole('status').map((s) => s.textContent);
    expect(lines).toContain('Lesion 1 (T8): ESCC grade 0 — low grade');
    expect(lines).toContain('Lesion 2 (L3): ESCC grade 2 — high grade (below the conus: thecal sac and cauda equina, no cord)');
    expect(screen.getByText('ESCC 2: Cauda equina compression, with CSF visible around the cauda equina.')).toBeTruthy();
    expect(lines.find((l) => l?.startsWith('TES'))).toBe('TES: does not meet the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10)');
  });
});

describe('ESCC', () => {
  it('asks only the next question that matters', () => {
    function Host() {
      const [f, setF] = useState<EsccFindings>({});
      return <EsccForm id="l1" findings={f} neural="cord" result={null} onChange={setF} />;
    }
    render(<Host />);
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(['Epidural tumour']);
    fireEvent.click(screen.getAllByRole('radio', { name: 'Yes' })[0] as HTMLElement);
    expect(screen.getAllByRole('group')).toHaveLength(2);
  });

  it('clears later answers when an earlier one changes, so none hides', () => {
    const full: EsccFindings = { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false };
    expect(answerEscc(full, 'thecalSacDeformed', false)).toEqual({ epiduralTumour: true, thecalSacDeformed: false });
  });

  it('announces grade and tier, notes what lies below the conus, and reports contradictions', async () => {
    const a = { patient: {}, lesions: [lesion([], {}, { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false })] };
    const { rerender } = render(<Results d={derive(a)} />);
    expect(screen.getAllByRole('status')[1]?.textContent).toBe('Lesion 1: ESCC grade 3 — high grade');
    rerender(<Results d={derive({ patient: {}, lesions: [lesion([], {}, { epiduralTumour: false, cordCompressed: true })] })} />);
    expect(screen.getAllByRole('status')[1]?.textContent).toMatch(/^Lesion 1: ESCC not graded: .*contradicts/);
    cleanup();
    render(<EsccForm id="l1" findings={{ epiduralTumour: false }} neural="cauda-equina" result={{ status: 'graded', grade: '0', tier: 'low' }} onChange={() => undefined} />);
    expect(screen.getByText(/Below the conus there is no cord/)).toBeTruthy();
    // The grade's drawing is checked once the pictures load (at the first tap, or near the screen).
    fireEvent.pointerDown(window);
    expect(((await screen.findByRole('radio', { name: /^Grade 0\b/ })) as HTMLInputElement).checked).toBe(true);
  });
});
