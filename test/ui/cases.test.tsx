// @vitest-environment happy-dom
// The saved-cases section: a tap on the form never recomputes the list; an opened case that is
// edited says so and saves back to itself; a case that cannot be read is set aside, in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { MemoryCasesStore } from '../../src/storage/cases';
import { MemoryDraftStore } from '../../src/storage/draft';
import type { Storage } from '../../src/storage';
import { Cases } from '../../src/ui/components/Cases';
import { assessment, caseRecord } from '../storage/case-fixtures';

const glances = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/report/case-glance', () => ({
  caseGlance: () => {
    glances.n += 1;
    return 'T12 · SINS 3';
  },
}));

afterEach(cleanup);

function storageWith(cases = new MemoryCasesStore()): Storage {
  return { persistent: true, unavailableReason: null, draft: new MemoryDraftStore(), cases, requestPersist: async () => null, close: () => undefined };
}

describe('with 10,000 saved cases', () => {
  it('a change on the form does not touch the list; 200 newest shown, more on request', async () => {
    const store = new MemoryCasesStore();
    await store.putMany(Array.from({ length: 10_000 }, (_, i) => caseRecord(`case-${String(i).padStart(8, '0')}`, `case ${i}`, assessment(), new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString())));
    const storage = storageWith(store);
    const { rerender } = render(<Cases storage={storage} assessment={assessment(['T1'])} onOpen={() => undefined} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open case 9999' })).toBeTruthy());
    expect(screen.getAllByRole('button', { name: /^Open case/ })).toHaveLength(200);
    const before = glances.n;
    expect(before).toBe(200);
    for (let i = 2; i < 12; i++) rerender(<Cases storage={storage} assessment={assessment([`T${i}` as 'T2'])} onOpen={() => undefined} />);
    expect(glances.n).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Show 200 more' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Open case/ })).toHaveLength(400));
    expect(screen.getByText(/Showing the 400 newest of 10,000/)).toBeTruthy();
  });
});

describe('an opened case', () => {
  it('shows unsaved changes once edited and saves back to the same case; or saves as a new one', async () => {
    const store = new MemoryCasesStore();
    const saved = caseRecord('case-000000a1', 'T12 lytic', assessment(['T12']));
    await store.put(saved);
    const storage = storageWith(store);
    let opened: string | null = null;
    const onOpen = vi.fn();
    const view = (a = saved.assessment) => <Cases storage={storage} assessment={a} openedId={opened} onOpen={onOpen} onOpenedChange={(id) => (opened = id)} />;
    const { rerender } = render(view(assessment(['L1'])));
    await waitFor(() => screen.getByRole('button', { name: 'Open T12 lytic' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open T12 lytic' }));
    expect(onOpen).toHaveBeenCalledWith(saved.assessment, saved.id);
    expect(opened).toBe(saved.id);
    rerender(view(saved.assessment));
    expect(screen.getByText(/On screen: “T12 lytic”, as saved/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Save changes/ })).toBeNull();

    const edited = assessment(['T12'], { sins: { pain: 'mechanical' } });
    rerender(view(edited));
    expect(screen.getByText(/“T12 lytic” has unsaved changes/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save as a new case' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save changes to “T12 lytic”' }));
    });
    await waitFor(() => expect(screen.getByText(/Saved the changes to “T12 lytic”/)).toBeTruthy());
    const all = await store.all();
    expect(all).toHaveLength(1);
    expect(all[0]?.id).toBe(saved.id);
    expect(all[0]?.assessment).toEqual(edited);
    await waitFor(() => expect(screen.queryByText(/unsaved changes/)).toBeNull());

    // A new assessment forgets the opened case.
    opened = null;
    rerender(view(assessment([])));
    expect(screen.queryByText(/unsaved changes|On screen/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Save case' })).toBeTruthy();
  });
});

describe('a stored case that cannot be read', () => {
  it('is set aside with a message; the others are listed', async () => {
    const store = new MemoryCasesStore();
    await store.put(caseRecord('case-000000a1', 'T12 lytic'));
    const storage = storageWith(store);
    const read = store.read.bind(store);
    storage.cases.read = async () => ({ ...(await read()), setAside: 1 });
    render(<Cases storage={storage} assessment={assessment()} onOpen={() => undefined} />);
    await waitFor(() => expect(screen.getByText(/1 saved case could not be read and was set aside/)).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Open T12 lytic' })).toBeTruthy();
  });
  it('with no storage, the reason is said and the list never claims there are no saved cases', async () => {
    const storage = { ...storageWith(), persistent: false, unavailableReason: 'newer' as const };
    render(<Cases storage={storage} assessment={assessment()} onOpen={() => undefined} />);
    await waitFor(() => expect(screen.getByText(/written by a newer version/)).toBeTruthy());
    expect(screen.queryByText(/No saved cases yet/)).toBeNull();
    expect(screen.queryByText(/private/)).toBeNull();
  });
});
