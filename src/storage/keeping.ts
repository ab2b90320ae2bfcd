// How long this device keeps the cases, said as it is. Browsers keep a site's data "best effort"
// unless it is granted persistent storage (navigator.storage.persist); Safari deletes it after 7
// days of use without a visit unless the app is on the home screen. The request is made when it
// is likely to be granted (after the first saved case, and once installed), and the real answer
// is read at every start (navigator.storage.persisted), never assumed.
// Source of the 7 days: WebKit, "Full Third-Party Cookie Blocking and More" (2020): "deleting all
// of a website's script-writable storage after seven days of Safari use without user interaction
// on the site" (Indexed DB, LocalStorage...), home-screen web apps having their own counter; read
// as quoted in https://ionicframework.com/blog/is-apple-trying-to-kill-pwas/ and
// https://www.kevindangoor.com/posts/2020-03-25/.

import { KEEP_HEADER, type KeepState } from './keeping-header';

export type { KeepState };

export interface KeepContext {
  /** Running from the home screen (display-mode standalone). */
  installed: boolean;
  /** Safari on iPhone or iPad, where the 7-day rule applies to a site not on the home screen. */
  iosSafari: boolean;
}

export interface KeepWords {
  /** The header's one line, from the first paint on: short, one state's words the length of another's. */
  header: string;
  /** The saved-cases section's sentence (empty where the section says it otherwise). */
  cases: string;
}

const HOME = 'add the app to the home screen and keep a backup';

/** The words for each state: pure, so that every one can be tested. */
export function keepingWords(state: KeepState, { installed, iosSafari }: KeepContext): KeepWords {
  const safari = iosSafari && !installed;
  switch (state) {
    case 'kept':
      return { header: KEEP_HEADER.kept, cases: 'Kept until you delete them: the browser has agreed not to clear these cases.' };
    case 'may-clear':
      return {
        header: KEEP_HEADER['may-clear'],
        cases: safari
          ? `Safari may clear these cases after 7 days without a visit: ${HOME}.`
          : installed
            ? 'The browser may clear these cases when the device runs short of space: keep a backup.'
            : `The browser may clear these cases: ${HOME}.`,
      };
    case 'no-api':
      return {
        header: KEEP_HEADER['no-api'],
        cases: safari
          ? `This browser does not say how long it keeps these cases, and Safari may clear them after 7 days without a visit: ${HOME}.`
          : `This browser does not say whether it keeps these cases: ${installed ? 'keep a backup' : HOME}.`,
      };
    case 'memory':
      return { header: KEEP_HEADER.memory, cases: '' };
    case 'unknown':
      return { header: KEEP_HEADER.unknown, cases: '' };
  }
}

type Persisting = { persisted?: () => Promise<boolean>; persist?: () => Promise<boolean> };
export type AskReason = 'first-case' | 'installed';
// The meta keys: one request per reason (Firefox asks the clinician; asking again would nag).
const ASKED: Record<AskReason, string> = { 'first-case': 'persistRequested', installed: 'persistRequestedInstalled' };

export interface Meta {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

/** The state for one origin, read and asked through `api` (navigator.storage), shared by every view. */
export class Keeper {
  state: KeepState = 'unknown';
  private readonly listeners = new Set<(s: KeepState) => void>();
  constructor(
    private readonly meta: Meta | null,
    private readonly api: () => Persisting | undefined = () => (typeof navigator === 'undefined' ? undefined : navigator.storage),
  ) {
    if (!meta) this.state = 'memory';
  }
  private set(s: KeepState) {
    this.state = s;
    for (const l of this.listeners) l(s);
  }
  subscribe(l: (s: KeepState) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  /** Reads the browser's real answer. */
  async read(): Promise<KeepState> {
    if (!this.meta) return this.state;
    const api = this.api();
    if (!api?.persisted) {
      this.set('no-api');
      return this.state;
    }
    const kept = await api.persisted().catch(() => null);
    this.set(kept === true ? 'kept' : kept === false ? 'may-clear' : 'no-api');
    return this.state;
  }
  /** Asks to be kept, once per reason; the answer (granted or not) becomes the state. */
  async ask(reason: AskReason): Promise<KeepState> {
    const api = this.api();
    if (!this.meta || !api?.persist) return this.read();
    if ((await this.read()) === 'kept') return this.state;
    if ((await this.meta.get(ASKED[reason])) === true) return this.state;
    await this.meta.put(ASKED[reason], true);
    const granted = await api.persist().catch(() => null);
    if (granted === true) this.set('kept');
    else await this.read();
    return this.state;
  }
}
