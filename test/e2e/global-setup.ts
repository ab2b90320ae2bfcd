// Builds the production app once for every browser test: tests run against what users get.
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { resolve } from 'node:path';

export const E2E_DIST = resolve('dist-e2e');

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } });
  project.provide('distDir', E2E_DIST);
}
