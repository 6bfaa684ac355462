/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the search runs for each call of the bench's mix
 * (issue #13): the search is plpgsql, so the plans of the statements inside it are caught with
 * Postgres's auto_explain (nested statements, superuser session only). Timings on a busy machine
 * mostly measure the queue for a core; the shared-buffer counts and the plan shapes (an index
 * walk or a scan of every document) do not, so they are the evidence that travels.
 * Writes every plan to a text file and returns one summary line per call of the mix.
 */
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { SEARCH_MIX, searchCallSql } from './directory.ts';

export type ExplainedCall = {
	label: string;
	/** Shared buffers the whole call touched (hit + read), from its top-level plan. */
	buffers: number;
	/** The call's own duration as auto_explain measured it, instrumented (ms). */
	ms: number;
	/** Scans of whole tables inside the call ("Seq Scan on search_documents" …). */
	seqScans: string[];
};

const BUFFERS = /Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?/;

/** The plans of one call: auto_explain's LOG messages, in the order the statements ended. */
async function plansOf(client: pg.Client, sql: string, values: unknown[]): Promise<string[]> {
	const plans: string[] = [];
	const collect = (message: { message?: string }) => {
		if (message.message?.includes('plan:')) plans.push(message.message);
	};
	client.on('notice', collect);
	try {
		await client.query(sql, values);
	} finally {
		client.off('notice', collect);
	}
	return plans;
}

export async function explainSearchMix(
	superuserDbUrl: string,
	reportFile: string
): Promise<ExplainedCall[]> {
	const client = new pg.Client({ connectionString: superuserDbUrl });
	await client.connect();
	const calls: ExplainedCall[] = [];
	const report: string[] = [];
	try {
		await client.query(`load 'auto_explain'`);
		await client.query(`set auto_explain.log_nested_statements = on`);
		await client.query(`set auto_explain.log_analyze = on`);
		await client.query(`set auto_explain.log_buffers = on`);
		await client.query(`set auto_explain.log_min_duration = 0`);
		for (const { label, args } of SEARCH_MIX) {
			const { sql, values } = searchCallSql({ page_limit: 20, ...args });
			await client.query(`set client_min_messages = warning`);
			await client.query(sql, values); // warm: caches, dictionaries
			await client.query(`set client_min_messages = log`);
			const plans = await plansOf(client, sql, values);
			await client.query(`set client_min_messages = warning`);
			const top = plans.at(-1) ?? '';
			const buffers = top.match(BUFFERS);
			const seqScans = [
				...new Set(plans.flatMap((plan) => plan.match(/Seq Scan on \w+/g) ?? []))
			].sort();
			calls.push({
				label,
				buffers: Number(buffers?.[1] ?? 0) + Number(buffers?.[2] ?? 0),
				ms: Number(top.match(/duration: ([\d.]+) ms/)?.[1] ?? 0),
				seqScans
			});
			report.push(`===== ${label}\n${plans.join('\n\n')}\n`);
		}
	} finally {
		await client.end();
	}
	await writeFile(reportFile, report.join('\n'));
	return calls;
}
