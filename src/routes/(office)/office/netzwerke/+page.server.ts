import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import {
	networkCreateSchema,
	networkMemberRefSchema,
	networkMemberSchema,
	partnershipRefSchema,
	partnershipSchema
} from '$lib/domain/network-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import {
	addNetworkMember,
	addPartnership,
	createNetwork,
	loadNetworksDesk,
	removeNetworkMember,
	removePartnership
} from '$lib/server/office-networks';
import type { Actions, PageServerLoad } from './$types';
import { urlChoice } from '$lib/domain/url-params';

const NOTICES = ['created', 'added', 'removed', 'partnered', 'unpartnered'] as const;
type Notice = (typeof NOTICES)[number];

export const load = (async (event) => {
	await requireStaff(event);
	const [desk, createForm, memberForm, partnershipForm] = await Promise.all([
		loadNetworksDesk(event.locals.supabase),
		superValidate(formAdapter(networkCreateSchema), { id: 'create' }),
		superValidate(formAdapter(networkMemberSchema), { id: 'member' }),
		superValidate(formAdapter(partnershipSchema), { id: 'partnership' })
	]);
	return {
		...desk,
		createForm,
		memberForm,
		partnershipForm,
		notice: urlChoice(event.url.searchParams, 'done', NOTICES)
	};
}) satisfies PageServerLoad;

/**
 * One desk write: staff only (the policies check again), the form validated by its schema, then
 * back to the page with a notice, or the form with its errors or the refusal.
 */
async function write<S extends Parameters<typeof formAdapter>[0]>(
	event: RequestEvent,
	schema: S,
	id: string,
	run: (data: ReturnType<S['parse']>) => Promise<boolean>,
	notice: Notice
) {
	await requireStaff(event);
	const form = await superValidate(await readFormData(event), formAdapter(schema), { id });
	if (!form.valid) return fail(400, { form });
	if (!(await run(form.data as ReturnType<S['parse']>))) return fail(409, { form, refused: true });
	redirect(303, `/office/netzwerke?done=${notice}`);
}

export const actions = {
	create: (event) =>
		write(
			event,
			networkCreateSchema,
			'create',
			({ name }) => createNetwork(event.locals.supabase, name),
			'created'
		),
	addMember: (event) =>
		write(
			event,
			networkMemberSchema,
			'member',
			(member) => addNetworkMember(event.locals.supabase, member),
			'added'
		),
	removeMember: (event) =>
		write(
			event,
			networkMemberRefSchema,
			'removeMember',
			(member) => removeNetworkMember(event.locals.supabase, member),
			'removed'
		),
	addPartnership: (event) =>
		write(
			event,
			partnershipSchema,
			'partnership',
			(pair) => addPartnership(event.locals.supabase, pair),
			'partnered'
		),
	removePartnership: (event) =>
		write(
			event,
			partnershipRefSchema,
			'removePartnership',
			({ partnership }) => removePartnership(event.locals.supabase, partnership),
			'unpartnered'
		)
} satisfies Actions;
