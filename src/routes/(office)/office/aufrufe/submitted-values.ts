/** A call form's values after a refused submit: the checkbox lists kept whole. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const name of new Set(formData.keys())) {
		const all = formData.getAll(name).filter((value) => typeof value === 'string');
		values[name] = name === 'topics' || name === 'eligible' ? all : (all[0] ?? '');
	}
	return values;
}
