import path from 'node:path';

/**
 * The layers of Nära's source and the one direction of their imports
 * (docs/architecture.md):
 *
 *   routes → modules → platform → core
 *
 * - core/ and every module's domain/ are pure: they import no server code
 *   (platform/, app/, *.server.ts, a module's server/) and no UI code
 *   (ui/, *.svelte).
 * - UI code (ui/, a module's ui/, *.svelte) imports no server code, types included.
 * - platform/ imports no module and no app/ code.
 * - A module reaches another module only through its index.ts (client-safe)
 *   or index.server.ts (server), or its tables.ts: the module's tables are its
 *   published database contract, which other modules' queries join and
 *   reference (a foreign key, a join on organisations).
 * - Routes do not import queries: they call a module's services.
 */

const SRC = path.resolve(import.meta.dirname, '..', 'src');
const LIB = path.join(SRC, 'lib');

/** @param {string} file @param {string} spec */
function resolveSpec(file, spec) {
	if (spec.startsWith('#lib/')) return path.join(LIB, spec.slice(5));
	if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
	return null;
}

/** @param {string} abs */
function describe(abs) {
	const rel = path.relative(LIB, abs).split(path.sep);
	const inLib = !(rel[0] ?? '').startsWith('..');
	const routes = !path.relative(path.join(SRC, 'routes'), abs).startsWith('..');
	const module = inLib && rel[0] === 'modules' ? (rel[1] ?? null) : null;
	const base = path.basename(abs);
	const server =
		(inLib && (rel[0] === 'platform' || rel[0] === 'app')) ||
		base.includes('.server.') ||
		(module !== null && ['server', 'kolada'].includes(rel[2] ?? '')) ||
		(module !== null && rel.length === 3 && base === 'tables.ts');
	const ui =
		(inLib && rel[0] === 'ui') || (module !== null && rel[2] === 'ui') || base.endsWith('.svelte');
	const pure = (inLib && rel[0] === 'core') || (module !== null && rel[2] === 'domain');
	return { inLib, routes, layer: inLib ? rel[0] : null, module, server, ui, pure, base, rel };
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
	meta: {
		type: 'problem',
		docs: { description: "imports follow the layers' one direction (docs/architecture.md)" },
		schema: []
	},
	create(context) {
		const file = context.filename;
		const from = describe(file);
		if (!from.inLib && !from.routes) return {};
		/** @param {import('estree').Node} node @param {unknown} spec */
		function check(node, spec) {
			if (typeof spec !== 'string') return;
			const abs = resolveSpec(file, spec);
			if (!abs) return;
			const to = describe(abs);
			const report = (/** @type {string} */ message) =>
				context.report({ node, message: `${message} (${spec})` });
			if (from.pure && (to.server || to.ui))
				return report('core/ och domain/ är rena: de importerar ingen server- eller UI-kod');
			if (from.ui && !from.routes && to.server)
				return report('UI-kod importerar ingen serverkod, inte heller typer');
			if (from.routes && from.base.endsWith('.svelte') && to.server)
				return report('En sida (.svelte) importerar ingen serverkod');
			if (from.layer === 'platform' && (to.layer === 'modules' || to.layer === 'app'))
				return report('platform/ importerar inga moduler');
			if (from.layer === 'core' && to.inLib && to.layer !== 'core')
				return report('core/ importerar bara core/');
			// tables.ts is a module's database contract: another module's queries may join its
			// tables and reference them, as the database itself does (it is server code, above)
			if (
				from.module &&
				to.module &&
				from.module !== to.module &&
				!(
					to.rel.length === 3 &&
					['index.ts', 'index.server.ts', 'tables.ts'].includes(to.rel[2] ?? '')
				)
			)
				return report(
					`En modul når modulen ${to.module} bara genom dess index.ts, index.server.ts eller tables.ts`
				);
			if (from.routes && /queries(\.server)?\.ts$/.test(to.base))
				return report('Routes importerar inga queries: anropa modulens tjänster');
		}
		return {
			ImportDeclaration: (node) => check(node, node.source.value),
			ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
			ExportAllDeclaration: (node) => check(node, node.source.value),
			ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value)
		};
	}
};

export default { rules: { imports: rule } };
