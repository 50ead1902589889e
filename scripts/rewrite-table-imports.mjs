// One-off (issue 10): rewrites imports of the old src/lib/platform/db/schema.ts
// to the tables.ts that owns each table. Only import lines change; a namespace
// import (`import * as t`) whose members come from several files becomes one
// namespace import per file and `const t = { ...a, ...b }` after the imports,
// so the code below keeps reading `t.name`. Run: node scripts/rewrite-table-imports.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const lib = path.join(root, 'src/lib');
const oldSchema = path.join(lib, 'platform/db/schema.ts');
const appTables = path.join(lib, 'app/tables.ts');
const tableFiles = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
	cwd: root,
	encoding: 'utf8'
})
	.split('\n')
	.filter((f) => /^src\/lib\/(modules\/[^/]+|platform\/db)\/(tables|columns)\.ts$/.test(f))
	.map((f) => path.join(root, f));

/** name → the file that exports it */
const owner = new Map();
for (const file of tableFiles)
	for (const [, name] of readFileSync(file, 'utf8').matchAll(/^export const (\w+)/gm))
		if (name !== 'timestamps' && name !== 'editable') owner.set(name, file);

const spec = (from, to) => {
	const rel = path.relative(path.dirname(from), to).split(path.sep).join('/');
	return rel.startsWith('.') ? rel : `./${rel}`;
};
const moduleOf = (file) => /src\/lib\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
// a test may set up what it needs from every module: it imports the composition
const isTest = (file) => file.endsWith('.test.ts');
const nsName = (file) => `${moduleOf(file) ?? 'platform'}Tables`;

const IMPORT = /^import\s+(?:\*\s+as\s+(\w+)|\{([^}]*)\})\s+from\s+'([^']+)';\n/gm;

const files = execFileSync(
	'git',
	['grep', '-l', 'schema.ts', '--', 'src', 'tests', 'e2e', 'bench'],
	{
		cwd: root,
		encoding: 'utf8'
	}
)
	.split('\n')
	.filter(Boolean)
	.map((f) => path.join(root, f));

for (const file of files) {
	const text = readFileSync(file, 'utf8');
	let after = null;
	const out = text.replace(IMPORT, (whole, ns, named, from) => {
		if (!from.startsWith('.') || path.resolve(path.dirname(file), from) !== oldSchema) return whole;
		if (named !== undefined) {
			const byFile = new Map();
			for (const entry of named
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)) {
				const name = entry.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
				const target = owner.get(name);
				if (!target) throw new Error(`${file}: no table ${name}`);
				byFile.set(target, [...(byFile.get(target) ?? []), entry]);
			}
			if (byFile.size > 1 && isTest(file))
				return `import { ${[...byFile.values()].flat().sort().join(', ')} } from '${spec(file, appTables)}';\n`;
			return [...byFile]
				.map(([target, entries]) => [spec(file, target), entries])
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([s, entries]) => `import { ${entries.join(', ')} } from '${s}';\n`)
				.join('');
		}
		const used = new Set(
			[...text.matchAll(new RegExp(`\\b${ns}\\.(\\w+)`, 'g'))]
				.map((m) => m[1])
				.filter((n) => owner.has(n))
		);
		const targets = [...new Set([...used].map((n) => owner.get(n)))];
		if (targets.length === 0) throw new Error(`${file}: ${ns} uses no table by name`);
		if (targets.length === 1) return `import * as ${ns} from '${spec(file, targets[0])}';\n`;
		const mod = moduleOf(file);
		if (!mod || isTest(file)) return `import * as ${ns} from '${spec(file, appTables)}';\n`;
		// own module first, so the spread reads "this module's tables, and those it joins"
		targets.sort((a, b) => (moduleOf(b) === mod) - (moduleOf(a) === mod) || a.localeCompare(b));
		after = `\nconst ${ns} = { ${targets.map((t) => `...${nsName(t)}`).join(', ')} };\n`;
		return targets
			.map((t) => [spec(file, t), nsName(t)])
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([s, n]) => `import * as ${n} from '${s}';\n`)
			.join('');
	});
	let result = out;
	if (after) {
		// after the last import statement at the top of the file
		const imports = [...out.matchAll(/^import[\s\S]*?;\n/gm)];
		const end = imports.at(-1).index + imports.at(-1)[0].length;
		result = `${out.slice(0, end)}${after}${out.slice(end)}`;
	}
	if (result !== text) {
		writeFileSync(file, result);
		console.log(path.relative(root, file));
	}
}
