import { zod4 } from 'sveltekit-superforms/adapters';
import type { z } from 'zod';

type ObjectSchema = z.ZodObject;
const adapters = new WeakMap<ObjectSchema, ReturnType<typeof zod4>>();

/**
 * The Superforms adapter for one of our schemas. Defaults come from what a form *sends* (the
 * schema's input side): a choice read as `string → enum` then starts empty, where the output
 * side would start it at the enum's first value and pass a form whose choice was never made.
 */
export function formAdapter<S extends ObjectSchema>(schema: S) {
	let adapter = adapters.get(schema);
	if (!adapter) {
		adapter = zod4(schema, { config: { io: 'input' } });
		adapters.set(schema, adapter);
	}
	return adapter as ReturnType<typeof zod4<S>>;
}
