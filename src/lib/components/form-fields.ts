import { tick } from 'svelte';
export { fieldError } from '$lib/domain/form-errors';

/**
 * Superforms' `onUpdated` for every form: after a refused submit focus moves to the first field in
 * error (or the form's message), so keyboard and screen-reader users learn what to fix without
 * searching. The page reloaded without JavaScript shows the same errors beside the fields.
 */
export async function focusFirstError({ form }: { form: { valid: boolean } }) {
	await focusWithin(form, document);
}

/**
 * The same for a page with several forms (the office desk invites to an organisation and to the
 * office): focus stays inside the form that was refused, in the browser's check or the server's.
 */
export function focusFirstErrorWithin(root: () => HTMLElement | undefined) {
	return async ({ form }: { form: { valid: boolean } }) => focusWithin(form, root());
}

async function focusWithin(form: { valid: boolean }, root: ParentNode | undefined) {
	if (form.valid || !root) return;
	await tick();
	root.querySelector<HTMLElement>('[aria-invalid="true"], .form-message')?.focus();
}
