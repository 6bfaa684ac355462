/**
 * Splits a SQL script into statements at top-level semicolons, as the Supabase CLI does before it
 * records a migration's `statements`. Quotes, quoted identifiers, dollar-quoted bodies and
 * comments are kept intact; empty statements are dropped.
 */
export function splitStatements(sql: string): string[] {
	const statements: string[] = [];
	let start = 0;
	let i = 0;
	const push = (end: number) => {
		const statement = sql.slice(start, end).trim();
		if (statement && !isOnlyComments(statement)) statements.push(statement);
	};
	while (i < sql.length) {
		const char = sql[i];
		const next = sql[i + 1];
		if (char === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			i = end === -1 ? sql.length : end + 1;
		} else if (char === '/' && next === '*') {
			i = skipBlockComment(sql, i);
		} else if (char === "'" || char === '"') {
			i = skipQuoted(sql, i, char);
		} else if (char === '$') {
			const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))?.[0];
			if (tag) {
				const end = sql.indexOf(tag, i + tag.length);
				i = end === -1 ? sql.length : end + tag.length;
			} else {
				i++;
			}
		} else if (char === ';') {
			push(i + 1);
			start = i + 1;
			i++;
		} else {
			i++;
		}
	}
	push(sql.length);
	return statements;
}

function skipQuoted(sql: string, from: number, quote: string): number {
	let i = from + 1;
	while (i < sql.length) {
		if (sql[i] === quote) {
			// A doubled quote is an escaped quote inside the literal.
			if (sql[i + 1] === quote) i += 2;
			else return i + 1;
		} else {
			i++;
		}
	}
	return i;
}

/** Block comments nest in PostgreSQL. */
function skipBlockComment(sql: string, from: number): number {
	let depth = 0;
	let i = from;
	while (i < sql.length) {
		if (sql[i] === '/' && sql[i + 1] === '*') {
			depth++;
			i += 2;
		} else if (sql[i] === '*' && sql[i + 1] === '/') {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else {
			i++;
		}
	}
	return i;
}

function isOnlyComments(statement: string): boolean {
	const stripped = statement
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/--[^\n]*/g, '')
		.replace(/;/g, '')
		.trim();
	return stripped === '';
}
