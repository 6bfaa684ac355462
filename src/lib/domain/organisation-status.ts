import { Constants, type Database } from '$lib/database.types';

export type PublicationStatus = Database['public']['Enums']['publication_status'];
export const PUBLICATION_STATUSES = Constants.public.Enums.publication_status;

/** What the office does to an entry's status, and the status it leads to. */
export type StatusAction = 'publish' | 'archive' | 'restore';

const TARGET: Record<StatusAction, PublicationStatus> = {
	publish: 'published',
	archive: 'archived',
	restore: 'draft'
};

/**
 * The steps public.set_organisation_status allows, mirrored for the buttons the desk offers.
 * An archived entry comes back as a draft: it may be out of date, so it is checked before it is
 * published again. tests/integration/office/organisation-status.test.ts holds the two together.
 */
const ALLOWED: Record<PublicationStatus, StatusAction[]> = {
	draft: ['publish', 'archive'],
	published: ['archive'],
	archived: ['restore']
};

export const statusActions = (status: PublicationStatus): StatusAction[] => ALLOWED[status];

export const statusAfter = (action: StatusAction): PublicationStatus => TARGET[action];
