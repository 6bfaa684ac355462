import { expect } from 'vitest';
import { acceptInvitation } from '$lib/server/invitation-links';
import { anon, mailsTo, type Target } from '../auth/support.ts';

/** The newest invitation mail to `email` and the token of its link (the app's own link). */
export async function latestInvitation(target: Target, email: string) {
	const [mail] = await mailsTo(target, email);
	if (!mail) throw new Error(`no mail to ${email}`);
	const link = mail.text.match(/https?:\/\/\S+\/einladung\/([A-Za-z0-9_-]+)/);
	if (!link) throw new Error(`the newest mail to ${email} holds no invitation link`);
	return { mail, token: link[1]! };
}

/**
 * The invitee follows the newest invitation mail's link and chooses a password, as the
 * invitation page does with the request's client: that client then holds their session.
 */
export async function followInvitation(target: Target, email: string, password: string | null) {
	const { token } = await latestInvitation(target, email);
	const client = anon(target);
	const outcome = await acceptInvitation(client, token, password);
	expect(outcome).toMatchObject({ done: true, passwordSet: true });
	const { data } = await client.auth.getSession();
	expect(data.session?.user.email).toBe(email);
	return { userId: data.session!.user.id, client, token };
}
