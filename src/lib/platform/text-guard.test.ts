import { describe, expect, test } from 'vitest';
import {
	addressFault,
	cellFault,
	formFieldFault,
	isRefusedTextError,
	jsonFault,
	MAX_JSON_DEPTH,
	textFault
} from './text-guard.ts';

describe('textFault: the one rule', () => {
	test.each([
		['plain Swedish', 'Vård nära dig – Årjäng', null],
		['tab, line feed and carriage return', 'rad 1\r\nrad\t2\n', null],
		['a whole pair outside the BMP (emoji)', 'Vård 👩‍⚕️🏥', null],
		['right-to-left text', 'مرحبا שלום', null],
		['DEL and C1 characters are text', 'a\u007fb\u0085c', null],
		['the empty string', '', null],
		['NUL', 'a\u0000b', { index: 1, name: 'NUL' }],
		['NUL first', '\u0000', { index: 0, name: 'NUL' }],
		['bell', 'ding\u0007', { index: 4, name: 'styrtecknet U+0007' }],
		['escape', '\u001b[31m', { index: 0, name: 'styrtecknet U+001B' }],
		['vertical tab', 'a\u000bb', { index: 1, name: 'styrtecknet U+000B' }],
		['form feed', 'a\u000cb', { index: 1, name: 'styrtecknet U+000C' }],
		['unit separator', '\u001f', { index: 0, name: 'styrtecknet U+001F' }],
		['a lone high surrogate', 'a\ud800', { index: 1, name: 'ett halvt UTF-16-tecken, U+D800' }],
		['a lone low surrogate', '\udc00b', { index: 0, name: 'ett halvt UTF-16-tecken, U+DC00' }],
		['two high surrogates', '\ud83d\ud83d', { index: 0, name: 'ett halvt UTF-16-tecken, U+D83D' }],
		['a pair reversed', '\ude00\ud83d', { index: 0, name: 'ett halvt UTF-16-tecken, U+DE00' }],
		['after an emoji', '🏥\u0000', { index: 2, name: 'NUL' }]
	])('%s', (_label, text, expected) => {
		expect(textFault(text)).toEqual(expected);
	});
});

const url = (pathAndQuery: string) => new URL(`http://127.0.0.1${pathAndQuery}`);

describe('addressFault: path and query string', () => {
	test.each([
		['/api/counties/17/vision', null],
		['/lan/varmland/insatser?q=m%C3%B6te&tema=a%2Cb', null],
		['/api/indicators?q=v%C3%A5rd+n%C3%A4ra', null],
		['/api/indicators?q=&limit=', null],
		['/api/indicators?flagga', null],
		['/lan/v%C3%A4rmland', null],
		['/api/counties/%00/vision', 'Adressen innehåller ett otillåtet tecken (NUL) i sökvägen.'],
		[
			'/api/counties/17%01/vision',
			'Adressen innehåller ett otillåtet tecken (styrtecknet U+0001) i sökvägen.'
		],
		['/api/indicators?q=%00', 'Adressen innehåller ett otillåtet tecken (NUL) i parametern q.'],
		[
			'/api/indicators?limit=5&q=a%00b',
			'Adressen innehåller ett otillåtet tecken (NUL) i parametern q.'
		],
		[
			'/api/indicators?q%00=1',
			'Adressen innehåller ett otillåtet tecken (NUL) i namnet på en parameter.'
		],
		[
			'/api/counties/%E0%A4%A/vision',
			'Adressen innehåller en ogiltig procentkodning (%E0%A4) i sökvägen.'
		],
		['/api/counties/%ZZ', 'Adressen innehåller en ogiltig procentkodning (%ZZ) i sökvägen.'],
		[
			'/api/counties/%ED%A0%80',
			'Adressen innehåller en ogiltig procentkodning (%ED%A0%80) i sökvägen.'
		],
		['/api/counties/%C3', 'Adressen innehåller en ogiltig procentkodning (%C3) i sökvägen.'],
		['/api/indicators?q=100%', 'Adressen innehåller en ogiltig procentkodning (%) i parametern q.'],
		[
			'/api/indicators?q=%FF',
			'Adressen innehåller en ogiltig procentkodning (%FF) i parametern q.'
		],
		[
			'/api/indicators?%G1=x',
			'Adressen innehåller en ogiltig procentkodning (%G1) i namnet på en parameter.'
		],
		['/sok?q=rad%0Arad%09tab', null],
		['/sok?q=%1B', 'Adressen innehåller ett otillåtet tecken (styrtecknet U+001B) i parametern q.']
	])('%s', (address, expected) => {
		expect(addressFault(url(address))).toBe(expected);
	});
});

describe('jsonFault: every key and string of a body, and its depth', () => {
	const deep = (n: number): unknown => {
		let v: unknown = 'botten';
		for (let i = 0; i < n; i++) v = [v];
		return v;
	};
	test.each([
		['a plain object', { title: 'Möte', year: 2025, tags: ['a', 'b'], nested: { ok: true } }, null],
		['numbers, booleans, null', { a: 1, b: false, c: null }, null],
		[
			'NUL in a field',
			{ title: 'a\u0000' },
			{ field: 'title', message: 'Anropet innehåller ett otillåtet tecken (NUL) i fältet title.' }
		],
		[
			'NUL in a nested list',
			{ items: [{ name: 'ok' }, { name: 'x\u0000' }] },
			{
				field: 'items[1].name',
				message: 'Anropet innehåller ett otillåtet tecken (NUL) i fältet items[1].name.'
			}
		],
		[
			'a lone surrogate',
			{ body: 'x\ud800' },
			{
				field: 'body',
				message:
					'Anropet innehåller ett otillåtet tecken (ett halvt UTF-16-tecken, U+D800) i fältet body.'
			}
		],
		[
			'NUL in a key',
			{ ok: { 'a\u0000': 1 } },
			{
				field: 'ok',
				message: 'Anropet innehåller ett otillåtet tecken (NUL) i ett fältnamn i fältet ok.'
			}
		],
		['the deepest allowed', { a: deep(MAX_JSON_DEPTH - 1) }, null],
		[
			'one level too deep',
			{ a: deep(MAX_JSON_DEPTH) },
			{
				field: `a${'[0]'.repeat(MAX_JSON_DEPTH - 1)}`,
				message: `Anropet är för djupt nästlat i fältet a${'[0]'.repeat(MAX_JSON_DEPTH - 1)} (högst ${MAX_JSON_DEPTH} nivåer).`
			}
		]
	])('%s', (_label, body, expected) => {
		expect(jsonFault(body)).toEqual(expected);
	});

	test('a body nested 100 000 deep is refused without exhausting the stack', () => {
		expect(jsonFault({ a: deep(100_000) })?.message).toMatch(/för djupt nästlat/);
	});
});

describe('formFieldFault and cellFault', () => {
	test.each([
		['title', 'Möte i Arvika', null],
		['body', 'rad 1\r\nrad 2', null],
		['title', 'a\u0000', 'Formuläret innehåller ett otillåtet tecken (NUL) i fältet title.'],
		['t\u0000', 'x', 'Formuläret innehåller ett otillåtet tecken (NUL) i namnet på ett fält.'],
		[
			'note',
			'\u0008',
			'Formuläret innehåller ett otillåtet tecken (styrtecknet U+0008) i fältet note.'
		]
	])('form field %j = %j', (name, value, expected) => {
		expect(formFieldFault(name, value)).toBe(expected);
	});

	test.each([
		['Vård nära', 3, 'titel', null],
		[
			'a\u0000b',
			3,
			'titel',
			'Filen innehåller ett otillåtet tecken (NUL) på rad 3 i kolumnen titel.'
		],
		[
			'\u0002',
			12,
			'B',
			'Filen innehåller ett otillåtet tecken (styrtecknet U+0002) på rad 12 i kolumnen B.'
		]
	])('cell %j at row %i, column %s', (text, row, column, expected) => {
		expect(cellFault(text, row, column)).toBe(expected);
	});
});

describe('isRefusedTextError: PostgreSQL refusing text, also wrapped', () => {
	const pg = (code: string) => Object.assign(new Error('pg'), { code });
	test.each([
		['NUL in text (22021)', pg('22021'), true],
		['\\u0000 in jsonb (22P05)', pg('22P05'), true],
		['wrapped by Drizzle', new Error('Failed query: …', { cause: pg('22021') }), true],
		['a unique violation', pg('23505'), false],
		['a connection error', Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), false],
		['not an error', 'text', false],
		['null', null, false]
	])('%s', (_label, error, expected) => {
		expect(isRefusedTextError(error)).toBe(expected);
	});
});
