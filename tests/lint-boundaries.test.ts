import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The layers' one direction is enforced by lint (eslint/boundaries.js): a
 * deliberately bad import in each place fails, and the good ones pass.
 */

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
	return result!.messages.filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message);
}

// The first lint loads ESLint and the TypeScript parser: seconds on a busy machine.
describe('import boundaries', { timeout: 60_000 }, () => {
	test.each([
		[
			'a pure rule imports server code',
			'src/lib/modules/processes/domain/bad.ts',
			"import { db } from '../../../platform/app.ts';\nexport const x = db;\n",
			'rena'
		],
		[
			'core imports a module',
			'src/lib/core/bad.ts',
			"import { County } from '../modules/counties/schema.ts';\nexport const x = County;\n",
			'core/'
		],
		[
			'UI imports server code (a type)',
			'src/lib/modules/initiatives/ui/bad.ts',
			"import type { Db } from '../../../platform/db/client.ts';\nexport type X = Db;\n",
			'UI-kod'
		],
		[
			'a module reaches into another',
			'src/lib/modules/initiatives/bad.server.ts',
			"import { findCounty } from '../counties/queries.server.ts';\nexport const x = findCounty;\n",
			'index'
		],
		[
			'the platform imports a module',
			'src/lib/platform/bad.ts',
			"import { county } from '../modules/counties/service.server.ts';\nexport const x = county;\n",
			'platform/'
		],
		[
			'UI imports a module’s tables',
			'src/lib/modules/initiatives/ui/bad.ts',
			"import { initiatives } from '../tables.ts';\nexport const x = initiatives;\n",
			'UI-kod'
		],
		[
			'a module reaches into another’s tables through another file',
			'src/lib/modules/processes/bad.server.ts',
			"import { groups } from '../groups/server/tables.ts';\nexport const x = groups;\n",
			'tables.ts'
		],
		[
			'a route imports queries',
			'src/routes/lan/[county=county]/(initiatives)/insatser/bad/+page.server.ts',
			"import { titleMatches } from '#lib/modules/initiatives/queries.server.ts';\nexport const x = titleMatches;\n",
			'queries'
		]
	])('%s: refused', async (_name, file, code, words) => {
		const errors = await boundaryErrors(file, code);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(words);
	});

	test.each([
		[
			'a module through the other module’s index',
			'src/lib/modules/initiatives/ok.server.ts',
			"import { findCounty } from '../counties/index.server.ts';\nexport const x = findCounty;\n"
		],
		[
			'a module’s queries join another module’s tables (its database contract)',
			'src/lib/modules/processes/queries.server.ts',
			"import { groups } from '../groups/tables.ts';\nexport const x = groups;\n"
		],
		[
			'a route calls a module’s service',
			'src/routes/lan/[county=county]/(initiatives)/insatser/ok/+page.server.ts',
			"import { listInitiatives } from '#lib/modules/initiatives/service.server.ts';\nexport const x = listInitiatives;\n"
		],
		[
			'a pure rule imports core',
			'src/lib/modules/processes/domain/ok.ts',
			"import { DEVELOPMENT_AREAS } from '../../../core/vocabulary.ts';\nexport const x = DEVELOPMENT_AREAS;\n"
		]
	])('%s: allowed', async (_name, file, code) => {
		expect(await boundaryErrors(file, code)).toEqual([]);
	});
});
