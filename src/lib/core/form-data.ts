/**
 * Form fields named with dotted paths ("items.3.title") as the nested object
 * an API caller would send ({ items: [ …, { title } ] }), so one schema
 * validates both, and its error paths ("items.3.title") are again the names
 * of the form's fields. Objects whose keys are all whole numbers become
 * arrays in the order of those numbers. Pure.
 */

type Node = { [key: string]: Node | string };

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

export function nestFormValues(values: Record<string, string>): Record<string, unknown> {
	const root: Node = Object.create(null) as Node;
	for (const [name, value] of Object.entries(values)) {
		const parts = name.split('.');
		if (parts.some((p) => p === '' || UNSAFE.has(p))) continue;
		let node = root;
		for (const [i, part] of parts.entries()) {
			if (i === parts.length - 1) {
				// a plain value never replaces a group of fields of the same name
				if (typeof node[part] !== 'object') node[part] = value;
				break;
			}
			const next = node[part];
			if (typeof next === 'object') node = next;
			else node = node[part] = Object.create(null) as Node;
		}
	}
	return toPlain(root) as Record<string, unknown>;
}

function toPlain(node: Node | string): unknown {
	if (typeof node === 'string') return node;
	const keys = Object.keys(node);
	if (keys.length && keys.every((k) => /^\d{1,6}$/.test(k))) {
		return keys
			.map((k) => [Number(k), node[k]!] as const)
			.sort((a, b) => a[0] - b[0])
			.map(([, v]) => toPlain(v));
	}
	const plain: Record<string, unknown> = {};
	for (const k of keys) plain[k] = toPlain(node[k]!);
	return plain;
}
