import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signJwt } from './jwt.ts';

/** Per-installation secrets, generated on first start and kept with the data (mode 0600). */
export type StackSecrets = {
	jwtSecret: string;
	anonKey: string;
	serviceRoleKey: string;
	/**
	 * What the app's server sends to the auth service with X-Forwarded-For, so that the client
	 * address it names is believed (rate limits count per client, not per app server).
	 */
	forwardingSecret: string;
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
		forwardingSecret: randomBytes(32).toString('hex'),
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
	let stored: StackSecrets | null = null;
	try {
		stored = JSON.parse(await readFile(file, 'utf8')) as StackSecrets;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	// Installations from before the forwarding secret or the storage service lack those secrets;
	// they get them, and their other secrets stay.
	if (stored?.forwardingSecret && stored.passwords.storageAdmin) return stored;
	const secrets = stored
		? {
				...stored,
				forwardingSecret: stored.forwardingSecret || randomBytes(32).toString('hex'),
				passwords: {
					...stored.passwords,
					storageAdmin: stored.passwords.storageAdmin || password()
				}
			}
		: createSecrets();
	await writeFile(file, JSON.stringify(secrets, null, '\t'), { mode: 0o600 });
	return secrets;
}
