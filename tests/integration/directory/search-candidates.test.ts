/**
 * The index-walking helpers of the directory search (20261202060000) return what their
 * definitions say, on the stack's data: small limits stand in for private.directory_rank_limit(),
 * so that "more matches than a page ranks" happens here without thousands of organisations.
 *   - private.directory_name_candidates: the published matches named with the query first, then
 *     the others, each by name, at most max_rows;
 *   - private.directory_text_matches: every published match when there are fewer than max_rows,
 *     otherwise max_rows of them.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrganisation } from './fixtures.ts';

let client: pg.Client;
const tag = crypto.randomUUID().slice(0, 6);
/** Words of the query as private.directory_matches builds them (one word each here). */
const WORDS = ['beratung', 'verein', tag];
const LIMITS = [1, 2, 3, 5, 1000];

/** The query's arguments as private.directory_matches passes them, for one folded word. */
const ARGS = `to_tsquery('private.german_unaccent', quote_literal($1::text) || ':*'),
	array['%' || $1::text || '%'], '%' || $1::text || '%'`;
/** Every published match of the word (the documents' text or, as an infix, the names). */
const MATCHES = `
	select e.organisation_id, e.name_folded
	from private.directory_entries e
	join private.search_documents d on d.organisation_id = e.organisation_id
	where e.published
	  and (d.document @@ to_tsquery('private.german_unaccent', quote_literal($1::text) || ':*')
	    or d.names like '%' || $1::text || '%')`;

beforeAll(async () => {
	client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
	await client.connect();
	// Named with the word first, a match further inside the name, and a draft that must not count.
	await createOrganisation({ name: `${tag} Beratung Alpha` });
	await createOrganisation({ name: `${tag} Beratung Beta` });
	await createOrganisation({ name: `Zentrum ${tag}` });
	await createOrganisation({ name: `Aaa ${tag}` });
	await createOrganisation({ name: `${tag} Entwurf`, status: 'draft' });
});

afterAll(async () => {
	await client?.end();
});

describe('private.directory_name_candidates', () => {
	it.each(WORDS.flatMap((word) => LIMITS.map((limit) => [word, limit] as const)))(
		'%s, at most %i: named with the word first, then by name',
		async (word, limit) => {
			const expected = await client.query<{ organisation_id: string }>(
				`select m.organisation_id from (${MATCHES}) m
				 order by m.name_folded like $1::text || '%' desc, m.name_folded, m.organisation_id
				 limit $2`,
				[word, limit]
			);
			const { rows } = await client.query<{ ids: string[] }>(
				`select private.directory_name_candidates($1::text, ${ARGS}, $2) as ids`,
				[word, limit]
			);
			expect(rows[0]!.ids).toEqual(expected.rows.map((row) => row.organisation_id));
			expect(rows[0]!.ids.length).toBeGreaterThan(0);
		}
	);
});

describe('private.directory_text_matches', () => {
	it.each(WORDS.flatMap((word) => LIMITS.map((limit) => [word, limit] as const)))(
		'%s, at most %i: all matches when fewer, otherwise that many of them',
		async (word, limit) => {
			const all = (await client.query<{ organisation_id: string }>(MATCHES, [word])).rows.map(
				(row) => row.organisation_id
			);
			const { rows } = await client.query<{ ids: string[] }>(
				`select private.directory_text_matches(${ARGS}, $2) as ids`,
				[word, limit]
			);
			const ids = rows[0]!.ids;
			expect(all.length).toBeGreaterThan(0);
			if (all.length < limit) {
				expect([...ids].sort()).toEqual([...all].sort());
			} else {
				expect(ids).toHaveLength(limit);
				expect(all).toEqual(expect.arrayContaining(ids));
			}
		}
	);
});
