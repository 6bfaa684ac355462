import { authErrorMessage } from '$lib/domain/auth-errors';
import type { PageServerLoad } from './$types';

export const load = (({ url }) => {
	return { message: authErrorMessage(url.searchParams.get('code')) };
}) satisfies PageServerLoad;
