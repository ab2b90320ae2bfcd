// Firefox ESR from Debian through puppeteer-core over WebDriver BiDi. Never a downloaded browser.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { isXPath, pageHooks, Problems, type Engine, type EnginePage, type Target } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Puppeteer reads "::-p-xpath(...)" for an XPath. */
const sel = (t: Target) => (isXPath(t) ? `::-p-xpath(${t})` : t);

class FirefoxPage implements EnginePage {
  readonly engine = 'firefox' as const;
  private report = new Problems((fn, ...args) => this.evaluate(fn, ...args));
  constructor(private page: Page) {
    page.on('console', (m) => m.type() === 'error' && this.report.add(`console: ${m.text()}`));
    // Firefox reports a CSP violation as a page error too.
    page.on('pageerror', (e) => this.report.add(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  }
  async goto(url: string) {
    await this.report.harvest();
    await this.page.goto(url);
  }
  async reload() {
    await this.report.harvest();
    await this.page.reload();
  }
  async click(t: Target) {
    const el = await this.page.waitForSelector(sel(t), { visible: true });
    // In the middle of the screen, as in webkit.ts, clear of the messages at the screen's foot.
    await el!.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await el!.click();
  }
  async type(t: Target, text: string) {
    const el = await this.page.waitForSelector(sel(t), { visible: true });
    await el!.click({ count: 3 });
    await this.page.keyboard.press('Backspace');
    await el!.type(text);
  }
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.page.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>;
  }
  screenshot = async (path: string) => void (await this.page.screenshot({ path: path as `${string}.png` }));
  viewport = (width: number, height: number) => this.page.setViewport({ width, height });
  problems = () => this.report.all();
  close = () => this.page.close();
}

export function firefoxEngine(): Engine {
  let browser: Browser | null = null;
  return {
    name: 'firefox',
    async open() {
      if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install Debian's firefox-esr; .ci/run does.`);
      // One browser per page: a fresh profile, as a new user has (service worker, IndexedDB).
      await browser?.close();
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
      const [page = await browser.newPage()] = await browser.pages();
      await page.evaluateOnNewDocument(pageHooks);
      await page.setViewport({ width: 1180, height: 820 });
      return new FirefoxPage(page);
    },
    close: async () => void (await browser?.close()),
  };
}
