import { describe, expect, it } from 'vitest';
import { splitStatements } from './sql-split.ts';

describe('splitStatements', () => {
	it('splits at top-level semicolons and trims', () => {
		expect(splitStatements('select 1;\n  select 2 ;\n')).toEqual(['select 1;', 'select 2 ;']);
	});

	it('keeps a statement without a final semicolon', () => {
		expect(splitStatements('select 1; select 2')).toEqual(['select 1;', 'select 2']);
	});

	it('does not split inside string literals, escaped quotes or quoted identifiers', () => {
		const sql = `insert into t values ('a;b', 'it''s; fine'); select "odd;name" from t;`;
		expect(splitStatements(sql)).toEqual([
			`insert into t values ('a;b', 'it''s; fine');`,
			'select "odd;name" from t;'
		]);
	});

	it('does not split inside dollar-quoted bodies, tagged or not', () => {
		const body = `create function f() returns int language plpgsql as $fn$ begin perform 1; return 2; end $fn$;`;
		const doBlock = `do $$ begin raise notice 'x;y'; end $$;`;
		expect(splitStatements(`${body}\n${doBlock}`)).toEqual([body, doBlock]);
	});

	it('ignores semicolons in line and nested block comments, and drops comment-only chunks', () => {
		const sql = `-- header; with a semicolon\nselect 1; /* outer /* inner; */ still; */ select 2;\n-- trailing;`;
		expect(splitStatements(sql)).toEqual([
			'-- header; with a semicolon\nselect 1;',
			'/* outer /* inner; */ still; */ select 2;'
		]);
	});

	it('treats a lone dollar sign (positional parameter) as ordinary text', () => {
		expect(splitStatements('prepare p as select $1; execute p(1);')).toEqual([
			'prepare p as select $1;',
			'execute p(1);'
		]);
	});
});
