import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

/** The web app manifest: what a phone needs to install the course as an app. */
export const GET: APIRoute = () => {
  const base = withBase(import.meta.env.BASE_URL, '/');
  const icon = (file: string, sizes: string, type: string, purpose = 'any') => ({
    src: withBase(base, file),
    sizes,
    type,
    purpose,
  });
  const manifest = {
    name: 'Callback Coach',
    short_name: 'Callback Coach',
    description:
      'A short course on following up by phone after a job interview, with the tools to do it. Works offline.',
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0b6b66',
    icons: [
      icon('/favicon.svg', 'any', 'image/svg+xml'),
      icon('/icons/icon-192.png', '192x192', 'image/png'),
      icon('/icons/icon-512.png', '512x512', 'image/png'),
      icon('/icons/icon-maskable-512.png', '512x512', 'image/png', 'maskable'),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
