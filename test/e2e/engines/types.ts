// One small interface over three drivers, so the same scenario runs in Chromium (playwright-core),
// WebKitGTK (selenium-webdriver + WebKitWebDriver) and Firefox ESR (puppeteer-core, WebDriver BiDi).
export type EngineName = 'chromium' | 'webkit' | 'firefox';

/** A CSS selector, or an XPath when it starts with "//" or "(". */
export type Target = string;
export const isXPath = (t: Target) => t.startsWith('//') || t.startsWith('(');

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** A click through the driver: a real user gesture for the page. */
  click(target: Target): Promise<void>;
  /** Clears the field, then types `text` key by key. */
  type(target: Target, text: string): Promise<void>;
  /** Runs `fn` in the page; a promise it returns is awaited. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  screenshot(path: string): Promise<void>;
  /** The page's own size (CSS pixels), whatever the window's chrome. */
  viewport(width: number, height: number): Promise<void>;
  /** Console errors, uncaught errors and CSP violations seen so far, across reloads. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** A fresh page in a fresh profile (or browser context). */
  open(): Promise<EnginePage>;
  close(): Promise<void>;
}

/** The first button with this visible text, as an XPath every driver reads. */
export const button = (text: string): Target => `(//button[normalize-space()=${JSON.stringify(text)}])[1]`;

/**
 * Installed in the page before its scripts where the driver allows (Chromium, Firefox) and as
 * soon as each load ends where it does not (WebKitWebDriver has neither preload scripts nor
 * console logs): collects what the page itself reports, and keeps what the app hands to the
 * clipboard's and downloads' APIs for the test to read.
 */
export function pageHooks() {
  const w = window as unknown as { __e2e?: { problems: string[]; blobs: Blob[] } };
  if (w.__e2e) return;
  const hooks = { problems: [] as string[], blobs: [] as Blob[] };
  w.__e2e = hooks;
  document.addEventListener('securitypolicyviolation', (e) => hooks.problems.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener('error', (e) => hooks.problems.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => hooks.problems.push(`unhandled rejection: ${String(e.reason)}`));
  const error = console.error.bind(console);
  console.error = (...a: unknown[]) => {
    hooks.problems.push(`console.error: ${a.map(String).join(' ')}`);
    error(...a);
  };
  // A backup "download": the file's contents are kept and no download starts (a driver cannot
  // answer a download prompt, and the test reads the file from here).
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (o: Blob | MediaSource) => {
    if (o instanceof Blob) hooks.blobs.push(o);
    return createObjectURL(o);
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
}

/**
 * What a page reported, kept across reloads: what the driver saw (`add`) and what pageHooks
 * collected in the page, taken before the page goes (`harvest`) and when asked (`all`).
 */
export class Problems {
  private seen: string[] = [];
  constructor(private readonly evaluate: EnginePage['evaluate']) {}
  add = (problem: string) => void this.seen.push(problem);
  harvest = async () => {
    const found = await this.evaluate(() => (window as unknown as { __e2e?: { problems: string[] } }).__e2e?.problems.splice(0) ?? []).catch(() => [] as string[]);
    this.seen.push(...found);
  };
  async all(): Promise<string[]> {
    await this.harvest();
    return [...this.seen];
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` in the page until it returns a truthy value. */
export async function waitFor<T, A extends unknown[]>(page: EnginePage, what: string, fn: (...args: A) => T | Promise<T>, timeout = 10_000, ...args: A): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await page.evaluate(fn, ...args);
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`${page.engine}: timed out waiting for ${what} (last: ${String(last)})`);
    await sleep(100);
  }
}
