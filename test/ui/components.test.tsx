// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { scoreSins, checkTes, gradeEscc, type EsccFindings, type Vertebra } from '../../src/clinical';
import { Choice, YES_NO } from '../../src/ui/components/Choice';
import { LevelPicker } from '../../src/ui/components/LevelPicker';
import { SinsForm, SinsSummary } from '../../src/ui/components/Sins';
import { EsccForm, EsccSummary, answerEscc } from '../../src/ui/components/Escc';
import { TesSummary } from '../../src/ui/components/Tes';
import Outcomes from '../../src/ui/components/Outcomes';

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
    return <LevelPicker levels={levels} error={null} onChange={(l) => { onLevels(l); setLevels(l); }} />;
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
    expect(screen.getByRole('alert').textContent).toBe('There is no T13: the thoracic levels are T1 to T12.');
    expect(onLevels).not.toHaveBeenCalled();
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
    render(<SinsForm findings={{}} location={null} levelsError="T3, T9 are not consecutive" onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Location' }) as HTMLFieldSetElement;
    expect(group.disabled).toBe(true);
    expect(screen.getByText(/not one lesion: correct them above/)).toBeTruthy();
  });
});

describe('SinsSummary', () => {
  it('announces the total and band, or the range with what is unanswered', () => {
    const { rerender } = render(<SinsSummary result={scoreSins({ location: 'junctional', pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'unilateral' })} />);
    expect(screen.getByRole('status').textContent).toBe('SINS 13 — instability (13–18)');
    expect(screen.getByText(/surgical consultation is recommended/)).toBeTruthy();
    rerender(<SinsSummary result={scoreSins({ location: 'semi-rigid', boneLesion: 'lytic', collapse: 'none', posterolateral: 'none' })} />);
    expect(screen.getByRole('status').textContent).toBe('SINS 3–10 so far, 2 of 6 unanswered');
    expect(screen.getAllByText('not answered')).toHaveLength(2);
  });
});

describe('ESCC', () => {
  it('asks only the next question that matters', () => {
    function Host() {
      const [f, setF] = useState<EsccFindings>({});
      return <EsccForm findings={f} neural="cord" onChange={setF} />;
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

  it('announces grade and tier, notes what lies below the conus, and reports contradictions', () => {
    const { rerender } = render(<EsccSummary result={gradeEscc({ epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false })} />);
    expect(screen.getByRole('status').textContent).toBe('ESCC grade 3 — high grade');
    expect(screen.getByRole('img', { name: /grade 3 marked/ })).toBeTruthy();
    rerender(<EsccSummary result={gradeEscc({ epiduralTumour: false, cordCompressed: true })} />);
    expect(screen.getByRole('status').textContent).toMatch(/^ESCC not graded: .*contradicts/);
    cleanup();
    render(<EsccForm findings={{}} neural="cauda-equina" onChange={() => undefined} />);
    expect(screen.getByText(/Below the conus there is no cord/)).toBeTruthy();
  });
});

describe('TesSummary', () => {
  it('shows each criterion as met, not met or not assessed with its reason', () => {
    render(<TesSummary result={checkTes({ spinalLesionCount: 1, levels: ['T3', 'T4', 'T5', 'T6'], ecog: 2 })} />);
    expect(screen.getByRole('status').textContent).toBe('TES criteria not met');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Met Solitary metastasis in the spine\. One spinal lesion\./);
    expect(items[1]).toMatch(/^Not met .*T3–T6: 4 levels, more than 3\./);
    expect(items[3]).toMatch(/^Not assessed /);
  });
});

describe('Outcomes', () => {
  it('shows matched figures with n, time origin, design and source; conflicts flagged', () => {
    render(<Outcomes profile={{ histology: 'leiomyosarcoma', metastaticSites: ['spine'], levels: ['T7'], treatment: 'tes', ecogPost: 1 }} />);
    const first = screen.getAllByRole('group').length; // details elements
    expect(first).toBeGreaterThan(0);
    expect(screen.getAllByText(/n = 10; from surgery; Retrospective series; seed 000_e094713696bb6dae\.txt, Abstract; Results; Fig\. 1/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Sources disagree/).length).toBeGreaterThan(0);
    expect(screen.getByRole('img', { name: /Cancer-specific survival after TES/ })).toBeTruthy();
    expect(screen.getByRole('combobox').textContent).toMatch(/Post-operative ECOG: 1–2 \(n = 9\)/);
  });

  it('says plainly when nothing matches', () => {
    render(<Outcomes profile={{ histology: 'other', metastaticSites: ['spine'] }} />);
    expect(screen.getByRole('status').textContent).toMatch(/leiomyosarcoma only/);
  });
});
