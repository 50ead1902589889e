import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the stories' entries (the text of a story is never logged). */
export const auditLabels: AuditLabels = {
	actions: {
		publish_edited: 'publicerade i redigerad form',
		reject: 'avböjde',
		withdraw: 'tog bort med koden',
		report: 'anmälde',
		tag: 'taggade'
	},
	entities: { story: 'berättelse', story_answer: 'svar på en berättelse' },
	fields: [
		{
			after: 'status',
			labels: {
				municipalityId: 'kommun',
				careKind: 'sorts vård',
				ageBand: 'åldersgrupp',
				consentPublish: 'samtycke: publiceras',
				consentQuote: 'samtycke: citeras',
				consentOpenData: 'samtycke: öppna data',
				consentTextVersion: 'samtyckestextens version',
				edited: 'redigerad',
				openReports: 'anmälningar',
				statements: 'påståenden',
				shifts: 'förflyttningar',
				storyId: 'berättelse'
			}
		}
	],
	values: {
		status: {
			pending: 'väntar på granskning',
			published: 'publicerad',
			rejected: 'avböjd',
			hidden: 'dold efter anmälningar'
		}
	}
};
