import { describe, inject } from 'vitest';
import { listingContract } from './contract/listing.ts';
import { objectContract } from './contract/objects.ts';
import { storyContract } from './contract/stories.ts';
import { urlContract } from './contract/urls.ts';
import { remoteTarget, type Target } from './support.ts';

// The same contract against the local storage service and, when configured, a real Supabase
// project that has this repository's migrations (buckets, policies, organisations, roles).
function contract(target: () => Target) {
	describe('objects', () => objectContract(target));
	describe('public and signed URLs', () => urlContract(target));
	describe('listing and buckets', () => listingContract(target));
	describe('who may do what', () => storyContract(target));
}

describe('storage contract: local storage service', () => {
	const stack = inject('stack');
	contract(() => ({ name: 'local', local: true, ...stack }));
});

const remote = remoteTarget();
describe.skipIf(!remote)(
	remote
		? `storage contract: ${remote.url}`
		: 'storage contract: real Supabase project (skipped: set STORAGE_CONTRACT_URL, STORAGE_CONTRACT_ANON_KEY and STORAGE_CONTRACT_SERVICE_ROLE_KEY to run)',
	() => contract(() => remote!)
);
