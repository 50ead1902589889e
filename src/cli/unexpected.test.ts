import { describe, expect, test } from 'vitest';
import { unexpectedErrorLine } from './unexpected.ts';

describe('unexpectedErrorLine: one line, no SQL, no stack', () => {
	test.each([
		[
			Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
				query: 'insert into initiatives (title) values ($1)',
				parameters: ['a\u0000']
			}),
			'nara: ett oväntat fel inträffade (invalid byte sequence for encoding "UTF8": 0x00). Kör igen med NARA_DEBUG=1 för att se detaljerna.'
		],
		[
			new Error('första raden\n    at secret (/x.js:1:1)'),
			'nara: ett oväntat fel inträffade (första raden). Kör igen med NARA_DEBUG=1 för att se detaljerna.'
		],
		[
			new Error('Failed query: insert into initiatives (title) values ($1)\nparams: a', {
				cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
					code: '22021'
				})
			}),
			'nara: Indata innehåller ett otillåtet tecken (t.ex. NUL) som inte kan sparas. Ta bort det och försök igen.'
		],
		[
			new Error('Failed query: select 1\nparams: ', { cause: new Error('connection refused') }),
			'nara: ett oväntat fel inträffade (connection refused). Kör igen med NARA_DEBUG=1 för att se detaljerna.'
		],
		[
			'bara text',
			'nara: ett oväntat fel inträffade (bara text). Kör igen med NARA_DEBUG=1 för att se detaljerna.'
		],
		[
			new Error(''),
			'nara: ett oväntat fel inträffade. Kör igen med NARA_DEBUG=1 för att se detaljerna.'
		]
	])('%s', (error, line) => {
		expect(unexpectedErrorLine(error)).toBe(line);
		expect(unexpectedErrorLine(error)).not.toContain('\n');
	});
});
