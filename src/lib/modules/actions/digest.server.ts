import { formatDate } from '../../core/dates.ts';
import { ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { addDays, dueState, swedishDay } from './domain/due.ts';
import { actionStatusLabel } from './domain/vocabulary.ts';
import { digestRows } from './queries.server.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Nära: 1 försenad åtgärd och 2 att göra den här veckan" */
function subjectOf(overdue: number, soon: number): string {
	const late = count(overdue, 'försenad åtgärd', 'försenade åtgärder');
	if (!soon) return `Nära: ${late}`;
	const week = `${soon} att göra den här veckan`;
	return overdue
		? `Nära: ${late} och ${week}`
		: `Nära: ${count(soon, 'åtgärd', 'åtgärder')} att göra den här veckan`;
}

/** What a run of the digest did. */
export interface DigestOutcome {
	/** the day in Sweden the run looked from */
	day: string;
	/** one e-mail per person, to these addresses */
	sentTo: string[];
	/** addresses whose e-mail the SMTP server refused, with why */
	failed: { to: string; reason: string }[];
}

/**
 * The weekly digest: every person with open actions due within a week or
 * overdue gets one e-mail listing them, unless they turned it off on their
 * page of actions. Meant to run once a week (Monday morning) as a job; a
 * refused address does not stop the others.
 */
export async function sendActionDigest(
	db: Db,
	now: Date,
	mailer: Mailer,
	opts: { baseUrl?: string; countySlugs?: Record<string, string> } = {}
): Promise<Outcome<DigestOutcome>> {
	const day = swedishDay(now);
	const rows = await digestRows(db, addDays(day, 7));
	const byPerson = new Map<number, typeof rows>();
	for (const r of rows) byPerson.set(r.userId, [...(byPerson.get(r.userId) ?? []), r]);
	const sentTo: string[] = [];
	const failed: DigestOutcome['failed'] = [];
	for (const items of byPerson.values()) {
		const person = items[0]!;
		const overdue = items.filter((i) => dueState(i, day) === 'overdue');
		const lines = items.map((i) => {
			const late = dueState(i, day) === 'overdue' ? ' – FÖRSENAD' : '';
			const slug = opts.countySlugs?.[i.countyCode];
			const link = opts.baseUrl && slug ? `\n  ${opts.baseUrl}/lan/${slug}/atgarder/${i.id}` : '';
			return `• ${i.title} (${i.organisation}), senast ${formatDate(i.dueOn)}, ${actionStatusLabel[i.status].toLowerCase()}${late}${link}`;
		});
		const text = [
			`Hej ${person.name},`,
			'',
			`Du ansvarar för ${items.length === 1 ? 'en åtgärd' : `${items.length} åtgärder`} i Nära som ska vara klara inom en vecka${overdue.length ? ` eller redan är försenade (${overdue.length})` : ''}:`,
			'',
			...lines,
			'',
			'Du kan stänga av det här veckobrevet under Åtgärder → Mina åtgärder i Nära.'
		].join('\n');
		try {
			await mailer.send({
				to: person.email,
				subject: subjectOf(overdue.length, items.length - overdue.length),
				text
			});
			sentTo.push(person.email);
		} catch (e) {
			failed.push({ to: person.email, reason: e instanceof Error ? e.message : String(e) });
		}
	}
	return ok({ day, sentTo, failed });
}
