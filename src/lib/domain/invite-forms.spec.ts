import { describe, expect, it } from 'vitest';
import { memberInviteSchema, officeInviteSchema, staffInviteSchema } from './invite-forms';

const ORGANISATION = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

describe('invitation schemas', () => {
	it('lets owners invite editors only', () => {
		const invite = { email: 'a@example.org', organisationId: ORGANISATION };
		expect(memberInviteSchema.safeParse({ ...invite, role: 'editor' }).success).toBe(true);
		expect(memberInviteSchema.safeParse({ ...invite, role: 'owner' }).success).toBe(false);
		expect(officeInviteSchema.safeParse({ ...invite, role: 'owner' }).success).toBe(true);
	});

	it('needs an organisation id and a known role', () => {
		expect(
			officeInviteSchema.safeParse({ email: 'a@example.org', organisationId: 'x', role: 'editor' })
				.error?.issues[0]?.message
		).toBe('form.organisation.required');
		expect(staffInviteSchema.safeParse({ email: 'a@example.org', role: 'superuser' }).success).toBe(
			false
		);
		expect(
			officeInviteSchema.safeParse({ email: 'a@example.org', organisationId: ORGANISATION }).error
				?.issues[0]
		).toMatchObject({ path: ['role'], message: 'form.role.invalid' });
	});

	it('reads the address in lower case and refuses a malformed one beside the field', () => {
		expect(staffInviteSchema.parse({ email: ' Ana@Example.ORG ', role: 'office_staff' })).toEqual({
			email: 'ana@example.org',
			role: 'office_staff'
		});
		expect(
			staffInviteSchema.safeParse({ email: 'nope', role: 'office_staff' }).error?.issues[0]
		).toMatchObject({ path: ['email'], message: 'form.email.invalid' });
	});
});
