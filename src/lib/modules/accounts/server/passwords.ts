import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with Argon2id (OWASP's recommended parameters:
 * 19 MiB memory, 2 iterations, 1 lane). There is no default password anywhere.
 */
const OPTIONS = {
	algorithm: 2 /* Argon2id */,
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1
} as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
	if (!hashed) {
		// same work as a real check, so timing does not tell which accounts exist
		await hash(password, OPTIONS);
		return false;
	}
	try {
		return await verify(hashed, password);
	} catch {
		return false;
	}
}
