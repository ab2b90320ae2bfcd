import { defineConfig, type Plugin } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './src/csp.ts';
import { MANIFEST } from './src/pwa/manifest.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// Tests build two versions side by side to exercise the update prompt.
const BUILD_ID = process.env.APP_BUILD_ID ?? pkg.version;

// The CSP goes into the built page only: the dev server injects styles that it would block.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The page's entry. Its chunk stays apart from the first-screen chunk below: the build-time
// prerender entry imports that chunk too, and must not run the entry's hydration.
const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));

export default defineConfig({
  define: {
    __APP_BUILD__: JSON.stringify(BUILD_ID),
  },
  plugins: [
    preact({
      prerender: { enabled: true, renderTarget: '#app', prerenderScript: fileURLToPath(new URL('./src/prerender.tsx', import.meta.url)) },
    }),
    contentSecurityPolicy(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registered from src/pwa/register.ts: no injected inline script.
      injectRegister: false,
      manifest: MANIFEST,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        // The build-time prerender script never runs in the browser.
        globIgnores: ['**/prerender-*.js'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first service worker takes the open page at once; later ones wait for consent.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser the app supports preloads modules itself: no polyfill on the first load.
    modulePreload: { polyfill: false },
    // The build manifest lets test/build/first-load.test.ts weigh the first-load set.
    manifest: true,
    rolldownOptions: {
      output: {
        // Lazy chunks are named by their hash alone: the first-load chunk lists every one of them
        // (its import() calls and preload lists), and their module names cost ~0.15 KB gzip there.
        chunkFileNames: 'assets/[hash].js',
        codeSplitting: {
          // Everything the page imports statically ('$initial', after tree-shaking) goes into one
          // chunk: one request instead of ten small ones and one gzip stream instead of ten.
          // Modules loaded later by import() keep their own chunks.
          // (vite-prerender-plugin's manualChunks, which only folds the modulepreload polyfill
          // into the entry, is then ignored: hence a warning at build.)
          groups: [{ name: 'app', tags: ['$initial'], test: (id: string) => id !== ENTRY && !/render-to-string|prerender|index\.html/.test(id), priority: 10 }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          // The unit files run beside the browser suite on two cores: 5 s is too tight there.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
