// Debian's Chromium through playwright-core (launch options shared with the Chromium suite).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchOptions } from '../browser';
import { isXPath, pageHooks, Problems, type Engine, type EnginePage, type Target } from './types';

class ChromiumPage implements EnginePage {
  readonly engine = 'chromium' as const;
  private report = new Problems((fn, ...args) => this.evaluate(fn, ...args));
  constructor(
    private context: BrowserContext,
    private page: Page,
  ) {
    page.on('console', (m) => m.type() === 'error' && this.report.add(`console: ${m.text()}`));
    page.on('pageerror', (e) => this.report.add(`pageerror: ${e.message}`));
  }
  async goto(url: string) {
    await this.report.harvest();
    await this.page.goto(url);
  }
  async reload() {
    await this.report.harvest();
    await this.page.reload();
  }
  private at = (t: Target) => this.page.locator(isXPath(t) ? `xpath=${t}` : t);
  click = (t: Target) => this.at(t).click();
  async type(t: Target, text: string) {
    await this.at(t).fill('');
    await this.at(t).pressSequentially(text);
  }
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    // A string expression: DevTools evaluates it, so the page's CSP (no eval) does not apply.
    return this.page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`) as Promise<T>;
  }
  screenshot = async (path: string) => void (await this.page.screenshot({ path }));
  viewport = (width: number, height: number) => this.page.setViewportSize({ width, height });
  problems = () => this.report.all();
  close = () => this.context.close();
}

export function chromiumEngine(): Engine {
  let browser: Browser | null = null;
  return {
    name: 'chromium',
    async open() {
      browser ??= await chromium.launch(launchOptions());
      const context = await browser.newContext({ viewport: { width: 1180, height: 820 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await context.addInitScript(pageHooks);
      return new ChromiumPage(context, await context.newPage());
    },
    close: async () => void (await browser?.close()),
  };
}
