// Debian's Chromium driven by playwright-core. Never a downloaded browser.
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchOptions(extra: LaunchOptions = {}): LaunchOptions {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium); .ci/run does.`);
  }
  return { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, ...extra };
}

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** A persistent profile, for tests that close the browser and open it again on the same data. */
export function launchPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, launchOptions());
}

/** Every request the page makes that is not to `origin`. */
export function watchOtherOrigins(context: BrowserContext, origin: string): string[] {
  const others: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) others.push(url);
  });
  return others;
}
