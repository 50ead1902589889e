import type { Command } from 'commander';
import { Email } from '../lib/modules/accounts/schema.ts';
import { passwordLinkForEmail, userByEmail } from '../lib/modules/accounts/server/account.ts';
import { systemActor } from '../lib/core/actor.ts';
import { PASSWORD_LINK_DAYS } from '../lib/modules/accounts/server/service.ts';
import { createUser } from '../lib/modules/accounts/server/users.ts';
import { config, type Config } from '../lib/platform/config.ts';
import * as content from '../lib/modules/counties/service.server.ts';
import type { Db } from '../lib/platform/db/client.ts';
import { openSeeded } from '../lib/app/database.ts';
import { UserFacingError } from '../lib/platform/errors.ts';
import type { County } from '../lib/modules/counties/schema.ts';
import { failure } from './failure.ts';

/**
 * `nara admin create` and `nara admin link`: the first administrator of a
 * county (Nära ships no default password), and a new one-time link when theirs
 * has expired. Both run as the system actor and are audited like the web page.
 */

/** The county named on the command line, or a one-line message saying what to give instead. */
async function findCounty(db: Db, value: string): Promise<County> {
	const found = await content.county(db, value.trim());
	if (found.kind === 'ok') return found.value;
	if ((await content.listCounties(db)).length === 0) {
		throw new UserFacingError('Databasen har inga län ännu. Kör nara seed först.');
	}
	throw new UserFacingError(
		`Länet "${value}" finns inte. Ange länets kod med två siffror, t.ex. 17 för Värmlands län (nara admin create --help).`
	);
}

/** The one-time link on Nära's public address (ORIGIN) when it is set, else on this machine. */
function printLink(cfg: Config, token: string): void {
	const base = cfg.origin ?? `http://localhost:${cfg.port}`;
	console.log(`${base}/konto/losenord/${token}`);
	if (!cfg.origin)
		console.log(
			`Nås Nära på en annan adress än ${base} (t.ex. https://nara.exempel.se), byt ut ${base} i länken mot den, eller sätt ORIGIN.`
		);
}

interface Options {
	email: string;
	county: string;
	name?: string;
}

export function registerAdmin(admin: Command, log: (message: string) => void): void {
	admin
		.description('Administratörer: skapa den första (eller en till), eller ge en ny lösenordslänk')
		.helpOption('-h, --help', 'visa hjälp');

	admin
		.command('create')
		.description(
			'Skapa en administratör för ett län och skriv ut en engångslänk där hen väljer sitt lösenord'
		)
		.helpOption('-h, --help', 'visa hjälp')
		.requiredOption('--email <e-post>', 'personens e-postadress')
		.requiredOption('--county <kod>', 'länets kod (SCB), två siffror, t.ex. 17 för Värmlands län')
		.option('--name <namn>', 'personens namn (annars e-postadressen)')
		.addHelpText(
			'after',
			`
Exempel:
  nara admin create --email anna.berg@regionvarmland.se --county 17 --name "Anna Berg"

Länken gäller i ${PASSWORD_LINK_DAYS} dagar och fungerar en gång. Administratören lägger sedan
till fler personer på sidan Personer och roller (/lan/<län>/admin/anvandare).`
		)
		.action(async (opts: Options) => {
			const cfg = config();
			const database = await openSeeded(cfg, { role: 'admin', log, max: 2 });
			try {
				const county = await findCounty(database.db, opts.county);
				const email = Email.safeParse(opts.email);
				if (email.success) {
					if (await userByEmail(database.db, email.data)) {
						throw new UserFacingError(
							`Det finns redan ett konto med e-postadressen ${email.data}. En ny lösenordslänk får du med nara admin link --email ${email.data} --county ${county.code}.`
						);
					}
				}
				const outcome = await createUser(
					database.db,
					systemActor('nara admin create'),
					county.code,
					{
						email: opts.email,
						name: opts.name ?? opts.email,
						role: 'admin'
					}
				);
				if (outcome.kind !== 'ok') throw failure(outcome);
				console.log(
					`Administratören ${email.data} är skapad i ${county.name}. Skicka engångslänken till hen; där väljer hen sitt lösenord. Länken fungerar en gång och gäller i ${PASSWORD_LINK_DAYS} dagar.`
				);
				printLink(cfg, outcome.value.passwordToken);
			} finally {
				await database.close();
			}
		});

	admin
		.command('link')
		.description('Skapa en ny engångslänk för att välja lösenord, t.ex. när den förra har gått ut')
		.helpOption('-h, --help', 'visa hjälp')
		.requiredOption('--email <e-post>', 'personens e-postadress')
		.requiredOption('--county <kod>', 'kod för ett län där personen har en roll, t.ex. 17')
		.action(async (opts: Options) => {
			const cfg = config();
			const database = await openSeeded(cfg, { role: 'admin', log, max: 2 });
			try {
				const county = await findCounty(database.db, opts.county);
				const outcome = await passwordLinkForEmail(
					database.db,
					systemActor('nara admin link'),
					county.code,
					opts.email
				);
				if (outcome.kind !== 'ok') throw failure(outcome);
				console.log(
					`Ny engångslänk för ${outcome.value.name}. Den fungerar en gång och gäller i ${PASSWORD_LINK_DAYS} dagar.`
				);
				printLink(cfg, outcome.value.passwordToken);
			} finally {
				await database.close();
			}
		});
}
