import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.local/',
			'.reports/',
			'test-results/',
			'playwright-report/',
			'src/lib/database.types.ts'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names itself (svelte-check).
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// Type-aware rules, as immich and the SvelteKit templates use: a promise nobody awaits
		// loses its error (an unhandled rejection ends the server process).
		files: ['**/*.ts', '**/*.svelte'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts'] },
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error'
		}
	},
	{
		files: ['src/routes/**/*.ts'],
		rules: {
			// A body that is not a form must be a 4xx page, not a 500: actions read forms through
			// readFormData from $lib/server/form-data.
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='formData']",
					message: 'Read a form with readFormData from $lib/server/form-data.'
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// What a component imports ships to every visitor's phone: the catalogues of all five
			// languages and zod stay on the server (the page data carries the visitor's language).
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'zod', message: 'Validate on the server; components get parsed data.' },
						{
							name: 'sveltekit-superforms/adapters',
							message: 'Public pages validate on the server only: the adapter brings zod along.'
						}
					],
					patterns: [
						{
							group: ['$lib/i18n/messages/*', '**/i18n/messages/*'],
							message: 'Use t() from $lib/i18n: the page data carries the current language.'
						},
						{
							group: ['$lib/components/browser-checks', '**/browser-checks'],
							message: 'Public pages validate on the server only: this brings zod along.'
						},
						{
							group: ['$lib/domain/*-schema', '$lib/domain/auth-forms'],
							message: 'Schemas run on the server; import constants from a zod-free module.'
						}
					]
				}
			]
		}
	},
	{
		// Signed-in areas validate forms in the browser too, with the same schema as the server:
		// their pages may import the office's and the portal's form schemas and Superforms' zod
		// adapter. Public pages stay zod-free (the rule above).
		files: [
			'src/routes/(office)/**/*.svelte',
			'src/routes/(portal)/**/*.svelte',
			// Shown on the office's and the portal's application pages only.
			'src/lib/components/grants/ApplicationDocuments.svelte',
			// The invitation forms of the office desk and the portal's members page.
			'src/lib/components/MemberInviteForm.svelte',
			'src/lib/components/StaffInviteForm.svelte'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/i18n/messages/*', '**/i18n/messages/*'],
							message: 'Use t() from $lib/i18n: the page data carries the current language.'
						}
					]
				}
			]
		}
	}
);
