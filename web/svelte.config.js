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
  },
};

export default config;
