import { zod4Client } from 'sveltekit-superforms/adapters';

/**
 * Superforms' options for a signed-in area's form that the browser checks with the server's own
 * schema (the server checks again). Checked on submit, not on leaving a field: an error
 * appearing on blur pushed the button away from under the pointer between press and release, so
 * the first click did not submit (seen on the office's invite forms). This module brings zod
 * along, so ESLint keeps it off public pages.
 */
export function checkedOnSubmit<S extends Parameters<typeof zod4Client>[0]>(schema: S) {
	return { validators: zod4Client(schema), validationMethod: 'submit-only' as const };
}
