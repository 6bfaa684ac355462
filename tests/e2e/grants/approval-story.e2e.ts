import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, createOrganisation, mailsTo, signIn, sql } from '../support/accounts.ts';
import { pdfText } from '../support/pdf-text.ts';

/**
 * One story across the office's grant work (issue #12), each step on what the one before left:
 * staff approve an application with its Bescheid → its obligations appear in the deadline
 * calendar → the reminder job, run for a day a week before the Verwendungsnachweis, puts one mail
 * per due reminder in the dev mailbox, and a second run none → the report shows the funder's new
 * totals → the council-inquiry page prints to PDF (Chromium) with its figures and page numbers.
 */
const REQUESTED = 900_000;
const GRANTED = 876_543;
const OWN_FUNDS = 100_000;
/** The project runs March 2026 to February 2027; its Verwendungsnachweis is due six months on. */
const FINAL_REPORT_DUE = '2027-08-28';
/** 10:00 in Kassel a week before it: the 7-day reminder is due. */
const REMINDER_RUN = '2027-08-21T08:00:00Z';

async function arrange() {
	const suffix = crypto.randomUUID().slice(0, 8);
	const organisation = await createOrganisation('published');
	const member = await createAccount({
		label: 'story-member',
		memberOf: [{ organisationId: organisation.id, role: 'owner' }]
	});
	const [funder] = await sql<{ id: string }>(
		`insert into public.funders (name, level) values ($1, 'land') returning id`,
		[`E2E Geschichte Landesamt ${suffix}`]
	);
	const [call] = await sql<{ id: string }>(
		`with p as (insert into public.programmes (funder_id, name, financing_type)
		            values ($1, 'E2E Geschichte Programm', 'fehlbedarf') returning id)
		 insert into public.funding_calls (programme_id, title, deadline_at, published)
		 select id, 'E2E Geschichte Aufruf', now() + interval '30 days', true from p returning id`,
		[funder!.id]
	);
	const title = `Nachbarschaft verbindet ${suffix}`;
	const [application] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, funding_call_id, title, status, period_start,
		   period_end, total_cost_cents, requested_cents, own_funds_cents)
		 values ($1, $2, $3, 'submitted', '2026-03-01', '2027-02-28', $4, $5, $6) returning id`,
		[organisation.id, call!.id, title, REQUESTED + OWN_FUNDS, REQUESTED, OWN_FUNDS]
	);
	return { organisation, member, funderId: funder!.id, title, applicationId: application!.id };
}

async function signInAsStaff(page: Page, next: string) {
	const staff = await createAccount({ label: 'story-staff', staffRole: 'office_staff' });
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
	await signIn(page, staff.email, staff.password);
	// Sign-in hashes a password on a busy machine: allow it more than the default five seconds.
	await expect(page).toHaveURL(next, { timeout: 20_000 });
}

/** `npm run jobs:reminders` against this run's stack, as if it were `now`; its JSON reports. */
function runReminders(now: string): Array<{ job: string; sent: number }> {
	const run = spawnSync(process.execPath, ['scripts/jobs.ts', 'reminders', '--now', now], {
		encoding: 'utf8',
		env: {
			...process.env,
			PUBLIC_SUPABASE_URL: process.env.E2E_SUPABASE_URL,
			SUPABASE_SERVICE_ROLE_KEY: process.env.E2E_SERVICE_ROLE_KEY,
			DEV_MAILBOX_DIR: join(process.env.E2E_DATA_DIR!, 'mailbox'),
			APP_URL: process.env.E2E_BASE_URL,
			SMTP_URL: ''
		}
	});
	expect(run.status, run.stderr).toBe(0);
	return run.stdout
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as { job: string; sent: number });
}

/** Whole days from Kassel's date at `now` to a YYYY-MM-DD day (worked out here, not by the app). */
function daysFrom(now: string, day: string): number {
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
		new Date(now)
	);
	return (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
}

const euros = (cents: number) =>
	new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The inquiry's head figures for the current Berlin year, added up from the raw rows. */
async function inquiryFigures(year: number) {
	const [row] = await sql<{ granted: string; grants: string }>(
		`select coalesce(sum(a.granted_cents), 0)::text as granted,
		        count(*) filter (where d.outcome in ('approved', 'partly_approved'))::text as grants
		 from public.applications a
		 left join public.grant_decisions d on d.application_id = a.id
		 where extract(year from coalesce(
		   (select min(l.occurred_at) from public.application_activities l
		    where l.application_id = a.id and l.kind = 'status_changed'
		      and l.to_status in ('approved', 'partly_approved', 'rejected')),
		   a.created_at) at time zone 'Europe/Berlin') = $1`,
		[year]
	);
	return { granted: euros(Number(row!.granted)), grants: row!.grants };
}

test('approve → calendar → reminders once → report totals → council inquiry printed', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { organisation, member, funderId, title, applicationId } = await arrange();

	// 1. Staff record the Bescheid; the form moves the application to Bewilligt.
	await signInAsStaff(page, `/office/antraege/${applicationId}/bescheid?outcome=approved`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bescheid erfassen');
	await expect(page.getByLabel('Ergebnis')).toHaveValue('approved');
	await page.getByLabel('Datum', { exact: true }).fill('2026-02-20');
	await page.getByLabel('Bewilligter Betrag (Euro)').fill('8.765,43');
	await page.getByRole('button', { name: 'Bescheid speichern' }).click();
	await expect(page).toHaveURL(`/office/antraege/${applicationId}`);
	await expect(page.locator('.status')).toHaveText('Bewilligt');

	// 2. Its obligations are in the calendar: the Verwendungsnachweis on its day.
	await page.goto(`/office/kalender?month=2027-08&organisation=${organisation.id}`);
	const grid = page.getByRole('table', { name: 'August 2027' });
	const finalReport = grid.getByRole('link', { name: `Verwendungsnachweis: ${title}` });
	await expect(finalReport).toBeVisible();
	const day = grid
		.getByRole('cell')
		.filter({ has: page.getByRole('link', { name: `Verwendungsnachweis: ${title}` }) });
	await expect(day.locator('time')).toHaveAttribute('datetime', FINAL_REPORT_DUE);

	// 3. The reminder job a week before: one mail per due reminder to the organisation's member
	// (the application has no responsible staff member), none more on a second run.
	const open = await sql<{ due_on: string }>(
		`select to_char(due_on, 'YYYY-MM-DD') as due_on from public.obligations
		 where application_id = $1 and done_at is null`,
		[applicationId]
	);
	const due = open.filter(({ due_on }) => {
		const left = daysFrom(REMINDER_RUN, due_on);
		return left >= 0 && left <= 14;
	});
	expect(due.map(({ due_on }) => due_on)).toContain(FINAL_REPORT_DUE);
	const aboutThis = async () =>
		((await mailsTo(member.email)) as Array<{ subject: string; text: string }>).filter((mail) =>
			mail.text.includes(title)
		);
	expect(await aboutThis()).toEqual([]);
	const first = runReminders(REMINDER_RUN);
	expect(first.find((report) => report.job === 'deadline-reminders')?.sent).toBeGreaterThanOrEqual(
		due.length
	);
	await expect.poll(async () => (await aboutThis()).length).toBe(due.length);
	runReminders(REMINDER_RUN);
	expect(await aboutThis()).toHaveLength(due.length);

	// 4. The report of this funder shows the application with its new totals.
	await page.goto(`/office/berichte?funder=${funderId}`);
	const sums = page.getByRole('table', { name: 'Anträge' }).first().locator('tfoot tr');
	await expect(sums.getByRole('rowheader')).toHaveText('Summe');
	const rate = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
	await expect(sums.getByRole('cell')).toHaveText([
		'1',
		'1',
		'1',
		rate.format(1),
		euros(REQUESTED),
		euros(GRANTED),
		euros(0),
		euros(OWN_FUNDS),
		euros(0)
	]);

	// 5. The council inquiry for this year, printed by Chromium. Other tests approve applications
	// this year too: the page must show the figures of the raw rows just before or just after.
	const year = Number(
		new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date())
	);
	const before = await inquiryFigures(year);
	await page.goto(`/office/berichte/anfrage?from=${year}&to=${year}`);
	const figures = page.getByRole('table', { name: 'Kennzahlen' });
	const grantedRow = figures.getByRole('row', { name: /^Bewilligte Mittel/ });
	const grantsRow = figures.getByRole('row', { name: /^Bewilligte Anträge/ });
	// Columns: figure, number, amount.
	const shown = {
		granted: (await grantedRow.getByRole('cell').last().innerText()).trim(),
		grants: (await grantsRow.getByRole('cell').first().innerText()).trim()
	};
	const after = await inquiryFigures(year);
	expect([before, after]).toContainEqual(shown);

	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const text = pdfText(pdf).replace(/\s+/g, '');
	expect(text).toContain('AnfragedesStadtratsbeantworten');
	expect(text).toContain(shown.granted.replace(/\s+/g, ''));
	expect(text).toContain(`BewilligteAnträge${shown.grants}`);
	expect(text).toMatch(/Seite1\/\d/);
});
