// Whether the device keeps the cases, said as it is; the last backup and the 7-day reminder.
// Dates and the browser's answers are injected: every state is tested.
import { describe, expect, it } from 'vitest';
import { Keeper, keepingWords, type KeepState } from '../../src/storage/keeping';
import { backupMarks, backupStatus, changedSince, memoryMeta, REMIND_AFTER_MS } from '../../src/storage/backup-mark';
import { caseRecord } from './case-fixtures';

const SAFARI = { installed: false, iosSafari: true };
const HOME_SCREEN_SAFARI = { installed: true, iosSafari: true };
const BROWSER = { installed: false, iosSafari: false };
const INSTALLED = { installed: true, iosSafari: false };

describe('the words for each state', () => {
  it.each<[KeepState, typeof BROWSER, string]>([
    ['kept', BROWSER, 'Kept until you delete them: the browser has agreed not to clear these cases.'],
    ['kept', SAFARI, 'Kept until you delete them: the browser has agreed not to clear these cases.'],
    ['may-clear', BROWSER, 'The browser may clear these cases: add the app to the home screen and keep a backup.'],
    ['may-clear', INSTALLED, 'The browser may clear these cases when the device runs short of space: keep a backup.'],
    ['may-clear', SAFARI, 'Safari may clear these cases after 7 days without a visit: add the app to the home screen and keep a backup.'],
    ['may-clear', HOME_SCREEN_SAFARI, 'The browser may clear these cases when the device runs short of space: keep a backup.'],
    ['no-api', BROWSER, 'This browser does not say whether it keeps these cases: add the app to the home screen and keep a backup.'],
    ['no-api', INSTALLED, 'This browser does not say whether it keeps these cases: keep a backup.'],
    ['no-api', SAFARI, 'This browser does not say how long it keeps these cases, and Safari may clear them after 7 days without a visit: add the app to the home screen and keep a backup.'],
    ['memory', BROWSER, ''],
    ['unknown', BROWSER, ''],
  ])('%s (%o): the saved-cases section says it plainly', (state, ctx, words) => {
    expect(keepingWords(state, ctx).cases).toBe(words);
  });

  it('the header never claims more than the state: “until you delete them” only when kept', () => {
    const header = (s: KeepState) => keepingWords(s, BROWSER).header;
    expect(header('kept')).toBe('Answers are saved on this device until you delete them. Nothing leaves it.');
    expect(header('may-clear')).toBe('Answers are saved on this device; the browser may clear them. Nothing leaves it.');
    expect(header('no-api')).toBe('Answers are saved on this device; the browser decides how long. Nothing leaves it.');
    expect(header('unknown')).toBe('Answers are saved on this device as you enter them. Nothing leaves it.');
    expect(header('memory')).toBe('');
    // One line's length or so each: no state's words push the form down more than another's.
    for (const s of ['kept', 'may-clear', 'no-api', 'unknown'] as const) expect(header(s).length).toBeLessThanOrEqual(84);
  });
});

describe('the browser’s real answer', () => {
  const api = (persisted: boolean | undefined, grant: boolean | undefined) => {
    const calls = { persist: 0 };
    let kept = persisted;
    const storage = {
      ...(persisted === undefined ? {} : { persisted: async () => kept as boolean }),
      ...(grant === undefined
        ? {}
        : {
            persist: async () => {
              calls.persist += 1;
              kept = grant;
              return grant;
            },
          }),
    };
    return { storage, calls };
  };

  it('reads persisted() at the start: kept, may clear, or the browser cannot say', async () => {
    expect(await new Keeper(memoryMeta(), () => api(true, undefined).storage).read()).toBe('kept');
    expect(await new Keeper(memoryMeta(), () => api(false, undefined).storage).read()).toBe('may-clear');
    expect(await new Keeper(memoryMeta(), () => ({})).read()).toBe('no-api'); // WebKitGTK, older Safari
    expect(await new Keeper(memoryMeta(), () => undefined).read()).toBe('no-api');
    expect(await new Keeper(null).read()).toBe('memory');
  });

  it('asks after the first saved case and again after install, once each; keeps the answer given', async () => {
    const a = api(false, false);
    const keeper = new Keeper(memoryMeta(), () => a.storage);
    const seen: KeepState[] = [];
    keeper.subscribe((s) => seen.push(s));
    expect(await keeper.ask('first-case')).toBe('may-clear');
    expect(await keeper.ask('first-case')).toBe('may-clear');
    expect(a.calls.persist).toBe(1);
    expect(await keeper.ask('installed')).toBe('may-clear');
    expect(a.calls.persist).toBe(2);
    expect(seen.at(-1)).toBe('may-clear');
    const granted = api(false, true);
    const k2 = new Keeper(memoryMeta(), () => granted.storage);
    expect(await k2.ask('installed')).toBe('kept');
    // Already kept: nothing more is asked.
    expect(await k2.ask('first-case')).toBe('kept');
    expect(granted.calls.persist).toBe(1);
  });

  it('where persist() is missing, nothing is asked and the state says so', async () => {
    const keeper = new Keeper(memoryMeta(), () => api(false, undefined).storage);
    expect(await keeper.ask('first-case')).toBe('may-clear');
    expect(await new Keeper(memoryMeta(), () => ({})).ask('first-case')).toBe('no-api');
  });
});

describe('the last backup and the reminder', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = new Date('2026-11-20T12:00:00.000Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const saved = (id: string, days: number) => caseRecord(`case-0000000${id}`, `case ${id}`, undefined, ago(days));

  it('no case, no backup: says nothing and never reminds', () => {
    expect(backupStatus([], null, null, now)).toEqual({ line: '', changed: 0, remind: false });
  });

  it('cases but no backup: reminds once the oldest has been unprotected for 7 days', () => {
    expect(backupStatus([saved('1', 3)], null, null, now)).toEqual({ line: 'No backup made yet of the 1 case saved here.', changed: 1, remind: false });
    expect(backupStatus([saved('1', 8), saved('2', 1)], null, null, now)).toEqual({ line: 'No backup made yet of the 2 cases saved here.', changed: 2, remind: true });
  });

  it('a backup 8 days ago: the date, how many changed since, and a reminder only when some did', () => {
    const last = { at: ago(8), cases: 3 };
    expect(backupStatus([saved('1', 9)], last, null, now)).toEqual({ line: 'Last backup: 12 Nov 2026, 3 cases; nothing changed since.', changed: 0, remind: false });
    expect(backupStatus([saved('1', 9), saved('2', 2), saved('3', 1)], last, null, now)).toEqual({ line: 'Last backup: 12 Nov 2026, 3 cases; 2 cases saved, changed or deleted since.', changed: 2, remind: true });
  });

  it('a backup 6 days ago, cases changed since: no reminder yet', () => {
    expect(backupStatus([saved('2', 1)], { at: ago(6), cases: 1 }, null, now).remind).toBe(false);
    expect(backupStatus([saved('2', 1)], { at: new Date(now.getTime() - REMIND_AFTER_MS).toISOString(), cases: 1 }, null, now).remind).toBe(true);
  });

  it('dismissed: quiet for 7 days, then reminds again', () => {
    const list = [saved('1', 9), saved('2', 1)];
    const last = { at: ago(10), cases: 1 };
    expect(backupStatus(list, last, ago(2), now).remind).toBe(false);
    expect(backupStatus(list, last, ago(8), now).remind).toBe(true);
  });

  it('counts deletions since the backup as changes', () => {
    const c = { ...saved('1', 9), deletedAt: ago(1) };
    expect(changedSince([c], ago(5))).toBe(1);
    expect(changedSince([c], null)).toBe(0);
  });

  it('stored marks read back; junk reads as none', async () => {
    const meta = memoryMeta();
    const marks = backupMarks(meta);
    expect(await marks.last()).toBeNull();
    await marks.mark({ at: ago(1), cases: 4 });
    expect(await marks.last()).toEqual({ at: ago(1), cases: 4 });
    await meta.put('lastBackup', { at: 'soon', cases: -1 });
    expect(await marks.last()).toBeNull();
    await marks.dismiss(ago(2));
    expect(await marks.dismissedAt()).toBe(ago(2));
    await meta.put('backupReminderDismissedAt', 42);
    expect(await marks.dismissedAt()).toBeNull();
  });
});
