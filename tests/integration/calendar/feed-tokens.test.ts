/**
 * Who manages which feed link, and what a token still opens, as numbered stories. The table keeps
 * only hashes; the feed function answers null for a token that is unknown, revoked, or whose
 * creator lost the right to see what it shows.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFeed, revokeFeed } from '../../../src/lib/server/calendar/feed-tokens.ts';
import { anonClient, sql, userClient } from '../../support/clients.ts';
import { createMember, createOrganisation, createStaff } from '../grants/fixtures.ts';

const feedOf = async (token: string) =>
	(await anonClient().rpc('calendar_feed', { token })).data as { scope: string } | null;

const hash = (token: string) => `\\x${createHash('sha256').update(token).digest('hex')}`;

describe('calendar feed links', () => {
	let organisationA: string;
	let organisationB: string;
	let staffId: string;
	let ownerOfA: string;
	let editorOfA: string;
	let memberOfB: string;

	beforeAll(async () => {
		organisationA = await createOrganisation('feeds A');
		organisationB = await createOrganisation('feeds B');
		staffId = await createStaff('office_staff');
		ownerOfA = await createMember(organisationA, 'owner');
		editorOfA = await createMember(organisationA, 'editor');
		memberOfB = await createMember(organisationB, 'owner');
	});

	it('1. a staff member makes their own feed; its token opens it and is stored only as a hash', async () => {
		const token = await createFeed(
			userClient(staffId),
			{ scope: 'person', userId: staffId },
			{ locale: 'de' }
		);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(await feedOf(token!)).toMatchObject({ scope: 'person' });
		const stored = await sql(
			`select token_hash::text as hash from public.calendar_feed_tokens where user_id = $1`,
			[staffId]
		);
		expect(stored).toEqual([{ hash: hash(token!) }]);
		expect(await feedOf(`${token!.slice(0, -1)}x`)).toBeNull();
	});

	it('2. nobody makes a person feed for someone else, and a member (not staff) none at all', async () => {
		const forOther = await userClient(staffId)
			.from('calendar_feed_tokens')
			.insert({ scope: 'person', user_id: ownerOfA, token_hash: hash(crypto.randomUUID()) });
		expect(forOther.error?.code).toBe('42501');
		expect(
			await createFeed(
				userClient(ownerOfA),
				{ scope: 'person', userId: ownerOfA },
				{ locale: 'de' }
			)
		).toBeNull();
	});

	it('3. members make their organisation’s feed; another organisation’s member can neither make, see nor revoke it', async () => {
		const token = await createFeed(
			userClient(ownerOfA),
			{ scope: 'organisation', organisationId: organisationA },
			{ locale: 'en', label: 'Outlook' }
		);
		expect(await feedOf(token!)).toMatchObject({ scope: 'organisation' });
		expect(
			await createFeed(
				userClient(memberOfB),
				{ scope: 'organisation', organisationId: organisationA },
				{ locale: 'de' }
			)
		).toBeNull();
		const seenByB = await userClient(memberOfB)
			.from('calendar_feed_tokens')
			.select('id')
			.eq('organisation_id', organisationA);
		expect(seenByB.data).toEqual([]);
		const [feed] = await sql<{ id: string }>(
			`select id from public.calendar_feed_tokens where organisation_id = $1`,
			[organisationA]
		);
		expect(
			await revokeFeed(
				userClient(memberOfB),
				{ scope: 'organisation', organisationId: organisationA },
				feed!.id
			)
		).toBe(false);
		expect(await feedOf(token!)).not.toBeNull();
	});

	it('4. another member of the organisation sees and revokes it; revoked, it opens nothing and stays revoked', async () => {
		const token = await createFeed(
			userClient(ownerOfA),
			{ scope: 'organisation', organisationId: organisationA },
			{ locale: 'de', label: 'zum Widerrufen' }
		);
		const editor = userClient(editorOfA);
		const { data } = await editor
			.from('calendar_feed_tokens')
			.select('id, label')
			.eq('label', 'zum Widerrufen');
		expect(data).toHaveLength(1);
		expect(
			await revokeFeed(
				editor,
				{ scope: 'organisation', organisationId: organisationA },
				data![0]!.id
			)
		).toBe(true);
		expect(await feedOf(token!)).toBeNull();
		await editor.from('calendar_feed_tokens').update({ revoked_at: null }).eq('id', data![0]!.id);
		expect(await feedOf(token!)).toBeNull();
		const [row] = await sql(
			`select revoked_at is not null as revoked from public.calendar_feed_tokens where id = $1`,
			[data![0]!.id]
		);
		expect(row).toEqual({ revoked: true });
	});

	it('5. a feed closes when its creator leaves the organisation or the office', async () => {
		const leaving = await createMember(organisationA, 'editor');
		const memberToken = await createFeed(
			userClient(leaving),
			{ scope: 'organisation', organisationId: organisationA },
			{ locale: 'de' }
		);
		expect(await feedOf(memberToken!)).not.toBeNull();
		await sql(`delete from public.organisation_members where user_id = $1`, [leaving]);
		expect(await feedOf(memberToken!)).toBeNull();

		const formerStaff = await createStaff('office_staff');
		const staffToken = await createFeed(
			userClient(formerStaff),
			{ scope: 'person', userId: formerStaff },
			{ locale: 'de' }
		);
		expect(await feedOf(staffToken!)).not.toBeNull();
		await sql(`delete from public.staff where user_id = $1`, [formerStaff]);
		expect(await feedOf(staffToken!)).toBeNull();
	});

	it('6. nobody deletes feed links or reads the reminder claims through the API', async () => {
		const removed = await userClient(ownerOfA)
			.from('calendar_feed_tokens')
			.delete()
			.eq('organisation_id', organisationA)
			.select('id');
		expect(removed.error?.code).toBe('42501');
		const claims = await userClient(staffId).from('deadline_reminder_claims').select('*');
		expect(claims.error?.code).toBe('42501');
	});
});
