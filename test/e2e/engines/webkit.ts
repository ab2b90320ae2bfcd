// WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, on an Xvfb display this
// file starts and stops by PID. All three are Debian packages; nothing is downloaded.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { isXPath, pageHooks, Problems, sleep, type Engine, type EnginePage, type Target } from './types';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const by = (t: Target) => (isXPath(t) ? By.xpath(t) : By.css(t));

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Xvfb on the first free display: it writes the number it took to fd 3. */
async function startXvfb(): Promise<{ proc: ChildProcess; display: string }> {
  const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdio[3]!.on('data', (b: Buffer) => {
      out += String(b);
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before taking a display`)));
    setTimeout(() => reject(new Error('Xvfb took no display in 10 s')), 10_000);
  });
  return { proc, display };
}

async function startDriver(display: string): Promise<{ proc: ChildProcess; url: string }> {
  const port = await freePort();
  const proc = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited (${proc.exitCode})`);
    const ok = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ok) return { proc, url };
    await sleep(100);
  }
  throw new Error('WebKitWebDriver did not answer in 10 s');
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit' as const;
  private report = new Problems((fn, ...args) => this.evaluate(fn, ...args));
  constructor(private driver: WebDriver) {}
  // No preload script in WebKitWebDriver: the hooks go in as soon as the load ends.
  private hook = () => this.evaluate(pageHooks);
  async goto(url: string) {
    await this.report.harvest();
    await this.driver.get(url);
    await this.hook();
  }
  async reload() {
    await this.report.harvest();
    await this.driver.navigate().refresh();
    await this.hook();
  }
  async click(t: Target) {
    const el = await this.driver.findElement(by(t));
    // Brought to the middle of the screen first, where a finger taps, clear of the messages that
    // overlay the screen's foot (WebDriver would scroll it just into view, under them).
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
    await el.click();
  }
  async type(t: Target, text: string) {
    const el = await this.driver.findElement(by(t));
    await el.clear();
    await el.sendKeys(text);
  }
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    // WebDriver's Execute Script awaits a returned promise and is not held to the page's CSP.
    return this.driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args) as Promise<T>;
  }
  async screenshot(path: string) {
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
  async viewport(width: number, height: number) {
    // The window's rect includes its chrome: size it, measure the page once the resize has landed,
    // then make up the difference.
    const win = this.driver.manage().window();
    await win.setRect({ width, height });
    let got: number[] = [];
    for (let i = 0; i < 30; i++) {
      await sleep(100);
      const outer = await win.getRect();
      got = await this.evaluate(() => [innerWidth, innerHeight]);
      if (got[0] === width && got[1] === height) return;
      if (outer.width + width - got[0]! >= width && outer.height + height - got[1]! >= height) {
        await win.setRect({ width: outer.width + width - got[0]!, height: outer.height + height - got[1]! });
      }
    }
    throw new Error(`webkit: asked for ${width}x${height}, got ${got.join('x')} (MiniBrowser is at least 447 px wide)`);
  }
  problems = () => this.report.all();
  close = () => this.driver.quit();
}

export function webkitEngine(): Engine {
  let xvfb: ChildProcess | null = null;
  let driverProc: ChildProcess | null = null;
  let url = '';
  let current: WebDriver | null = null;
  return {
    name: 'webkit',
    async open() {
      for (const f of [WEBKIT_DRIVER, MINIBROWSER]) {
        if (!existsSync(f)) throw new Error(`No ${f}: install Debian's webkit2gtk-driver and xvfb; .ci/run does.`);
      }
      if (!xvfb) {
        const x = await startXvfb();
        xvfb = x.proc;
        const d = await startDriver(x.display);
        driverProc = d.proc;
        url = d.url;
      }
      // One session at a time: each is a new MiniBrowser with its own (ephemeral) data.
      await current?.quit().catch(() => undefined);
      current = await new Builder()
        .usingServer(url)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
      const page = new WebKitPage(current);
      await page.viewport(1180, 820);
      return page;
    },
    async close() {
      await current?.quit().catch(() => undefined);
      // Stopped by the PIDs this file started, nothing else.
      for (const p of [driverProc, xvfb]) {
        if (p?.pid && p.exitCode === null) process.kill(p.pid, 'SIGTERM');
      }
    },
  };
}
