import { enhance } from '$app/forms';

/**
 * `use:enhance`, and after a refused submit the password fields are emptied, as they are when
 * the page reloads without JavaScript: a password is never shown back.
 */
export function enhanceForm(form: HTMLFormElement) {
	return enhance(form, () => async ({ result, update }) => {
		await update();
		if (result.type !== 'failure') return;
		for (const input of form.querySelectorAll<HTMLInputElement>('input[type="password"]')) {
			input.value = '';
		}
	});
}
