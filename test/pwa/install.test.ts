// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isIosSafari, onInstallOption, watchInstall, type InstallOption } from '../../src/pwa/install';

const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const IPHONE_CHROME = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

describe('install', () => {
  it('offers Add-to-Home-Screen steps on iOS Safari only', () => {
    expect(isIosSafari(IPHONE_SAFARI, 5)).toBe(true);
    expect(isIosSafari(IPAD_DESKTOP_UA, 5)).toBe(true); // iPadOS presents as a Mac with touch
    expect(isIosSafari(IPAD_DESKTOP_UA, 0)).toBe(false); // a real Mac
    expect(isIosSafari(IPHONE_CHROME, 5)).toBe(false);
    expect(isIosSafari(ANDROID_CHROME, 5)).toBe(false);
  });

  it('turns the browser’s install event into an Install button, and hides it once installed', async () => {
    const seen: InstallOption['kind'][] = [];
    onInstallOption((o) => seen.push(o.kind));
    watchInstall();
    let prompted = false;
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        prompted = true;
      },
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(seen.at(-1)).toBe('prompt');
    const current: { option: InstallOption } = { option: { kind: 'none' } };
    onInstallOption((o) => (current.option = o));
    const offered = current.option;
    expect(offered.kind).toBe('prompt');
    if (offered.kind === 'prompt') await expect(offered.install()).resolves.toBe(true);
    expect(prompted).toBe(true);
    expect(seen.at(-1)).toBe('none');
  });
});

describe('the install hint on iOS Safari', () => {
  it('says why the home screen matters for the saved cases: Safari may clear them after 7 days without a visit', async () => {
    const { IOS_KEEP_HINT } = await import('../../src/pwa/install');
    expect(IOS_KEEP_HINT).toBe('Until the app is on the home screen, Safari may clear the saved cases after 7 days without a visit: keep a backup too.');
    const banner = await import('node:fs').then((fs) => fs.readFileSync('src/ui/shell/PwaBanner.tsx', 'utf8'));
    // Shown with the Add-to-Home-Screen steps, inside the text that opens on a tap (no banner of its own).
    expect(banner).toMatch(/\{showIos && <span>In Safari, tap Share[^<]*\{IOS_KEEP_HINT\}<\/span>\}/);
  });
});
