/** A published entry not confirmed for twelve months, as the office's stale-entries view lists it. */
export type StaleEntry = {
	id: string;
	name: string;
	slug: string;
	lastConfirmedAt: string | null;
	/** When the reminder job last wrote to its members, null when it has not (yet). */
	remindedAt: string | null;
};
