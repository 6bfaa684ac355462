import type { JoinRequest } from '$lib/domain/auth-forms';
import type { Locale } from '$lib/i18n';
import { createServiceRoleClient } from './supabase';

/**
 * "Ask to be listed": a draft organisation for the office to review, and an unconfirmed account
 * for its contact as the draft's owner. No mail goes out: the office invites the contact once it
 * has decided. An address that already has an account is not attached (the form is public, so
 * it must not hand someone else's account a new organisation); the office sees the address.
 */
export async function submitJoinRequest(request: JoinRequest, locale: Locale): Promise<boolean> {
	const service = createServiceRoleClient();
	const { data: organisation, error } = await service
		.from('organisations')
		.insert({
			name: request.name,
			kind: request.kind,
			status: 'draft',
			email: request.email,
			description: request.description
		})
		.select('id')
		.single();
	if (error) return false;

	const { data: created, error: userError } = await service.auth.admin.createUser({
		email: request.email,
		email_confirm: false,
		user_metadata: { locale, join_request: organisation.id }
	});
	if (userError) return userError.code === 'email_exists';
	const { error: memberError } = await service
		.from('organisation_members')
		.insert({ organisation_id: organisation.id, user_id: created.user.id, role: 'owner' });
	return !memberError;
}
