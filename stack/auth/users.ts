import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { atomically, type Db } from './db.ts';
import { AuthError, emailExists, validationFailed } from './errors.ts';

// GoTrue writes and filters on the nil instance id (contract §6).
export const INSTANCE_ID = '00000000-0000-0000-0000-000000000000';
export const AUDIENCE = 'authenticated';
export const DEFAULT_ROLE = 'authenticated';
const BCRYPT_COST = 10;
const MIN_PASSWORD_LENGTH = 6;

export type UserRow = {
	id: string;
	aud: string | null;
	role: string | null;
	email: string | null;
	encrypted_password: string | null;
	email_confirmed_at: Date | null;
	invited_at: Date | null;
	confirmation_token: string | null;
	confirmation_sent_at: Date | null;
	recovery_token: string | null;
	recovery_sent_at: Date | null;
	email_change_token_new: string | null;
	email_change_token_current: string | null;
	email_change: string | null;
	email_change_sent_at: Date | null;
	email_change_confirm_status: number | null;
	last_sign_in_at: Date | null;
	raw_app_meta_data: Record<string, unknown> | null;
	raw_user_meta_data: Record<string, unknown> | null;
	created_at: Date;
	updated_at: Date;
	phone: string | null;
	phone_confirmed_at: Date | null;
	confirmed_at: Date | null;
	banned_until: Date | null;
	deleted_at: Date | null;
	is_anonymous: boolean;
};

type IdentityRow = {
	id: string;
	provider_id: string;
	user_id: string;
	identity_data: Record<string, unknown>;
	provider: string;
	last_sign_in_at: Date | null;
	created_at: Date;
	updated_at: Date;
	email: string | null;
};

const EMAIL_PATTERN =
	/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** GoTrue stores e-mail addresses trimmed and lowercase. */
export function normaliseEmail(value: unknown): string {
	if (typeof value !== 'string' || !value.trim()) {
		throw validationFailed('An email address is required');
	}
	const email = value.trim().toLowerCase();
	if (email.length > 255 || !EMAIL_PATTERN.test(email)) {
		throw validationFailed(`Unable to validate email address: invalid format`);
	}
	return email;
}

/** GoTrue's password rules (password.go): at least 6 characters, at most 72 bytes for bcrypt. */
export function checkPassword(password: unknown): string {
	if (typeof password !== 'string' || password === '') {
		throw validationFailed('Password is required');
	}
	if (Buffer.byteLength(password) > 72) {
		throw validationFailed('Password cannot be longer than 72 characters');
	}
	if ([...password].length < MIN_PASSWORD_LENGTH) {
		throw new AuthError(
			422,
			'weak_password',
			`Password should be at least ${MIN_PASSWORD_LENGTH} characters.`,
			{ weak_password: { reasons: ['length'] } }
		);
	}
	return password;
}

/** bcrypt cost 10 in Go's `$2a$` form, so the hashes move to Supabase Auth as they are. */
export async function hashPassword(password: string): Promise<string> {
	// bcryptjs writes `$2b$`; `$2a$` differs only for passwords over 255 bytes, which are refused.
	const salt = (await bcrypt.genSalt(BCRYPT_COST)).replace(/^\$2b\$/, '$2a$');
	return bcrypt.hash(password, salt);
}

// Compared against when there is no usable hash (unknown address, invited user), so that response
// times do not reveal who has an account.
let dummyHash: Promise<string> | null = null;

export async function passwordMatches(user: UserRow | null, password: string): Promise<boolean> {
	const hash = user?.encrypted_password;
	if (hash?.startsWith('$2')) return bcrypt.compare(password, hash);
	dummyHash ??= hashPassword('no user has this password');
	await bcrypt.compare(password, await dummyHash);
	return false;
}

/** Shallow merge where a key set to null is deleted (GoTrue models/user.go). */
export function mergeMetadata(
	current: Record<string, unknown> | null,
	update: unknown
): Record<string, unknown> {
	const merged: Record<string, unknown> = { ...(current ?? {}) };
	if (update === null || update === undefined) return merged;
	if (typeof update !== 'object' || Array.isArray(update)) {
		throw validationFailed('Metadata must be a JSON object');
	}
	for (const [key, value] of Object.entries(update)) {
		if (value === null) delete merged[key];
		else merged[key] = value;
	}
	return merged;
}

/** A metadata object from a request body (`data`, `user_metadata`, `app_metadata`), if given. */
export function metadataOf(value: unknown, name: string): Record<string, unknown> | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'object' || Array.isArray(value))
		throw validationFailed(`${name} must be a JSON object`);
	return value as Record<string, unknown>;
}

export const isBanned = (user: UserRow) =>
	user.banned_until !== null && user.banned_until.getTime() > Date.now();

export const isConfirmed = (user: UserRow) => user.email_confirmed_at !== null;

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
	const { rows } = await db.query<UserRow>('select * from auth.users where id = $1', [id]);
	return rows[0] ?? null;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
	const { rows } = await db.query<UserRow>(
		'select * from auth.users where email = $1 and is_sso_user = false',
		[email]
	);
	return rows[0] ?? null;
}

/** Updates the given columns and returns the new row; `updated_at` moves with every change. */
export async function updateUser(
	db: Db,
	id: string,
	changes: Partial<Record<keyof UserRow, unknown>>
): Promise<UserRow> {
	const columns = Object.keys(changes);
	const assignments = columns.map((column, index) => `${column} = $${index + 2}`);
	const { rows } = await db.query<UserRow>(
		`update auth.users set ${[...assignments, 'updated_at = now()'].join(', ')}
		 where id = $1 returning *`,
		[id, ...Object.values(changes)]
	);
	if (!rows[0]) throw new AuthError(404, 'user_not_found', 'User not found');
	return rows[0];
}

export type NewUser = {
	id?: string;
	email: string;
	password: string | null;
	userMetadata?: Record<string, unknown>;
	appMetadata?: Record<string, unknown>;
	confirmed?: boolean;
	invited?: boolean;
	role?: string;
};

/**
 * Inserts like GoTrue does: the row first with only provider metadata, an empty role and no
 * confirmation, then role, custom app_metadata and confirmation as UPDATEs, so that AFTER INSERT
 * triggers see the same row they would see on Supabase (contract §3, admin create).
 */
export async function insertUser(pool: Db, user: NewUser): Promise<UserRow> {
	const encrypted = user.password === null ? '' : await hashPassword(user.password);
	return atomically(pool, (db) => insertUserRows(db, user, encrypted));
}

async function insertUserRows(db: Db, user: NewUser, encrypted: string): Promise<UserRow> {
	const id = user.id ?? randomUUID();
	const providerMetadata = { provider: 'email', providers: ['email'] };
	const userMetadata = user.userMetadata ?? {};
	try {
		await db.query(
			`insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
				raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
				confirmation_token, recovery_token, email_change_token_new, email_change,
				email_change_token_current, is_super_admin)
			 values ($1, $2, $3, '', $4, $5, $6, $7, now(), now(), '', '', '', '', '', false)`,
			[INSTANCE_ID, id, AUDIENCE, user.email, encrypted, providerMetadata, userMetadata]
		);
	} catch (error) {
		if ((error as { code?: string }).code === '23505') throw emailExists();
		throw error;
	}
	await db.query(
		`insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at,
			created_at, updated_at)
		 values ($1, $2, $3, 'email', now(), now(), now())`,
		[
			id,
			id,
			{ sub: id, email: user.email, email_verified: false, phone_verified: false, ...userMetadata }
		]
	);
	const changes: Partial<Record<keyof UserRow, unknown>> = { role: user.role ?? DEFAULT_ROLE };
	if (user.appMetadata)
		changes.raw_app_meta_data = mergeMetadata(providerMetadata, user.appMetadata);
	if (user.invited) changes.invited_at = new Date();
	const updated = await updateUser(db, id, changes);
	return user.confirmed ? confirmEmail(db, updated) : updated;
}

/** Invites an address: a new user without password, or an unconfirmed one invited again. */
export async function inviteUser(
	db: Db,
	existing: UserRow | null,
	email: string,
	userMetadata?: Record<string, unknown>
): Promise<UserRow> {
	if (!existing) return insertUser(db, { email, password: null, userMetadata, invited: true });
	if (isConfirmed(existing)) throw emailExists();
	return updateUser(db, existing.id, { invited_at: new Date() });
}

/** Keeps the e-mail identity in step with a changed address. */
export async function setIdentityEmail(db: Db, userId: string, email: string): Promise<void> {
	await db.query(
		`update auth.identities
		 set identity_data = identity_data || jsonb_build_object('email', $2::text), updated_at = now()
		 where user_id = $1 and provider = 'email'`,
		[userId, email]
	);
}

/** Confirms the e-mail address and marks it verified in metadata and identity (GoTrue Confirm). */
export async function confirmEmail(db: Db, user: UserRow): Promise<UserRow> {
	await db.query(
		`update auth.identities
		 set identity_data = identity_data || '{"email_verified": true}'::jsonb, updated_at = now()
		 where user_id = $1 and provider = 'email'`,
		[user.id]
	);
	return updateUser(db, user.id, {
		email_confirmed_at: user.email_confirmed_at ?? new Date(),
		raw_user_meta_data: { ...(user.raw_user_meta_data ?? {}), email_verified: true }
	});
}

const iso = (value: Date | null) => (value ? value.toISOString() : undefined);

const identityJson = (identity: IdentityRow) => ({
	identity_id: identity.id,
	id: identity.provider_id,
	user_id: identity.user_id,
	identity_data: identity.identity_data,
	provider: identity.provider,
	last_sign_in_at: iso(identity.last_sign_in_at),
	created_at: iso(identity.created_at),
	updated_at: iso(identity.updated_at),
	email: identity.email ?? undefined
});

/** The User object as GoTrue serialises it (contract §2); empty timestamps are left out. */
function serialise(user: UserRow, identities: IdentityRow[]) {
	return {
		id: user.id,
		aud: user.aud ?? '',
		role: user.role ?? '',
		email: user.email ?? '',
		email_confirmed_at: iso(user.email_confirmed_at),
		phone: user.phone ?? '',
		phone_confirmed_at: iso(user.phone_confirmed_at),
		confirmation_sent_at: iso(user.confirmation_sent_at),
		confirmed_at: iso(user.confirmed_at),
		recovery_sent_at: iso(user.recovery_sent_at),
		new_email: user.email_change || undefined,
		email_change_sent_at: iso(user.email_change_sent_at),
		invited_at: iso(user.invited_at),
		last_sign_in_at: iso(user.last_sign_in_at),
		app_metadata: user.raw_app_meta_data ?? {},
		user_metadata: user.raw_user_meta_data ?? {},
		identities: identities.map(identityJson),
		created_at: iso(user.created_at),
		updated_at: iso(user.updated_at),
		banned_until: iso(user.banned_until),
		deleted_at: iso(user.deleted_at),
		is_anonymous: user.is_anonymous
	};
}

/** Users with their identities, read in one query (a page of the admin list). */
export async function usersJson(db: Db, users: UserRow[]) {
	const { rows } = await db.query<IdentityRow>(
		'select * from auth.identities where user_id = any($1::uuid[]) order by created_at',
		[users.map((user) => user.id)]
	);
	return users.map((user) =>
		serialise(
			user,
			rows.filter((identity) => identity.user_id === user.id)
		)
	);
}

export async function userJson(db: Db, user: UserRow) {
	const [json] = await usersJson(db, [user]);
	return json!;
}
