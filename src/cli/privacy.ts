import type { Command } from 'commander';
import { openSeeded } from '../lib/app/database.ts';
import { config } from '../lib/platform/config.ts';
import { RETENTION, RETENTION_PURPOSES } from '../lib/modules/privacy/domain/retention.ts';
import { purgeExpired } from '../lib/modules/privacy/purge.server.ts';

/**
 * `nara personuppgifter rensa`: deletes what is past its retention period,
 * now, by hand (the job queue runs the same use case daily).
 */
export function registerPrivacy(command: Command, log: (message: string) => void): void {
	command
		.description('Personuppgifter: gallring efter lagringstiderna')
		.helpOption('-h, --help', 'visa hjälp');
	command
		.command('rensa')
		.description('Radera det som har sparats längre än sin lagringstid (se /personuppgifter)')
		.helpOption('-h, --help', 'visa hjälp')
		.action(async () => {
			const database = await openSeeded(config(), { role: 'purge', log, max: 2 });
			try {
				const done = await purgeExpired(database.db, new Date());
				const lines = RETENTION_PURPOSES.map(
					(p) => `  ${RETENTION[p].what.split(',')[0]}: ${done[p]}`
				);
				console.log(`Raderat efter lagringstiden:\n${lines.join('\n')}`);
			} finally {
				await database.close();
			}
		});
}
