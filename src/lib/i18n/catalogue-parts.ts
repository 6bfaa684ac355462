/**
 * The message catalogue in two parts: what public pages show, and the rest, which only the
 * signed-in areas (portal, office, sign-in and invitation pages) and mails need. A phone looking
 * for counselling fetches the public part, under half the texts; a page of a signed-in area
 * fetches all. The split is by a key's first segment; catalogue-parts.spec.ts reads the public
 * pages and everything they import, and fails when one of them uses a key left out here.
 */
export const SIGNED_IN_AREAS: ReadonlySet<string> = new Set([
	'entry',
	'grantsOffice',
	'portal',
	'places',
	'reports',
	'invitation',
	'invite',
	'calendar',
	'reminder',
	'office',
	'officeRequests',
	'officeNetworks',
	'officeOrgs',
	'officeEntry',
	'officeDesk',
	'documents',
	'joinMail',
	'staffRole',
	'memberRole'
]);

export type CataloguePart = 'public' | 'all';

/** Whether a text belongs to the signed-in areas only. */
export function isSignedInKey(key: string): boolean {
	return SIGNED_IN_AREAS.has(key.slice(0, key.indexOf('.')));
}

/**
 * The part a page needs: the public pages, the embed widget and the error page of an unknown
 * address (no route) the public one, every other page all texts.
 */
export function cataloguePartFor(routeId: string | null): CataloguePart {
	return routeId === null || routeId.startsWith('/(public)') || routeId.startsWith('/embed')
		? 'public'
		: 'all';
}
