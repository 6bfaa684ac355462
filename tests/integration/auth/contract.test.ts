import { describe, inject } from 'vitest';
import { adminContract } from './contract/admin.ts';
import { emailContract } from './contract/email.ts';
import { sessionContract } from './contract/sessions.ts';
import { remoteTarget, type Target } from './support.ts';

// The same contract, against the local auth service and, when configured, a real Supabase project
// (which must have e-mail confirmations on and enough e-mail budget for a few dozen mails).
function contract(target: () => Target) {
	describe('sessions', () => sessionContract(target));
	describe('admin', () => adminContract(target));
	describe('e-mail flows', () => emailContract(target));
}

describe('auth contract: local auth service', () => {
	const stack = inject('stack');
	contract(() => ({ name: 'local', local: true, ...stack }));
});

const remote = remoteTarget();
describe.skipIf(!remote)(
	remote
		? `auth contract: ${remote.url}`
		: 'auth contract: real Supabase project (skipped: set AUTH_CONTRACT_URL, AUTH_CONTRACT_ANON_KEY and AUTH_CONTRACT_SERVICE_ROLE_KEY to run)',
	() => contract(() => remote!)
);
