import path from 'node:path';
import { z } from 'zod';
import { UserFacingError } from './errors.ts';

/**
 * Every setting Nära reads from the environment, parsed once. Nothing else in
 * the code reads `process.env` (the SvelteKit adapter reads its own ORIGIN,
 * PROTOCOL_HEADER and HOST_HEADER, documented in the README).
 */
const booleanSetting = z
	.enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
	.optional()
	.transform((v) => v === '1' || v === 'true' || v === 'yes');

const schema = z.object({
	DATABASE_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
			message: 'måste börja med postgres:// eller postgresql://'
		}),
	NARA_DATA_DIR: z.string().trim().min(1).default('data'),
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	HOST: z.string().trim().min(1).default('0.0.0.0'),
	NARA_SHUTDOWN_TIMEOUT_MS: z.coerce
		.number({ message: 'ska vara ett antal millisekunder, t.ex. 10000' })
		.int({ message: 'ska vara ett helt antal millisekunder, t.ex. 10000' })
		.min(0, { message: 'får inte vara negativ' })
		.max(600_000, { message: 'får vara högst 600000 (tio minuter)' })
		.default(10_000),
	DATABASE_READ_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
			message: 'måste börja med postgres:// eller postgresql://'
		}),
	NARA_WORKER: z
		.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
		.optional()
		.transform((v) => !(v === '0' || v === 'false' || v === 'no' || v === 'off')),
	NARA_JOBS_SUPERVISE_SECONDS: z.coerce
		.number({ message: 'ska vara ett antal sekunder, t.ex. 60' })
		.int({ message: 'ska vara ett helt antal sekunder, t.ex. 60' })
		.min(1, { message: 'ska vara minst 1' })
		.max(3600, { message: 'får vara högst 3600 (en timme)' })
		.default(60),
	NARA_SKIP_MIGRATIONS: booleanSetting,
	NARA_SKIP_SEED: booleanSetting,
	NARA_DEFAULT_COUNTY: z
		.string()
		.regex(/^\d{2}$/, { message: 'ska vara en länskod med två siffror, t.ex. 17' })
		.default('17'),
	NARA_LOG_SQL: booleanSetting,
	NARA_MIN_ANSWERS: z.coerce
		.number({ message: 'ska vara ett helt tal, minst 3' })
		.int({ message: 'ska vara ett helt tal, minst 3' })
		.min(3, { message: 'får inte vara mindre än 3' })
		.default(5),
	NARA_OPERATOR_NAME: z.string().trim().optional(),
	ORIGIN: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v.replace(/\/+$/, '') : undefined))
		.refine((v) => v === undefined || /^https?:\/\/[^/\s]+$/.test(v), {
			message: 'ska vara webbplatsens adress, t.ex. https://nara.exempel.se'
		}),
	OIDC_ISSUER: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^https?:\/\//.test(v), {
			message: 'ska vara en adress som börjar med https://'
		}),
	KOLADA_BASE_URL: z
		.string()
		.trim()
		.default('https://api.kolada.se/v3')
		.refine((v) => /^https?:\/\//.test(v), {
			message: 'ska vara en adress som börjar med https://'
		}),
	SCB_BASE_URL: z
		.string()
		.trim()
		.default('https://api.scb.se/OV0104/v1/doris/sv/ssd')
		.refine((v) => /^https?:\/\//.test(v), {
			message: 'ska vara en adress som börjar med https://'
		}),
	OIDC_CLIENT_ID: z.string().trim().optional(),
	OIDC_CLIENT_SECRET: z.string().trim().optional(),
	OIDC_SCOPES: z.string().trim().default('openid email profile'),
	OIDC_ORGANISATION_CLAIM: z.string().trim().default('organisation'),
	OIDC_ROLES_CLAIM: z.string().trim().default('nara_roles'),
	PROTOCOL_HEADER: z.string().trim().optional(),
	NARA_CONTACT_EMAIL: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), {
			message: 'ska vara en e-postadress'
		})
});

export interface Config {
	/** external PostgreSQL; when undefined Nära runs its embedded server */
	databaseUrl: string | undefined;
	/** absolute path of the data directory of the embedded server */
	dataDir: string;
	port: number;
	host: string;
	/** on SIGTERM/SIGINT, how long requests in flight may take before they are cut */
	shutdownTimeoutMs: number;
	skipMigrations: boolean;
	skipSeed: boolean;
	/** a read-only server (a streaming replica) for the heavy read paths; undefined: the main one */
	databaseReadUrl: string | undefined;
	/** whether `nara serve` runs a job worker in its own process (NARA_WORKER, default on) */
	worker: boolean;
	/** how often the job queue looks for jobs whose worker stopped answering (seconds) */
	jobsSuperviseSeconds: number;
	defaultCountyCode: string;
	logSql: boolean;
	/** the Dialogguide's K: no result is shown that rests on fewer answers (never below 3) */
	minAnswers: number;
	/** the organisation that runs this installation (named in the accessibility statement) */
	operatorName: string | undefined;
	/** where people report accessibility problems */
	contactEmail: string | undefined;
	/** whether ORIGIN or PROTOCOL_HEADER tell the web server its public address (behind a proxy) */
	behindProxy: boolean;
	/** the public address (ORIGIN), e.g. https://nara.exempel.se, when it is set */
	origin: string | undefined;
	/** Kolada's API v3 (a mirror, proxy or test server may stand in) */
	koladaBaseUrl: string;
	/** SCB's statistical database, PxWeb API v1 (a mirror, proxy or test server may stand in) */
	scbBaseUrl: string;
	/** single sign-on; undefined when not configured */
	oidc:
		| {
				issuer: string;
				clientId: string;
				clientSecret: string | undefined;
				scopes: string;
				/** the claim whose value is the person's organisation (SCB code or Kolada id) */
				organisationClaim: string;
				/** the claim listing the person's Nära roles */
				rolesClaim: string;
		  }
		| undefined;
}

const settingNames: Record<string, string> = {
	DATABASE_URL: 'DATABASE_URL',
	NARA_DATA_DIR: 'NARA_DATA_DIR',
	PORT: 'PORT',
	HOST: 'HOST',
	NARA_SHUTDOWN_TIMEOUT_MS: 'NARA_SHUTDOWN_TIMEOUT_MS',
	DATABASE_READ_URL: 'DATABASE_READ_URL',
	NARA_WORKER: 'NARA_WORKER',
	NARA_JOBS_SUPERVISE_SECONDS: 'NARA_JOBS_SUPERVISE_SECONDS',
	NARA_DEFAULT_COUNTY: 'NARA_DEFAULT_COUNTY',
	NARA_MIN_ANSWERS: 'NARA_MIN_ANSWERS',
	NARA_CONTACT_EMAIL: 'NARA_CONTACT_EMAIL',
	OIDC_ISSUER: 'OIDC_ISSUER',
	KOLADA_BASE_URL: 'KOLADA_BASE_URL',
	SCB_BASE_URL: 'SCB_BASE_URL'
};

/** Parses the settings; a bad value becomes a one-line Swedish message naming the setting. */
export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
	const result = schema.safeParse(env);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const name = String(issue.path[0] ?? '');
		throw new UserFacingError(
			`Inställningen ${settingNames[name] ?? name} är ogiltig: ${issue.message}. Rätta värdet och försök igen.`
		);
	}
	const e = result.data;
	return {
		databaseUrl: e.DATABASE_URL,
		dataDir: path.resolve(cwd, e.NARA_DATA_DIR),
		port: e.PORT,
		host: e.HOST,
		shutdownTimeoutMs: e.NARA_SHUTDOWN_TIMEOUT_MS,
		skipMigrations: e.NARA_SKIP_MIGRATIONS,
		skipSeed: e.NARA_SKIP_SEED,
		databaseReadUrl: e.DATABASE_READ_URL,
		worker: e.NARA_WORKER,
		jobsSuperviseSeconds: e.NARA_JOBS_SUPERVISE_SECONDS,
		defaultCountyCode: e.NARA_DEFAULT_COUNTY,
		logSql: e.NARA_LOG_SQL,
		minAnswers: e.NARA_MIN_ANSWERS,
		operatorName: e.NARA_OPERATOR_NAME || undefined,
		contactEmail: e.NARA_CONTACT_EMAIL,
		behindProxy: Boolean(e.ORIGIN || e.PROTOCOL_HEADER),
		origin: e.ORIGIN,
		koladaBaseUrl: e.KOLADA_BASE_URL.replace(/\/+$/, ''),
		scbBaseUrl: e.SCB_BASE_URL.replace(/\/+$/, ''),
		oidc:
			e.OIDC_ISSUER && e.OIDC_CLIENT_ID
				? {
						issuer: e.OIDC_ISSUER,
						clientId: e.OIDC_CLIENT_ID,
						clientSecret: e.OIDC_CLIENT_SECRET || undefined,
						scopes: e.OIDC_SCOPES,
						organisationClaim: e.OIDC_ORGANISATION_CLAIM,
						rolesClaim: e.OIDC_ROLES_CLAIM
					}
				: undefined
	};
}

let cached: Config | undefined;

/** The configuration of this process, parsed on first use. */
export function config(): Config {
	cached ??= parseConfig(process.env);
	return cached;
}
