import type { SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { admin, anon, asUser, signedInUser, type Target } from '../auth/support.ts';

export type { Target };
export { admin, anon };

/**
 * A real Supabase project named by STORAGE_CONTRACT_* variables, or null. The project needs this
 * repository's migrations (the `logos` and `documents` buckets and their policies).
 */
export function remoteTarget(): Target | null {
	const {
		STORAGE_CONTRACT_URL: url,
		STORAGE_CONTRACT_ANON_KEY: anonKey,
		STORAGE_CONTRACT_SERVICE_ROLE_KEY: serviceRoleKey
	} = process.env;
	if (!url || !anonKey || !serviceRoleKey) return null;
	return { name: 'Supabase project', url, anonKey, serviceRoleKey, local: false };
}

export type Person = { id: string; token: string; client: SupabaseClient };

async function person(target: Target): Promise<Person> {
	const user = await signedInUser(target);
	return {
		id: user.id,
		token: user.session.access_token,
		client: asUser(target, user.session.access_token)
	};
}

/**
 * Everyone the stories need, made through the APIs alone (so that they run on a real project too):
 * two organisations with a member each, a member of no organisation, and an office staff member.
 */
export async function arrangePeople(target: Target) {
	const service = admin(target);
	const organisation = async (label: string) => {
		const { data, error } = await service
			.from('organisations')
			.insert({ name: `Storage ${label} ${randomUUID().slice(0, 8)}`, kind: 'initiative' })
			.select('id')
			.single();
		if (error) throw error;
		return data.id as string;
	};
	const [organisationA, organisationB] = await Promise.all([organisation('A'), organisation('B')]);
	const [memberA, memberB, stranger, staff] = await Promise.all([
		person(target),
		person(target),
		person(target),
		person(target)
	]);
	const { error: membersError } = await service.from('organisation_members').insert([
		{ organisation_id: organisationA, user_id: memberA.id, role: 'editor' },
		{ organisation_id: organisationB, user_id: memberB.id, role: 'owner' }
	]);
	if (membersError) throw membersError;
	const { error: staffError } = await service
		.from('staff')
		.insert({ user_id: staff.id, role: 'office_staff' });
	if (staffError) throw staffError;
	return { organisationA, organisationB, memberA, memberB, stranger, staff };
}

export type People = Awaited<ReturnType<typeof arrangePeople>>;

export const png = (...bytes: number[]) =>
	new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...bytes])], {
		type: 'image/png'
	});

export const pdf = (text = 'document') =>
	new Blob([`%PDF-1.4\n${text}\n%%EOF\n`], { type: 'application/pdf' });

export const uniqueName = (extension: string) => `${randomUUID().slice(0, 8)}.${extension}`;

/** The error shape supabase-js reports for a Storage error: HTTP 400 with the semantic status. */
export function expectStorageError(
	error: unknown,
	expected: { statusCode: string; code: string; message?: string | RegExp; status?: number[] }
) {
	expect(error, 'an error').toBeTruthy();
	const storageError = error as Error & { status: number; statusCode: string; code: string };
	expect(storageError.statusCode).toBe(expected.statusCode);
	expect(storageError.code).toBe(expected.code);
	expect(expected.status ?? [400]).toContain(storageError.status);
	if (typeof expected.message === 'string') expect(storageError.message).toBe(expected.message);
	else if (expected.message) expect(storageError.message).toMatch(expected.message);
}

/** A raw request to the Storage API, for routes and headers supabase-js does not reach. */
export async function storageFetch(
	target: Target,
	path: string,
	init: {
		method?: string;
		token?: string | null;
		body?: unknown;
		headers?: Record<string, string>;
	} = {}
) {
	const headers: Record<string, string> = { ...init.headers };
	if (init.token) headers.authorization = `Bearer ${init.token}`;
	if (init.body !== undefined) headers['content-type'] ??= 'application/json';
	const response = await fetch(`${target.url}/storage/v1${path}`, {
		method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
		headers,
		body:
			init.body === undefined || typeof init.body === 'string' || init.body instanceof Blob
				? (init.body as BodyInit | undefined)
				: JSON.stringify(init.body)
	});
	const text = await response.text();
	let json: Record<string, unknown> | null;
	try {
		json = text ? JSON.parse(text) : null;
	} catch {
		json = null;
	}
	return { status: response.status, headers: response.headers, json, text };
}

/** Removes what a test file uploaded (the service role may; SQL may not, as on Supabase). */
export async function removeAll(target: Target, bucket: string, keys: string[]) {
	if (keys.length) await admin(target).storage.from(bucket).remove(keys);
}
