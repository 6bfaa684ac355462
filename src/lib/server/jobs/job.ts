import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Mailer } from '../mail/transport';

/**
 * What a background job gets: everything from outside passed in, nothing read from `$env`, so
 * the same job runs from `npm run jobs:reminders` (cron), from tests and on a real project.
 */
export type JobContext = {
	/** A service-role client: jobs act for the system, and the history records them as such. */
	admin: SupabaseClient<Database>;
	mailer: Mailer;
	/** The app's public address, for links in mails (no trailing slash). */
	appUrl: string;
	/** The job's idea of now; tests pass a fixed instant. */
	now: Date;
	/** Secret for signing one-click links in mails (the app verifies them with the same secret). */
	linkSecret: string;
};

/** What a run did, printed by the command and asserted by tests. */
export type JobReport = { job: string; sent: number; skipped: number };

/**
 * A job must be idempotent and safe when two runs overlap: claim each unit of work in the
 * database (e.g. a unique row per reminder and period, inserted before the mail goes out) so a
 * second run finds nothing left to do.
 */
export type Job = { name: string; run(context: JobContext): Promise<JobReport> };
