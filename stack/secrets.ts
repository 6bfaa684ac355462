import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signJwt } from './jwt.ts';

/** Per-installation secrets, generated on first start and kept with the data (mode 0600). */
export type StackSecrets = {
	jwtSecret: string;
	anonKey: string;
	serviceRoleKey: string;
	passwords: {
		supabaseAdmin: string;
		postgres: string;
		authenticator: string;
		authAdmin: string;
		storageAdmin: string;
	};
};

const password = () => randomBytes(18).toString('hex');

const TEN_YEARS = 10 * 365 * 24 * 3600;

function apiKey(role: 'anon' | 'service_role', secret: string): string {
	const iat = Math.floor(Date.now() / 1000);
	// The claims Supabase puts in its legacy API keys.
	return signJwt({ iss: 'supabase', ref: 'local', role, iat, exp: iat + TEN_YEARS }, secret);
}

function createSecrets(): StackSecrets {
	const jwtSecret = randomBytes(32).toString('hex');
	return {
		jwtSecret,
		anonKey: apiKey('anon', jwtSecret),
		serviceRoleKey: apiKey('service_role', jwtSecret),
		passwords: {
			supabaseAdmin: password(),
			postgres: password(),
			authenticator: password(),
			authAdmin: password(),
			storageAdmin: password()
		}
	};
}

export async function loadOrCreateSecrets(dataDir: string): Promise<StackSecrets> {
	const file = join(dataDir, 'secrets.json');
	try {
		const secrets = JSON.parse(await readFile(file, 'utf8')) as StackSecrets;
		// Installations from before the storage service lack its role's password.
		if (!secrets.passwords.storageAdmin) {
			secrets.passwords.storageAdmin = password();
			await writeFile(file, JSON.stringify(secrets, null, '\t'), { mode: 0o600 });
		}
		return secrets;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const secrets = createSecrets();
	await writeFile(file, JSON.stringify(secrets, null, '\t'), { mode: 0o600 });
	return secrets;
}
