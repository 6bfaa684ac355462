import { enhance } from '$app/forms';
import { tick } from 'svelte';

/**
 * `use:enhance` for every form. After a refused submit the password fields are emptied, as they
 * are when the page reloads without JavaScript, and focus moves to the first field in error (or
 * the form's message), so keyboard and screen-reader users learn what to fix without searching.
 */
export function enhanceForm(form: HTMLFormElement) {
	return enhance(form, () => async ({ result, update }) => {
		await update();
		if (result.type !== 'failure') return;
		for (const input of form.querySelectorAll<HTMLInputElement>('input[type="password"]')) {
			input.value = '';
		}
		await tick();
		form.querySelector<HTMLElement>('[aria-invalid="true"], .form-message')?.focus();
	});
}
