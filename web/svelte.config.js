/* global process */
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // WEB_BUILD_DIR / WEB_KIT_DIR let parallel builds (several developers' test runs on one machine)
    // stay out of each other's way; by default it is the usual build/ and .svelte-kit/.
    adapter: adapter({ out: process.env.WEB_BUILD_DIR ?? 'build' }),
    outDir: process.env.WEB_KIT_DIR ?? '.svelte-kit',
    // The pages' Content-Security-Policy, sent by SvelteKit with each page: a fresh nonce for its own
    // inline start-up script on every server-rendered response (hashes on prerendered pages), so no
    // script runs that we did not send. Styles may be inline (Svelte sets style attributes and
    // transitions); scripts may not. API responses get a deny-all policy from helmet
    // (server/src/plugins/security.ts); SECURITY.md explains both.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        // Contest banners may be any https:// image the organizer links.
        'img-src': ['self', 'data:', 'https:'],
        'font-src': ['self'],
        // 'self' covers the same-origin WebSocket (/ws) in current browsers.
        'connect-src': ['self'],
        // The proof-of-work widget solves its challenge in a blob: worker.
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
