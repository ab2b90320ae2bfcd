// Draws the app's icons (SVG, by hand) and rasterises them with Debian's Chromium into
// public/icons/. Run by hand when the icon changes: `node scripts/make-icons.mjs`.
// Also takes the manifest's wide and narrow screenshots from a running build (`--shots URL`).
import { chromium } from 'playwright-core';
import { writeFile } from 'node:fs/promises';

const BG = '#0b4f6c';
// A column of three vertebral bodies, the middle one highlighted (the lesion), with discs.
function iconSvg({ size, scale = 1, radius = 14 }) {
  const c = 32;
  const s = scale;
  const t = (v) => c + (v - c) * s;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}">
  <rect width="64" height="64" rx="${radius}" fill="${BG}"/>
  <g fill="#e8f1f5">
    <rect x="${t(18)}" y="${t(8)}" width="${28 * s}" height="${12 * s}" rx="${4 * s}"/>
    <rect x="${t(18)}" y="${t(44)}" width="${28 * s}" height="${12 * s}" rx="${4 * s}"/>
  </g>
  <rect x="${t(18)}" y="${t(26)}" width="${28 * s}" height="${12 * s}" rx="${4 * s}" fill="#f2a541"/>
  <g fill="#9cc3d5">
    <rect x="${t(29)}" y="${t(20)}" width="${6 * s}" height="${6 * s}"/>
    <rect x="${t(29)}" y="${t(38)}" width="${6 * s}" height="${6 * s}"/>
  </g>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: iconSvg({ size: 192 }) },
  { file: 'icon-512.png', size: 512, svg: iconSvg({ size: 512 }) },
  // Maskable: full-bleed background, drawing inside the central safe zone (80% circle).
  { file: 'icon-512-maskable.png', size: 512, svg: iconSvg({ size: 512, scale: 0.7, radius: 0 }) },
  { file: 'apple-touch-icon.png', size: 180, svg: iconSvg({ size: 180, radius: 0 }) },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const shots = process.argv.indexOf('--shots');
if (shots >= 0) {
  const url = process.argv[shots + 1];
  for (const [w, h, name] of [[1280, 800, 'wide'], [390, 844, 'narrow']]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(url);
    await page.getByRole('button', { name: 'T12', exact: true }).click();
    await page.screenshot({ path: `public/screenshots/${name}.png` });
    await page.close();
  }
} else {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${icon.svg}</body></html>`);
    await page.locator('svg').screenshot({ path: `public/icons/${icon.file}`, omitBackground: true });
    await page.close();
  }
  await writeFile('public/favicon.svg', iconSvg({ size: 64 }).replace(/ width="64" height="64"/, '') + '\n');
}
await browser.close();
