import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * SvelteKit's options, given to the `sveltekit(...)` plugin in vite.config.ts
 * (SvelteKit 3 reads no svelte.config.js). eslint.config.js reads them too.
 * @type {import('@sveltejs/kit/vite').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	adapter: adapter({ out: 'build', precompress: true }),
	csp: {
		mode: 'hash',
		directives: {
			'default-src': ['self'],
			'script-src': ['self'],
			'style-src': ['self', 'unsafe-inline'],
			'img-src': ['self', 'data:'],
			'font-src': ['self'],
			'connect-src': ['self'],
			'form-action': ['self'],
			'frame-ancestors': ['none'],
			'base-uri': ['self'],
			'object-src': ['none']
		}
	}
};

export default config;
