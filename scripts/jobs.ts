/**
 * Runs background jobs once and exits: `npm run jobs:reminders` (see the README for cron);
 * `-- --now 2027-08-21T08:00:00Z` runs them as if it were then.
 *
 * Where it finds Supabase: PUBLIC_SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY (a real project),
 * otherwise the embedded stack in `.local/stack`: the running one, or started for this run.
 * Mail: SMTP_URL, otherwise the embedded stack's dev mailbox. Links in mails point at APP_URL
 * (or ORIGIN, as adapter-node reads it), signed with LINK_SECRET or a key derived from the
 * service-role key, the same the app derives (src/lib/server/jobs/signed-links.ts).
 */
import './lib-hooks.ts';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@supabase/supabase-js';
import { createMailer, devMailer, mailboxFolder } from '../src/lib/server/mail/transport.ts';
import type { Job, JobContext } from '../src/lib/server/jobs/job.ts';
import { linkSecretFrom } from '../src/lib/server/jobs/signed-links.ts';
import { DEFAULT_DATA_DIR, PROJECT_ROOT, runningStack, startStack } from '../stack/stack.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	// --now <ISO instant>: run as if it were then (the end-to-end story runs a day it sets).
	options: { 'data-dir': { type: 'string' }, now: { type: 'string' } }
});
const now = values.now === undefined ? new Date() : new Date(values.now);
if (Number.isNaN(now.getTime())) {
	console.error(`--now: not an instant: ${values.now}`);
	process.exit(2);
}
const lists: Record<string, () => Promise<Job[]>> = {
	reminders: async () => (await import('../src/lib/server/jobs/reminders.ts')).reminderJobs
};
const list = positionals[0] ?? '';
if (!lists[list]) {
	console.error(`usage: node scripts/jobs.ts <${Object.keys(lists).join('|')}>`);
	process.exit(2);
}
if (existsSync(join(PROJECT_ROOT, '.env'))) process.loadEnvFile(join(PROJECT_ROOT, '.env'));

type Backend = {
	url: string;
	serviceRoleKey: string;
	mailboxDir: string | null;
	stop(): Promise<void>;
};

async function backend(): Promise<Backend> {
	const { PUBLIC_SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: key } = process.env;
	if (url && key)
		return {
			url,
			serviceRoleKey: key,
			mailboxDir: process.env.DEV_MAILBOX_DIR ?? null,
			stop: async () => {}
		};
	if (url) throw new Error('PUBLIC_SUPABASE_URL is set but SUPABASE_SERVICE_ROLE_KEY is not.');
	const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
	const running = await runningStack(dataDir);
	if (running) {
		const secrets = JSON.parse(await readFile(join(dataDir, 'secrets.json'), 'utf8')) as {
			serviceRoleKey: string;
		};
		return {
			url: running.url,
			serviceRoleKey: secrets.serviceRoleKey,
			mailboxDir: mailboxFolder(dataDir),
			stop: async () => {}
		};
	}
	const stack = await startStack({ dataDir, log: (line) => console.log(`[stack] ${line}`) });
	return {
		url: stack.url,
		serviceRoleKey: stack.serviceRoleKey,
		mailboxDir: mailboxFolder(dataDir),
		stop: () => stack.stop()
	};
}

const supabase = await backend();
const mailer = process.env.SMTP_URL
	? createMailer({ dataDir: '', smtpUrl: process.env.SMTP_URL, from: process.env.SMTP_FROM })
	: supabase.mailboxDir
		? devMailer(supabase.mailboxDir, process.env.SMTP_FROM)
		: null;
let failed = false;
try {
	if (!mailer) throw new Error('Mail is not configured: set SMTP_URL.');
	const context: JobContext = {
		admin: createClient(supabase.url, supabase.serviceRoleKey, {
			auth: { persistSession: false, autoRefreshToken: false }
		}),
		mailer,
		appUrl: (process.env.APP_URL || process.env.ORIGIN || 'http://127.0.0.1:3000').replace(
			/\/$/,
			''
		),
		now,
		linkSecret: linkSecretFrom({
			...process.env,
			SUPABASE_SERVICE_ROLE_KEY: supabase.serviceRoleKey
		})
	};
	// One after another: a failing job is reported and the next still runs.
	for (const job of await lists[list]()) {
		try {
			const report = await job.run(context);
			console.log(JSON.stringify(report));
		} catch (error) {
			failed = true;
			console.error(`${job.name} failed: ${(error as Error).message}`);
		}
	}
} catch (error) {
	failed = true;
	console.error((error as Error).message);
} finally {
	mailer?.close();
	await supabase.stop();
}
process.exit(failed ? 1 : 0);
