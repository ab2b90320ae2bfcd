// Two tabs on one profile, and a tab closed straight after a tap: nothing lost, nothing overwritten.
import { describe, expect, inject, it } from 'vitest';
import { launchPersistent } from './browser';
import { esccStatus, radio, serveBuild } from './app';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('two tabs', () => {
  it('keeps every answer of both tabs through a reload of both', async () => {
    const server = await serveBuild(inject('distDir'));
    const profile = await mkdtemp(join(tmpdir(), 'calc-tabs-'));
    const context = await launchPersistent(profile);
    try {
      const [a, b] = [await context.newPage(), await context.newPage()];
      for (const p of [a, b]) {
        await p.goto(server.url);
        await p.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      }
      // Tab A answers SINS; tab B, opened before, answers ESCC.
      await a.getByRole('button', { name: 'T7', exact: true }).click();
      await radio(a, 'Pain', /^Yes: mechanical pain/).check();
      await radio(a, 'Bone lesion', /^Lytic/).check();
      await radio(a, 'Radiographic spinal alignment', /^Normal alignment/).check();
      await radio(b, 'Epidural tumour', 'No').check();
      await b.waitForTimeout(300);
      await a.waitForTimeout(300);
      for (const p of [a, b]) {
        await p.reload();
        await p.getByRole('status').filter({ hasText: /^Lesion 1 \(T7\): SINS 6–12 so far/ }).waitFor({ timeout: 5000 });
        expect(await esccStatus(p).textContent()).toBe('Lesion 1 (T7): ESCC grade 0 — low grade');
      }
    } finally {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe('closing straight after a tap', () => {
  it('keeps a tap made 0 ms before the tab closes', async () => {
    const server = await serveBuild(inject('distDir'));
    const profile = await mkdtemp(join(tmpdir(), 'calc-close-'));
    try {
      for (let i = 0; i < 4; i += 1) {
        const context = await launchPersistent(profile);
        const page = await context.newPage();
        await page.goto(server.url);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        // Storage is open (its notice shows): a tap from here on must survive the tab closing.
        await page.getByText('Answers are saved on this device').waitFor();
        const vertebra = ['C3', 'C4', 'C5', 'C6'][i] as string;
        await page.getByRole('button', { name: vertebra, exact: true }).click();
        await page.close({ runBeforeUnload: true });
        await context.close();
        const again = await launchPersistent(profile);
        const check = await again.newPage();
        await check.goto(server.url);
        await check.getByRole('status').filter({ hasText: new RegExp(`^Lesion 1 \\(C3${i ? `–${vertebra}` : ''}\\): SINS`) }).waitFor({ timeout: 5000 });
        await again.close();
      }
      expect(true).toBe(true);
    } finally {
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

