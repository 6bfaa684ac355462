import { Constants } from '$lib/database.types';

/**
 * Database enums that pages list as choices. Kept apart from the form schemas (auth-forms.ts) so
 * that a page can offer the choices without the browser downloading zod.
 */
export const ORGANISATION_KINDS = Constants.public.Enums.organisation_kind;
export const MEMBER_ROLES = Constants.public.Enums.member_role;
export const STAFF_ROLES = Constants.public.Enums.staff_role;
export const OBLIGATION_KINDS = Constants.public.Enums.obligation_kind;
