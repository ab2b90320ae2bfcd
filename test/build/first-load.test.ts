// The first load stays within 35 KB gzip (issue 12): the HTML, the entry chunk, every chunk it
// imports statically and their CSS, as the build manifest lists them. Sizes are gzip level 9, as
// scripts/serve.mjs serves them; deterministic, not timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { firstLoadSet } from '../../scripts/first-load.mjs';
import { buildDist } from './build-dist';

const BUDGET_BYTES = 35 * 1024;
let dist = '';
let remove = async () => undefined as unknown;

beforeAll(async () => {
  ({ dist, remove } = await buildDist('first-load-'));
}, 120_000);

afterAll(() => remove());

describe('first load', () => {
  it('is the HTML, one entry chunk, the chunk it preloads and the CSS: no other script or style in the HTML', async () => {
    const set = await firstLoadSet(dist);
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(referenced.sort()).toEqual(set.map((f) => f.file).filter((f) => f !== 'index.html').sort());
    expect(set.filter((f) => f.file.endsWith('.js')).length).toBeLessThanOrEqual(2);
  });

  it(`weighs at most ${BUDGET_BYTES / 1024} KB gzip`, async () => {
    const set = await firstLoadSet(dist);
    const total = set.reduce((s, f) => s + f.gzip, 0);
    const table = set.map((f) => `${f.file}: ${(f.gzip / 1024).toFixed(2)} KB`).join('; ');
    expect(total, `first load ${(total / 1024).toFixed(2)} KB gzip (${table})`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leaves the validators and the service-worker registration out of it', async () => {
    const set = await firstLoadSet(dist);
    const code = (await Promise.all(set.filter((f) => f.file.endsWith('.js')).map((f) => readFile(join(dist, f.file), 'utf8')))).join('\n');
    // zod's error messages; workbox-window and the registration that imports it.
    expect(/Invalid input/.test(code), 'zod in the first load').toBe(false);
    // workbox-window and the update flow that uses it (src/pwa/register.ts). The worker's bare
    // registration at idle is in it since a first visit that never taps must still work offline
    // after (src/ui/shell/later.ts): one call, and nothing else of the worker's.
    expect(/workbox|messageSkipWaiting|onNeedRefresh/i.test(code), 'workbox-window or the update flow in the first load').toBe(false);
    expect(code.match(/serviceWorker\.register\(/g)?.length ?? 0, 'one bare registration').toBeLessThanOrEqual(1);
  });
});
