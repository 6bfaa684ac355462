import { afterAll, beforeAll, describe, inject } from 'vitest';
import { adminContract } from './contract/admin.ts';
import { emailContract, signupContract } from './contract/email.ts';
import { sessionContract } from './contract/sessions.ts';
import { remoteTarget, serveAuth, type Target } from './support.ts';

// The same contract, against the local auth service and, when configured, a real Supabase project
// (which must have e-mail confirmations on, sign-up on, and enough e-mail budget for a few dozen
// mails). The local stack has sign-up off, as this application wants it: /signup is checked
// against a second local service with sign-up on.
function contract(target: () => Target, signupTarget: () => Target = target) {
	describe('sessions', () => sessionContract(target));
	describe('admin', () => adminContract(target));
	describe('e-mail flows', () => emailContract(target));
	describe('sign-up', () => signupContract(signupTarget));
}

describe('auth contract: local auth service', () => {
	const stack = inject('stack');
	let withSignup: Awaited<ReturnType<typeof serveAuth>>;
	beforeAll(async () => {
		withSignup = await serveAuth(stack, { disableSignup: false });
	});
	afterAll(() => withSignup?.stop());
	contract(
		() => ({ name: 'local', local: true, ...stack }),
		() => withSignup.target
	);
});

const remote = remoteTarget();
describe.skipIf(!remote)(
	remote
		? `auth contract: ${remote.url}`
		: 'auth contract: real Supabase project (skipped: set AUTH_CONTRACT_URL, AUTH_CONTRACT_ANON_KEY and AUTH_CONTRACT_SERVICE_ROLE_KEY to run)',
	() => contract(() => remote!)
);
