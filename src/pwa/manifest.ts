// The web app manifest. theme_color must equal the page's <meta name="theme-color">.
export const THEME_COLOR = '#0b4f6c';
export const BACKGROUND_COLOR = '#f6f8fa';

export const MANIFEST = {
  id: '/',
  name: 'Spinal metastasis calculator — SINS, ESCC, TES',
  short_name: 'Spine mets',
  description:
    'Bedside calculator for spinal metastases: SINS, Bilsky ESCC grade, TES indication criteria and matched outcomes from the leiomyosarcoma literature. Works offline; nothing leaves the device.',
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  orientation: 'any' as const,
  lang: 'en-GB',
  dir: 'ltr' as const,
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ['medical'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  screenshots: [
    { src: '/screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide' as const, label: 'Scoring a lesion on a tablet' },
    { src: '/screenshots/narrow.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow' as const, label: 'Scoring a lesion on a phone' },
  ],
};
