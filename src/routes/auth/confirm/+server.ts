import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { isPlainText } from '$lib/domain/plain-text';
import { safeNextPath } from '$lib/domain/safe-next';
import { homeFor, rolesOf } from '$lib/server/accounts';
import type { RequestHandler } from './$types';

const confirmSchema = z.object({
	// A token that could not come from a mail link never reaches Auth.
	token_hash: z
		.string()
		.min(1)
		.max(256)
		.refine((value) => isPlainText(value)),
	type: z.enum(['signup', 'invite', 'magiclink', 'recovery', 'email_change', 'email']),
	next: z.string().nullable()
});

/** The target of every auth mail link: verifies the token and starts the session (cookies). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = confirmSchema.safeParse({
		token_hash: url.searchParams.get('token_hash'),
		type: url.searchParams.get('type'),
		next: url.searchParams.get('next')
	});
	if (!parsed.success) redirect(303, '/auth/error?code=validation_failed');
	const { token_hash, type, next } = parsed.data;
	const { data, error } = await locals.supabase.auth.verifyOtp({ token_hash, type });
	if (error || !data.user) {
		redirect(303, `/auth/error?code=${encodeURIComponent(error?.code ?? 'unexpected')}`);
	}
	const target = safeNextPath(next, '/');
	if (target !== '/') redirect(303, target);
	// Without a page to return to: choose a password after an invitation or reset, else go home.
	if (type === 'recovery' || type === 'invite') redirect(303, '/auth/update-password');
	redirect(303, homeFor(await rolesOf(locals.supabase, data.user.id)));
};
