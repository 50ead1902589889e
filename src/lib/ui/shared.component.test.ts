import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createRawSnippet, type Component } from 'svelte';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserForFile, expectAccessible, newPage } from '../../../tests/kit/browser.ts';
import GroupForm from '../modules/groups/ui/GroupForm.svelte';
import ConflictNotice from './ConflictNotice.svelte';
import DataTable from './DataTable.svelte';
import ErrorSummary from './ErrorSummary.svelte';
import Field from './Field.svelte';
import FieldHelp, { describedBy } from './FieldHelp.svelte';
import FilterField from './FilterField.svelte';
import FilterForm from './FilterForm.svelte';
import FormActions from './FormActions.svelte';
import FormErrors from './FormErrors.svelte';
import FormField from './FormField.svelte';
import ItemActions from './ItemActions.svelte';
import ItemHeading from './ItemHeading.svelte';
import LineList from './LineList.svelte';
import PageTitle from './PageTitle.svelte';
import Paragraphs from './Paragraphs.svelte';
import SourceNote from './SourceNote.svelte';
import TableScroll from './TableScroll.svelte';
import TermList from './TermList.svelte';

/**
 * The shared components (the edit kit's are in edit-kit.component.test.ts),
 * each rendered as the server renders it (no JavaScript) with props as their
 * callers give them: what it shows, how its labels, hints and errors are tied
 * to its fields, and axe (WCAG 2.1 A and AA) on the markup in Chromium.
 * One table of cases per component; every case is checked with axe. The
 * page has the site's own theme, so visually hidden text is named as on the
 * site's pages.
 */

const theme = readFileSync(new URL('theme.css', import.meta.url), 'utf8');

/** What the page data holds that SourceNote reads through $app/state. */
const pageData = { sources: { 'planen.pdf': { title: 'Länets plan', year: 2024 } }, locale: 'sv' };

/** The heads of the components rendered for the page being made (PageTitle's <title>). */
const heads: string[] = [];

/**
 * A component's markup as the server renders it, with the page data that
 * $app/state reads; `before` is markup ahead of it (a heading it refers to).
 */
function html<P extends Record<string, unknown>>(component: Component<P>, props: P, before = '') {
	const context = new Map([['__request__', { page: { data: pageData } }]]);
	const { head, body } = render(component, { props, context });
	heads.push(head);
	return before + body;
}

/** A whole page around the markup of a case. */
function pageOf(markup: () => string) {
	heads.length = 0;
	const body = markup();
	const head = heads.join('');
	const title = head.includes('<title>') ? '' : '<title>Komponent</title>';
	return `<!doctype html><html lang="sv"><head>${title}${head}<style>${theme}</style></head><body><main>${body}</main></body></html>`;
}

/** A snippet that draws fixed markup (children, an eyebrow, a select's options). */
const snippet = (markup: string) => createRawSnippet(() => ({ render: () => markup }));

let page: Page;

browserForFile();
beforeAll(async () => {
	page = await newPage();
	page.setDefaultTimeout(5000);
});

/** The texts of what a field's aria-describedby names, in order: what is announced with it. */
const described = (selector: string) =>
	page.locator(selector).evaluate((el) =>
		(el.getAttribute('aria-describedby') ?? '')
			.split(' ')
			.filter(Boolean)
			.map((id) => document.getElementById(id)?.textContent?.trim())
	);

/**
 * One state of a component and what it shows: texts (selector → the texts
 * of its elements, whitespace collapsed), values (a field's label → its
 * value), links (name → href), described (a field → what is announced with
 * it), attrs (selector → attribute → value, null for none), named (role →
 * the accessible names of one element each), count (selector → how many).
 */
type Case = {
	name: string;
	/** the component's markup: one or more of its states, one after the other */
	markup: () => string;
	texts?: Record<string, string[]>;
	values?: Record<string, string>;
	links?: Record<string, string>;
	described?: Record<string, string[]>;
	attrs?: Record<string, Record<string, string | null>>;
	named?: Partial<Record<'region' | 'form' | 'alert' | 'button', string[]>>;
	count?: Record<string, number>;
};

async function check(c: Case) {
	const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
	for (const [selector, want] of Object.entries(c.texts ?? {}))
		expect((await page.locator(selector).allTextContents()).map(squash), selector).toEqual(want);
	for (const [label, want] of Object.entries(c.values ?? {}))
		expect(await page.getByLabel(label, { exact: true }).inputValue(), label).toBe(want);
	for (const [name, href] of Object.entries(c.links ?? {}))
		expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
	for (const [selector, want] of Object.entries(c.described ?? {}))
		expect(await described(selector), selector).toEqual(want);
	for (const [selector, attrs] of Object.entries(c.attrs ?? {}))
		for (const [name, want] of Object.entries(attrs))
			expect(await page.locator(selector).getAttribute(name), `${selector} ${name}`).toBe(want);
	for (const [role, names] of Object.entries(c.named ?? {}))
		for (const name of names)
			expect(await page.getByRole(role as 'region', { name, exact: true }).count(), name).toBe(1);
	for (const [selector, n] of Object.entries(c.count ?? {}))
		expect(await page.locator(selector).count(), selector).toBe(n);
}

type Row = [year: string, value: string];
const rows: Row[] = [
	['2023', '41,2'],
	['2024', '43,9']
];
const row = createRawSnippet((r: () => Row) => ({
	render: () => `<tr><th scope="row">${r()[0]}</th><td>${r()[1]}</td><td>Ändra</td></tr>`
}));
const columns = ['År', { label: 'Beräknat', number: true as const }];
const hidden = { label: 'Åtgärd', hidden: true as const };
const shown = { showCaption: true, columns, rows, row };
const h2 = '<h2 id="lan">Värmland</h2>';
const roles = [{ value: 'editor', label: 'Redaktör' }];
const conflict = {
	message: 'Någon annan har sparat en ändring.',
	labels: { name: 'Namn', mandate: 'Uppdrag' },
	theirs: { name: 'Länsstyrgruppen', mandate: 'Leder omställningen.' },
	mine: { name: 'Styrgruppen', mandate: 'Leder omställningen.' }
};
const compare =
	'Jämför nedan. Formuläret har kvar din text; spara igen om din version ska gälla, eller ändra den först.';
const process = 'Samordnad individuell plan';
const base = '/lan/varmland';
const [edit, history] = [`${base}/processer/4/redigera`, `${base}/historik/process/4`];
const table = '<table><tr><th scope="col">Kommun</th></tr><tr><td>Arvika</td></tr></table>';
const error = (href: string, message: string) => ({ href, message });
const yearHelp = { required: true, hint: 'T.ex. 2024.', errors: ['Skriv ett år.'] };
const emailError = ['Skriv en giltig e-postadress.'];

const cases: Record<string, Case> = {
	ConflictNotice: {
		name: 'theirs next to mine, differing rows marked; who saved and when, or not; empty is a dash',
		markup: () =>
			html(ConflictNotice, { ...conflict, changedBy: 'Anna', changedAt: '2026-03-01T09:30:00Z' }) +
			html(ConflictNotice, { ...conflict, mine: {}, changedBy: null, changedAt: null }),
		texts: {
			'[role="alert"] h2': [conflict.message, conflict.message],
			'[role="alert"] p': [`Sparat av Anna, 1 mars 2026 kl. 10:30. ${compare}`, compare],
			caption: Array(2).fill('Din version jämförd med den som är sparad nu'),
			'main > :first-child thead th': ['Fält', 'Sparat nu', 'Din version'],
			'tbody tr': [
				'Namn(skiljer sig)LänsstyrgruppenStyrgruppen',
				'UppdragLeder omställningen.Leder omställningen.',
				'Namn(skiljer sig)Länsstyrgruppen–',
				'Uppdrag(skiljer sig)Leder omställningen.–'
			]
		}
	},
	DataTable: {
		name: 'a scrolling region named by a heading or the caption; headings, rows; or the empty snippet',
		markup: () =>
			html(DataTable<Row>, { labelledby: 'lan', columns: [...columns, hidden], rows, row }, h2) +
			html(DataTable<Row>, { labelledby: 'mal', caption: 'Mål', captionId: 'mal', ...shown }) +
			html(DataTable<Row>, { columns, rows: [], row, empty: snippet('<p>Inga mål.</p>') }),
		named: { region: ['Värmland', 'Mål'] },
		texts: {
			'[aria-labelledby="lan"] th': ['År', 'Beräknat', 'Åtgärd', '2023', '2024'],
			'main > p': ['Inga mål.']
		},
		attrs: { '[aria-labelledby="lan"]': { tabindex: '0' } },
		count: { 'th.number': 2, 'th > .visually-hidden': 1, 'caption.visually-hidden': 0 }
	},
	ErrorSummary: {
		name: 'an alert with its heading (or the default) and a link per error, to the field',
		markup: () =>
			html(ErrorSummary, { heading: 'Filtret är ogiltigt', errors: [error('#fran', 'Datum.')] }) +
			html(ErrorSummary, { errors: [error('#name', 'Namn.')] }),
		texts: { '[role="alert"] h2': ['Filtret är ogiltigt', 'Rätta följande'] },
		links: { 'Datum.': '#fran', 'Namn.': '#name' }
	},
	Field: {
		name: 'label, hint and error tied to the field; an optional textarea; a select with its value',
		markup: () =>
			html(Field, { name: 'year', label: 'År', type: 'number', value: 2024, ...yearHelp }) +
			html(Field, { name: 'body', label: 'Text', multiline: true, rows: 8, value: 'Rad.' }) +
			html(Field, { name: 'role', label: 'Roll', required: true, options: roles, value: 'editor' }),
		values: { År: '2024', 'Text (frivilligt)': 'Rad.', Roll: 'editor' },
		described: { '#year': ['T.ex. 2024.', 'Skriv ett år.'] },
		attrs: {
			'#year': { 'aria-invalid': 'true', required: '', type: 'number' },
			'#body': { rows: '8', 'aria-describedby': null, 'aria-invalid': null }
		}
	},
	FieldHelp: {
		name: 'the hint and the error under the ids that describedBy names',
		markup: () => {
			expect(describedBy('what', 'Vilka.', ['Fel.'])).toBe('what-hint what-error');
			expect(describedBy('what', '', [])).toBeUndefined();
			return html(FieldHelp, {
				name: 'what',
				hint: 'Vilka som ingår.',
				errors: ['Lång.', 'Korta.']
			});
		},
		texts: { '#what-hint': ['Vilka som ingår.'], '#what-error': ['Lång. Korta.'] }
	},
	FilterField: {
		name: 'an input with hint and error; a select marked invalid without a message of its own',
		markup: () =>
			html(FilterField, {
				id: 'vem',
				label: 'Vem',
				hint: 'Del av namn',
				error: 'Mer.',
				value: 'a'
			}) +
			html(FilterField, {
				id: 'niva',
				label: 'Nivå',
				invalid: true,
				options: snippet('<option>Lokal</option>')
			}),
		values: { Vem: 'a', Nivå: 'Lokal' },
		described: { '#vem': ['Del av namn', 'Mer.'] },
		attrs: {
			'#vem': { name: 'vem', 'aria-invalid': 'true' },
			'#niva': { name: 'niva', 'aria-invalid': 'true', 'aria-describedby': null }
		}
	},
	FilterForm: {
		name: 'a named form that sends its filters in the address',
		markup: () => {
			const field = html(FilterField, {
				id: 'fran',
				label: 'Från',
				type: 'date',
				value: '2026-01-01'
			});
			const children = snippet(`${field}<button class="ds-button">Filtrera</button>`);
			return html(FilterForm, { label: 'Filtrera loggen', grow: true, children });
		},
		named: { form: ['Filtrera loggen'], button: ['Filtrera'] },
		values: { Från: '2026-01-01' },
		attrs: { form: { method: 'get' } },
		count: { 'form.grow': 1 }
	},
	FormActions: {
		name: 'the submit button and a link that cancels',
		markup: () =>
			html(FormActions, { save: 'Spara insatsen', cancel: `${base}/insatser`, spaced: true }),
		texts: { 'button[type="submit"]': ['Spara insatsen'] },
		links: { Avbryt: `${base}/insatser` },
		count: { '.spaced': 1 }
	},
	FormErrors: {
		name: 'field errors: a summary linking to the fields; a message alone: an alert; none: nothing',
		markup: () =>
			html(FormErrors, { form: { message: 'Det gick inte.', fields: { email: emailError } } }) +
			html(FormErrors, { form: { message: 'Länken har gått ut.' } }) +
			html(FormErrors, { form: null }),
		texts: { '[role="alert"]': [`Det gick inte. ${emailError[0]}`, 'Länken har gått ut.'] },
		links: { [emailError[0]!]: '#email' }
	},
	FormField: {
		name: 'filled with what was sent and its errors; a password never; the fallback when nothing was',
		markup: () => {
			const form = { values: { email: 'anna@lan', pw: 'hemligt' }, fields: { email: emailError } };
			return (
				html(FormField, { form, name: 'email', label: 'E-post', type: 'email', required: true }) +
				html(FormField, { form, name: 'pw', label: 'Lösenord', type: 'password', required: true }) +
				html(FormField, {
					form: null,
					name: 'role',
					label: 'Roll',
					options: roles,
					fallback: 'editor'
				})
			);
		},
		values: { 'E-post': 'anna@lan', Lösenord: '', 'Roll (frivilligt)': 'editor' },
		described: { '#email': emailError }
	},
	ItemActions: {
		name: "the tag and links named with the item; nothing for a public item one can't change",
		markup: () =>
			html(ItemActions, { name: process, internal: true, editHref: edit, historyHref: history }) +
			html(ItemActions, { name: process, editHref: null, historyHref: null }),
		texts: { '.item-actions .internal': ['Intern'] },
		links: { [`Ändra ${process}`]: edit, [`Historik för ${process}`]: history },
		count: { '.item-actions': 1 }
	},
	ItemField: {
		name: "in an item form (GroupForm): filled by its name from the form's values and errors",
		markup: () =>
			html(GroupForm, {
				values: { name: 'Länsstyrgruppen', level: 'county', composition: null },
				errors: { name: ['Namnet finns redan.'] }
			}),
		values: { Namn: 'Länsstyrgruppen', Nivå: 'county', 'Sammansättning (frivilligt)': '' },
		described: {
			'#name': ['Namnet finns redan.'],
			'#composition': ['Vilka som ingår. Tom rad mellan stycken.']
		},
		attrs: { '#name': { 'aria-invalid': 'true' }, '#mandate': { rows: '8' } }
	},
	ItemHeading: {
		name: 'the kind line, then the name as the one h1',
		markup: () =>
			html(ItemHeading, { eyebrow: snippet('Process · Lokal'), children: snippet(process) }),
		texts: { 'p.eyebrow': ['Process · Lokal'], h1: [process] }
	},
	LineList: {
		name: "an ordered list with the caller's class and items",
		markup: () =>
			html(LineList, {
				class: 'events',
				children: snippet('<li>Mars 2024</li><li>Juni 2024</li>')
			}),
		texts: { 'ol.line.events > li': ['Mars 2024', 'Juni 2024'] }
	},
	PageTitle: {
		name: "the document's title and the one h1",
		markup: () => html(PageTitle, { title: 'Välj lösenord – Nära', heading: 'Välj ett lösenord' }),
		texts: { title: ['Välj lösenord – Nära'], h1: ['Välj ett lösenord'] }
	},
	Paragraphs: {
		name: 'a paragraph per block between blank lines, as escaped text',
		markup: () => html(Paragraphs, { text: '\nAlla barn.\n  \n\nSamverkan <b>mellan</b> oss.\n' }),
		texts: { 'main p': ['Alla barn.', 'Samverkan <b>mellan</b> oss.'] },
		count: { 'main b': 0 }
	},
	SourceNote: {
		name: 'a known source by title and year, an unknown one by its file, content entered in Nära',
		markup: () =>
			html(SourceNote, { file: 'planen.pdf', locator: 'sida 12' }) +
			html(SourceNote, { file: 'data.xlsx', label: 'Hämtat ur' }) +
			html(SourceNote, { file: null }),
		texts: {
			'p.source': [
				'Källa: Länets plan (2024), planen.pdf, sida 12',
				'Hämtat ur: data.xlsx, data.xlsx',
				'Källa: registrerad i Nära (se historiken för vem och när)'
			]
		},
		links: { 'Länets plan (2024)': '/om-data#planen.pdf', 'data.xlsx': '/om-data#data.xlsx' }
	},
	TableScroll: {
		name: 'a focusable region named by the heading, around the table',
		markup: () =>
			html(TableScroll, { labelledby: 'k', children: snippet(table) }, '<h2 id="k">Kommuner</h2>'),
		named: { region: ['Kommuner'] },
		attrs: { '[role="region"]': { tabindex: '0' } },
		count: { '[role="region"] table': 1 }
	},
	TermList: {
		name: 'each term with its value, in order',
		markup: () =>
			html(TermList, {
				items: [
					['Nyckeltal', 'N00945'],
					['Riktning', 'Högt är bra']
				]
			}),
		texts: { 'dl > dt': ['Nyckeltal', 'Riktning'], 'dl > dd': ['N00945', 'Högt är bra'] }
	}
};

describe.each(Object.entries(cases))('%s', (_, c) => {
	test(c.name, async () => {
		await page.setContent(pageOf(c.markup), { waitUntil: 'load' });
		await expectAccessible(page);
		await check(c);
	});
});
