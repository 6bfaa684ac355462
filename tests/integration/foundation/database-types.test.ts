import { describe, expect, it } from 'vitest';
import { checkTypes } from '../../../stack/types.ts';
import { stackInfo } from '../../support/clients.ts';

describe('generated database types', () => {
	it('match the schema the migrations build (run `npm run db:types` after a migration)', async () => {
		expect(await checkTypes(stackInfo().dbUrl)).toBeNull();
	});
});
