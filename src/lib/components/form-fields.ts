import { tick } from 'svelte';
export { fieldError } from '$lib/domain/form-errors';

/**
 * Superforms' `onUpdated` for every form: after a refused submit focus moves to the first field in
 * error (or the form's message), so keyboard and screen-reader users learn what to fix without
 * searching. The page reloaded without JavaScript shows the same errors beside the fields.
 */
export async function focusFirstError({ form }: { form: { valid: boolean } }) {
	if (form.valid) return;
	await tick();
	document.querySelector<HTMLElement>('[aria-invalid="true"], .form-message')?.focus();
}
