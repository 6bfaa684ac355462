import { externalUrl, redirectTarget, type AuthContext } from './context.ts';
import type { Db } from './db.ts';
import { issueEmailChangeTokens, issueEmailToken, type IssuedToken } from './email-tokens.ts';
import { AuthError, emailExists, validationFailed } from './errors.ts';
import { requireAdmin } from './guards.ts';
import type { Request } from './http.ts';
import type { Reply } from './reply.ts';
import { deleteSessions } from './sessions.ts';
import { UUID_PATTERN, randomPassword } from './tokens.ts';
import {
	AUDIENCE,
	checkPassword,
	confirmEmail,
	findUserByEmail,
	findUserById,
	hashPassword,
	insertUser,
	inviteUser,
	isConfirmed,
	mergeMetadata,
	metadataOf,
	normaliseEmail,
	setIdentityEmail,
	updateUser,
	userJson,
	usersJson,
	type UserRow
} from './users.ts';

const GO_DURATION_UNITS: Record<string, number> = {
	ns: 1e-6,
	us: 1e-3,
	µs: 1e-3,
	ms: 1,
	s: 1000,
	m: 60_000,
	h: 3_600_000
};

/** `ban_duration` is a Go duration ("24h", "1h30m") or "none" (GoTrue admin.go). */
export function bannedUntil(value: unknown): Date | null {
	if (value === 'none') return null;
	const text = String(value);
	const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
	if (!parts.length || parts.map((part) => part[0]).join('') !== text.replace(/^\+/, '')) {
		throw validationFailed('invalid format for ban duration: time: invalid duration');
	}
	const ms = parts.reduce((sum, part) => sum + Number(part[1]) * GO_DURATION_UNITS[part[2]!]!, 0);
	return new Date(Date.now() + ms);
}

const userNotFound = () => new AuthError(404, 'user_not_found', 'User not found');

async function loadUser(db: Db, id: string): Promise<UserRow> {
	if (!UUID_PATTERN.test(id))
		throw new AuthError(404, 'validation_failed', 'user_id must be an UUID');
	const user = await findUserById(db, id);
	if (!user) throw userNotFound();
	return user;
}

function bcryptHashOf(value: unknown): string {
	if (typeof value !== 'string' || !/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(value)) {
		throw validationFailed('Invalid password hash: only bcrypt hashes are supported locally');
	}
	return value;
}

async function createUser(context: AuthContext, request: Request): Promise<Reply> {
	const body = request.body;
	if (body.phone)
		throw validationFailed('Phone users are not supported by the local auth service', 422);
	if (!body.email) throw validationFailed('Cannot create a user without either an email or phone');
	const email = normaliseEmail(body.email);
	if (await findUserByEmail(context.pool, email)) throw emailExists();
	if (body.id !== undefined && (typeof body.id !== 'string' || !UUID_PATTERN.test(body.id))) {
		throw validationFailed('id must be a UUID');
	}
	if (typeof body.password === 'string' && Buffer.byteLength(body.password) > 72) {
		throw validationFailed('Password cannot be longer than 72 characters');
	}
	const passwordHash = body.password_hash !== undefined ? bcryptHashOf(body.password_hash) : null;
	const password =
		typeof body.password === 'string' && body.password ? body.password : randomPassword();
	if (body.role !== undefined && typeof body.role !== 'string')
		throw validationFailed('role must be a string');
	const banned = body.ban_duration !== undefined ? bannedUntil(body.ban_duration) : undefined;
	let user = await insertUser(context.pool, {
		id: body.id as string | undefined,
		email,
		password: passwordHash ? null : password,
		userMetadata: metadataOf(body.user_metadata, 'user_metadata'),
		appMetadata: metadataOf(body.app_metadata, 'app_metadata'),
		confirmed: body.email_confirm === true,
		role: (body.role as string | undefined) || undefined
	});
	if (passwordHash)
		user = await updateUser(context.pool, user.id, { encrypted_password: passwordHash });
	if (banned !== undefined)
		user = await updateUser(context.pool, user.id, { banned_until: banned });
	return { status: 200, body: await userJson(context.pool, user) };
}

async function listUsers(context: AuthContext, request: Request): Promise<Reply> {
	const number = (name: string, fallback: number) => {
		const value = Number.parseInt(request.query.get(name) ?? '', 10);
		return Number.isFinite(value) && value > 0 ? value : fallback;
	};
	const page = number('page', 1);
	const perPage = Math.min(number('per_page', 50), 1000);
	const [counted, listed] = await Promise.all([
		context.pool.query<{ total: string }>('select count(*) as total from auth.users'),
		context.pool.query<UserRow>(
			'select * from auth.users order by created_at desc, id limit $1 offset $2',
			[perPage, (page - 1) * perPage]
		)
	]);
	const total = Number(counted.rows[0]!.total);
	const users = await usersJson(context.pool, listed.rows);
	// supabase-js reads the page from the first `=` of each link and needs rel in double quotes.
	const lastPage = Math.max(1, Math.ceil(total / perPage));
	const link = (target: number) =>
		`<${externalUrl(context, request)}/admin/users?page=${target}&per_page=${perPage}>`;
	const links = [
		...(page < lastPage ? [`${link(page + 1)}; rel="next"`] : []),
		`${link(lastPage)}; rel="last"`
	];
	return {
		status: 200,
		body: { users, aud: AUDIENCE },
		headers: { 'x-total-count': String(total), link: links.join(', ') }
	};
}

async function updateUserById(context: AuthContext, request: Request, id: string): Promise<Reply> {
	const body = request.body;
	let user = await loadUser(context.pool, id);
	const changes: Partial<Record<keyof UserRow, unknown>> = {};
	if (body.phone)
		throw validationFailed('Phone users are not supported by the local auth service', 422);
	if (body.email !== undefined && body.email !== '') {
		const email = normaliseEmail(body.email);
		if (email !== user.email) {
			const other = await findUserByEmail(context.pool, email);
			if (other) throw emailExists();
			changes.email = email;
		}
	}
	let passwordChanged = false;
	if (body.password !== undefined) {
		changes.encrypted_password = await hashPassword(checkPassword(body.password));
		passwordChanged = true;
	}
	if (body.password_hash !== undefined) {
		changes.encrypted_password = bcryptHashOf(body.password_hash);
		passwordChanged = true;
	}
	const userMetadata = metadataOf(body.user_metadata, 'user_metadata');
	if (userMetadata)
		changes.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, userMetadata);
	const appMetadata = metadataOf(body.app_metadata, 'app_metadata');
	if (appMetadata) changes.raw_app_meta_data = mergeMetadata(user.raw_app_meta_data, appMetadata);
	if (typeof body.role === 'string' && body.role) changes.role = body.role;
	if (body.ban_duration !== undefined) changes.banned_until = bannedUntil(body.ban_duration);
	if (Object.keys(changes).length) user = await updateUser(context.pool, user.id, changes);
	if (changes.email) {
		await setIdentityEmail(context.pool, user.id, changes.email as string);
	}
	if (body.email_confirm === true && !isConfirmed(user))
		user = await confirmEmail(context.pool, user);
	if (passwordChanged) await deleteSessions(context.pool, user.id, 'global', null);
	return { status: 200, body: await userJson(context.pool, user) };
}

async function deleteUser(context: AuthContext, request: Request, id: string): Promise<Reply> {
	const user = await loadUser(context.pool, id);
	if (request.body.should_soft_delete === true) {
		// Simplified soft delete: the row stays for foreign keys, but nothing can sign in with it.
		await context.pool.query('delete from auth.sessions where user_id = $1', [user.id]);
		await context.pool.query('delete from auth.identities where user_id = $1', [user.id]);
		await updateUser(context.pool, user.id, {
			email: null,
			phone: null,
			encrypted_password: '',
			raw_user_meta_data: {},
			deleted_at: new Date()
		});
	} else {
		await context.pool.query('delete from auth.users where id = $1', [user.id]);
	}
	return { status: 200, body: {} };
}

type LinkType =
	'signup' | 'invite' | 'magiclink' | 'recovery' | 'email_change_current' | 'email_change_new';

async function generateLink(context: AuthContext, request: Request): Promise<Reply> {
	const body = request.body;
	const type = body.type as LinkType;
	const email = normaliseEmail(body.email);
	const data = metadataOf(body.data, 'data');
	let user = await findUserByEmail(context.pool, email);
	let verificationType: string = type;
	let token: IssuedToken;
	switch (type) {
		case 'signup': {
			const password = checkPassword(body.password);
			if (user && isConfirmed(user)) throw emailExists();
			user ??= await insertUser(context.pool, { email, password, userMetadata: data });
			token = await issueEmailToken(context.pool, user, 'signup', false);
			break;
		}
		case 'invite':
			user = await inviteUser(context.pool, user, email, data);
			token = await issueEmailToken(context.pool, user, 'invite', false);
			break;
		case 'magiclink':
			if (!user) {
				user = await insertUser(context.pool, {
					email,
					password: randomPassword(),
					userMetadata: data
				});
				verificationType = 'signup';
				token = await issueEmailToken(context.pool, user, 'signup', false);
			} else {
				token = await issueEmailToken(context.pool, user, 'magiclink', false);
			}
			break;
		case 'recovery':
			if (!user) throw userNotFound();
			token = await issueEmailToken(context.pool, user, 'recovery', false);
			break;
		case 'email_change_current':
		case 'email_change_new': {
			if (!user) throw userNotFound();
			const newEmail = normaliseEmail(body.new_email);
			if (await findUserByEmail(context.pool, newEmail)) throw emailExists();
			const tokens = await issueEmailChangeTokens(context.pool, user, newEmail, false);
			token = type === 'email_change_current' ? tokens.current : tokens.next;
			verificationType = 'email_change';
			break;
		}
		default:
			throw validationFailed('Invalid email action link type requested');
	}
	const redirectTo = redirectTarget(context, request);
	const actionLink = new URL(`${externalUrl(context, request)}/verify`);
	actionLink.searchParams.set('token', token.hash);
	actionLink.searchParams.set('type', verificationType);
	actionLink.searchParams.set('redirect_to', redirectTo);
	const updated = await findUserById(context.pool, user.id);
	return {
		status: 200,
		body: {
			...(await userJson(context.pool, updated!)),
			action_link: actionLink.href,
			email_otp: token.otp,
			hashed_token: token.hash,
			verification_type: verificationType,
			redirect_to: redirectTo
		}
	};
}

/** `/admin/*` (path without the prefix): users and generate_link; all need an admin JWT. */
export async function admin(context: AuthContext, request: Request): Promise<Reply> {
	requireAdmin(context, request);
	const [, first, second, ...rest] = request.path.replace(/^\/admin/, '').split('/');
	if (first === 'generate_link' && !second && request.method === 'POST')
		return generateLink(context, request);
	if (first === 'users' && rest.length === 0) {
		if (!second) {
			if (request.method === 'GET') return listUsers(context, request);
			if (request.method === 'POST') return createUser(context, request);
		} else {
			if (request.method === 'GET')
				return {
					status: 200,
					body: await userJson(context.pool, await loadUser(context.pool, second))
				};
			if (request.method === 'PUT') return updateUserById(context, request, second);
			if (request.method === 'DELETE') return deleteUser(context, request, second);
		}
	}
	throw new AuthError(404, 'not_found', 'Not Found');
}
