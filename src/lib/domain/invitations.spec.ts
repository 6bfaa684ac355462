import { describe, expect, it } from 'vitest';
import { INVITATION_VALID_DAYS, invitationExpiry, invitationState } from './invitations';

const now = new Date('2026-12-02T10:00:00Z');
const open = {
	usedAt: null,
	withdrawnAt: null,
	expiresAt: '2026-12-10T10:00:00Z',
	accessRemains: true
};

describe('invitationState', () => {
	it('keeps a link valid until its expiry, past Supabase Auth’s 24 hours', () => {
		expect(invitationState(open, now)).toBe('valid');
		expect(invitationState(open, new Date('2026-12-10T09:59:59Z'))).toBe('valid');
		expect(invitationState(open, new Date('2026-12-10T10:00:00Z'))).toBe('expired');
	});

	it('names a used link used, even after its expiry', () => {
		const used = { ...open, usedAt: '2026-12-03T10:00:00Z' };
		expect(invitationState(used, new Date('2027-01-01T00:00:00Z'))).toBe('used');
	});

	it('treats a withdrawn link, or one whose access is gone, as withdrawn', () => {
		expect(invitationState({ ...open, withdrawnAt: '2026-12-02T09:00:00Z' }, now)).toBe(
			'withdrawn'
		);
		expect(invitationState({ ...open, accessRemains: false }, now)).toBe('withdrawn');
	});
});

describe('invitationExpiry', () => {
	it('lies the configured number of days ahead', () => {
		const days = (invitationExpiry(now).getTime() - now.getTime()) / 86_400_000;
		expect(days).toBe(INVITATION_VALID_DAYS);
		expect(days).toBeGreaterThan(1);
	});
});
