// @vitest-environment happy-dom
// The saved-cases section: a tap on the form never recomputes the list; an opened case that is
// edited says so and saves back to itself; a case that cannot be read is set aside, in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { MemoryCasesStore } from '../../../src/storage/cases';
import { MemoryDraftStore } from '../../../src/storage/draft';
import type { Storage } from '../../../src/storage';
import { Cases } from '../../../src/ui/cases/Cases';
import { CasesKeeping } from '../../../src/ui/cases/CasesKeeping';
import { Keeper } from '../../../src/storage/keeping';
import { backupMarks, memoryMeta } from '../../../src/storage/backup-mark';
import { assessment, caseRecord } from '../../storage/case-fixtures';

const glances = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../../src/report/case-glance', () => ({
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
  }, 20_000); // 10,000 records on a machine shared by many test runs
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

/** Storage whose browser answers persisted() with `kept` and grants persist() with `grant` (undefined: no API). */
function keptStorage(kept: boolean | undefined, grant?: boolean) {
  const asked = { n: 0 };
  let now = kept;
  const api = kept === undefined ? {} : { persisted: async () => now as boolean, persist: async () => { asked.n += 1; now = grant ?? now; return now as boolean; } };
  const keeper = new Keeper(memoryMeta(), () => api);
  const storage: Storage = { ...storageWith(), keeper, backups: backupMarks(memoryMeta()), requestPersist: async (r) => (await keeper.ask(r ?? 'first-case')) === 'kept' };
  return { storage, asked, keeper };
}

describe('how long the cases are kept, in the saved-cases section', () => {
  it('says the browser may clear them; after the first saved case it asks, and says “Kept until you delete them” once granted', async () => {
    const { storage, asked, keeper } = keptStorage(false, true);
    await keeper.read();
    render(<Cases storage={storage} assessment={assessment()} onOpen={() => undefined} />);
    await waitFor(() => expect(screen.getByText('The browser may clear these cases: add the app to the home screen and keep a backup.')).toBeTruthy());
    fireEvent.input(screen.getByLabelText('Label for this case'), { target: { value: 'T12 lytic' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: 'Save case' }).closest('form') as HTMLFormElement);
    });
    await waitFor(() => expect(screen.getByText('Kept until you delete them: the browser has agreed not to clear these cases.')).toBeTruthy());
    expect(asked.n).toBe(1);
  });

  it('a refusal is kept and said: the browser may clear them', async () => {
    const { storage, asked, keeper } = keptStorage(false, false);
    await keeper.read();
    render(<Cases storage={storage} assessment={assessment()} onOpen={() => undefined} />);
    fireEvent.input(screen.getByLabelText('Label for this case'), { target: { value: 'L2' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: 'Save case' }).closest('form') as HTMLFormElement);
    });
    await waitFor(() => expect(asked.n).toBe(1));
    expect(screen.getByText(/^The browser may clear these cases/)).toBeTruthy();
    expect(screen.queryByText(/Kept until you delete them/)).toBeNull();
  });

  it('where the browser has no such API (WebKitGTK, older Safari), says so', async () => {
    const { storage, keeper } = keptStorage(undefined);
    await keeper.read();
    render(<Cases storage={storage} assessment={assessment()} onOpen={() => undefined} />);
    await waitFor(() => expect(screen.getByText('This browser does not say whether it keeps these cases: add the app to the home screen and keep a backup.')).toBeTruthy());
  });
});

describe('the last backup and the reminder', () => {
  const now = new Date('2026-11-20T12:00:00.000Z');
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  it('an export records the date; cases changed since are counted', async () => {
    const { storage } = keptStorage(true);
    await storage.cases.put(caseRecord('case-000000a1', 'T12 lytic'));
    const created: string[] = [];
    URL.createObjectURL = () => (created.push('x'), 'blob:x');
    URL.revokeObjectURL = () => undefined;
    render(<Cases storage={storage} assessment={assessment()} onOpen={() => undefined} />);
    await waitFor(() => expect(screen.getByText('No backup made yet of the 1 case saved here.')).toBeTruthy());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    });
    await waitFor(() => expect(screen.getByText(/^Last backup: .*, 1 case; nothing changed since\.$/)).toBeTruthy());
    expect(created).toHaveLength(1);
    expect(await storage.backups?.last()).toMatchObject({ cases: 1 });
  });

  it('reminds, without blocking, when cases changed and no backup for 7 days; "Not now" quiets it for 7 days', async () => {
    const { storage } = keptStorage(true);
    await storage.backups?.mark({ at: ago(9), cases: 1 });
    const all = [caseRecord('case-000000a1', 'T12 lytic', assessment(), ago(10)), caseRecord('case-000000b2', 'L4', assessment(), ago(1))];
    const { rerender } = render(<CasesKeeping storage={storage} all={all} backupsMade={0} now={() => now} />);
    await waitFor(() => expect(screen.getByText(/no backup was made for 7 days or more: export a backup/)).toBeTruthy());
    expect(screen.getByText('Last backup: 11 Nov 2026, 1 case; 1 case saved, changed or deleted since.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    });
    expect(screen.queryByText(/no backup was made for 7 days/)).toBeNull();
    expect(await storage.backups?.dismissedAt()).toBe(now.toISOString());
    // Eight days later, still no backup: it reminds again.
    const later = new Date(now.getTime() + 8 * 86_400_000);
    rerender(<CasesKeeping storage={storage} all={all} backupsMade={1} now={() => later} />);
    await waitFor(() => expect(screen.getByText(/no backup was made for 7 days or more/)).toBeTruthy());
  });
});
