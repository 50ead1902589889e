/**
 * What Nära keeps about people, why, for how long and on what legal basis:
 * one table that the privacy notice shows and the purge reads. The periods
 * are settings (table retention_periods); these are the defaults a county
 * starts with.
 */

export const RETENTION_PURPOSES = [
	'rejected_stories',
	'story_originals',
	'story_reports',
	'campaign_answers',
	'lived_experience_offers'
] as const;
export type RetentionPurpose = (typeof RETENTION_PURPOSES)[number];

export interface RetentionRule {
	/** what is kept */
	what: string;
	/** why */
	why: string;
	/** what happens after the period */
	deletion: string;
	/** the legal basis (GDPR article 6) */
	basis: string;
	defaultDays: number;
}

export const RETENTION: Record<RetentionPurpose, RetentionRule> = {
	rejected_stories: {
		what: 'Berättelser som en moderator har avböjt, med texten, kommunen och samtyckena.',
		why: 'Så att författaren kan fråga varför och moderatorn kan se vad som avböjts.',
		deletion: 'Berättelsen raderas helt.',
		basis: 'Samtycke (artikel 6.1 a)',
		defaultDays: 90
	},
	story_originals: {
		what: 'Originaltexten till en berättelse som publicerats i redigerad form, utan uppgifter som kan peka ut någon.',
		why: 'Så att moderatorn kan rätta en redigering som blev fel.',
		deletion:
			'Originaltexten raderas; den redigerade texten finns kvar så länge berättelsen är publicerad.',
		basis: 'Samtycke (artikel 6.1 a)',
		defaultDays: 180
	},
	story_reports: {
		what: 'Läsares anmälningar av berättelser, med skälet de skrev (inget om den som anmälde).',
		why: 'Så att moderatorn ser varför en berättelse doldes.',
		deletion: 'Anmälan raderas.',
		basis: 'Allmänt intresse (artikel 6.1 e)',
		defaultDays: 365
	},
	campaign_answers: {
		what: 'Svar på en fråga till invånarna (”Vad är viktigt för dig?”), utan något som pekar ut den som svarade.',
		why: 'Så att moderatorerna kan gruppera svaren i teman och sammanfatta dem.',
		deletion:
			'Svarens text raderas, utom citat som visas i sammanfattningen med den svarandes samtycke; sammanfattningen med teman och antal finns kvar.',
		basis: 'Allmänt intresse (artikel 6.1 e)',
		defaultDays: 365
	},
	lived_experience_offers: {
		what: 'Anmälningar till Levande bibliotek, med namn, kontaktuppgift, erfarenhet och kommun, och uppdragen personen har fått (om de är arvoderade).',
		why: 'Så att länets samordnare kan hitta och kontakta personer med egen erfarenhet till förbättringsarbeten. Uppgifterna visas inte för andra.',
		deletion:
			'Anmälan och dess uppdrag raderas när perioden har gått sedan anmälan och sedan det senaste uppdraget.',
		basis: 'Samtycke (artikel 6.1 a)',
		defaultDays: 730
	}
};

/** The moment before which an item of this period is past it. */
export const cutoff = (now: Date, days: number): Date =>
	new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
