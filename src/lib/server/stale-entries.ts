import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { monthsBefore, STALE_AFTER_MONTHS } from '$lib/domain/freshness';
import type { StaleEntry } from '$lib/domain/stale-entries';

/**
 * Published entries not confirmed for twelve months, the oldest first, with the last reminder
 * the job sent. Read with the staff member's client: RLS lets office staff see both.
 */
export async function listStaleEntries(
	supabase: SupabaseClient<Database>,
	now = new Date()
): Promise<StaleEntry[]> {
	const cutoff = monthsBefore(now, STALE_AFTER_MONTHS).toISOString();
	const { data, error } = await supabase
		.from('organisations')
		.select('id, name, slug, last_confirmed_at, reminder_claims (sent_at)')
		.eq('status', 'published')
		.or(`last_confirmed_at.is.null,last_confirmed_at.lt.${cutoff}`)
		.order('last_confirmed_at', { ascending: true, nullsFirst: true })
		.order('name');
	if (error) throw new Error(`could not list stale entries: ${error.message}`);
	return data.map((row) => ({
		id: row.id,
		name: row.name,
		slug: row.slug,
		lastConfirmedAt: row.last_confirmed_at,
		remindedAt:
			row.reminder_claims
				.map((claim) => claim.sent_at)
				.filter((sent): sent is string => sent !== null)
				.sort()
				.at(-1) ?? null
	}));
}
