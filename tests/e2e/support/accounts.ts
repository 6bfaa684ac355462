import { expect, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';

/** The stack's admin API, as the app's server uses it (service role). */
export function serviceClient() {
	return createClient(process.env.E2E_SUPABASE_URL!, process.env.E2E_SERVICE_ROLE_KEY!, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
	});
}

export async function sql<T extends pg.QueryResultRow>(
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const db = new pg.Client({ connectionString: process.env.E2E_DB_URL });
	await db.connect();
	try {
		return (await db.query<T>(text, values)).rows;
	} finally {
		await db.end();
	}
}

export const uniqueEmail = (label: string) =>
	`${label}-${crypto.randomUUID().slice(0, 8)}@example.org`;

/** A confirmed account with a password, optionally office staff or a member of organisations. */
export async function createAccount(
	options: {
		label?: string;
		password?: string;
		staffRole?: 'office_admin' | 'office_staff';
		memberOf?: Array<{ organisationId: string; role: 'owner' | 'editor' }>;
	} = {}
) {
	const email = uniqueEmail(options.label ?? 'person');
	const password = options.password ?? `Pass-${crypto.randomUUID()}`;
	const { data, error } = await serviceClient().auth.admin.createUser({
		email,
		password,
		email_confirm: true
	});
	if (error) throw error;
	const userId = data.user.id;
	if (options.staffRole)
		await sql('insert into public.staff (user_id, role) values ($1, $2)', [
			userId,
			options.staffRole
		]);
	for (const membership of options.memberOf ?? []) {
		await sql(
			'insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, $3)',
			[membership.organisationId, userId, membership.role]
		);
	}
	return { email, password, userId };
}

export async function createOrganisation(status: 'draft' | 'published' = 'draft') {
	const name = `E2E Verein ${crypto.randomUUID().slice(0, 8)}`;
	const [row] = await sql<{ id: string }>(
		`insert into public.organisations (name, kind, status) values ($1, 'initiative', $2) returning id`,
		[name, status]
	);
	return { id: row!.id, name };
}

/** The mails to `email` in the dev mailbox, newest first (it needs the service-role key). */
export async function mailsTo(email: string): Promise<unknown[]> {
	const response = await fetch(
		`${process.env.E2E_SUPABASE_URL}/mailbox/api/messages?to=${encodeURIComponent(email)}`,
		{ headers: { apikey: process.env.E2E_SERVICE_ROLE_KEY! } }
	);
	if (!response.ok) throw new Error(`the dev mailbox answered ${response.status}`);
	return response.json();
}

/** The link of the newest mail to `email` in the dev mailbox, waiting for it to arrive. */
export async function mailLink(email: string, subject?: RegExp): Promise<string> {
	let link = '';
	await expect
		.poll(
			async () => {
				const mails = (await mailsTo(email)) as Array<{ subject: string; text: string }>;
				const mail = mails.find((candidate) => !subject || subject.test(candidate.subject));
				link = mail?.text.match(/https?:\/\/\S+\/auth\/confirm\?\S+/)?.[0] ?? '';
				return link;
			},
			{ timeout: 10_000 }
		)
		.not.toBe('');
	return link;
}

/** The invitation link (the app's own, valid for weeks) of the newest invitation mail to `email`. */
export async function invitationLink(email: string): Promise<string> {
	let link = '';
	await expect
		.poll(
			async () => {
				const mails = (await mailsTo(email)) as Array<{ text: string }>;
				link = mails[0]?.text.match(/https?:\/\/\S+\/einladung\/[A-Za-z0-9_-]+/)?.[0] ?? '';
				return link;
			},
			{ timeout: 10_000 }
		)
		.not.toBe('');
	return link;
}

export async function signIn(page: Page, email: string, password: string) {
	const form = page.getByRole('region', { name: 'Mit Passwort' });
	await form.getByLabel('E-Mail-Adresse').fill(email);
	await form.getByLabel('Passwort', { exact: true }).fill(password);
	await form.getByRole('button', { name: 'Anmelden' }).click();
}
