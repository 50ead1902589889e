import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import boundaries from './eslint/boundaries.js';
import maxLinesKnown from './eslint/max-lines-known.js';
import svelteConfig from './kit.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'.cache/',
			'drizzle/',
			'test-results/',
			'bench/results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Nära is served at the root of its host (no `paths.base`), so plain hrefs are right
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// the layers and their one direction (eslint/boundaries.js, docs/architecture.md)
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		// a module's tests may set up what they need from other modules
		ignores: ['**/*.test.ts'],
		plugins: { boundaries },
		rules: { 'boundaries/imports': 'error' }
	},
	{
		// a file one can hold in one's head; generated files are not linted (openapi.json)
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: { 'max-lines': ['error', { max: 400 }] }
	},
	...Object.entries(maxLinesKnown).map(([file, max]) => ({
		files: [
			file
				.replaceAll('[', '\\[')
				.replaceAll(']', '\\]')
				.replaceAll('(', '\\(')
				.replaceAll(')', '\\)')
		],
		rules: { 'max-lines': /** @type {['error', { max: number }]} */ (['error', { max }]) }
	})),
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
