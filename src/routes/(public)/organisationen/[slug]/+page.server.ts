import { error } from '@sveltejs/kit';
import { loadOrganisationProfile } from '$lib/server/organisation-profile';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
	const profile = await loadOrganisationProfile(locals.supabase, params.slug, locals.locale);
	// Unknown, draft and archived slugs look alike: nothing says that a draft exists.
	if (!profile) error(404, { message: 'Not found' });
	return {
		profile,
		// The address to share: without ?lang, so each reader gets their own language.
		canonicalUrl: new URL(`/organisationen/${profile.slug}`, url.origin).href
	};
}) satisfies PageServerLoad;
