import { calendarMessages } from './calendar.ts';
import { callsMessages } from './calls.ts';
import { directoryMessages } from './directory.ts';
import { entryMessages } from './entry.ts';
import { entryServicesMessages } from './entry-services.ts';
import { grantsMessages } from './grants.ts';
import { grantsOfficeMessages } from './grants-office.ts';
import { inputMessages } from './input.ts';
import { invitationMessages } from './invitations.ts';
import { mapMessages } from './map.ts';
import { nearMessages } from './near.ts';
import { officeMessages } from './office.ts';
import { officeDirectoryMessages } from './office-directory.ts';
import { openDataMessages } from './open-data.ts';
import { openDataTableMessages } from './open-data-table.ts';
import { organisationMessages } from './organisation.ts';
import { reportsMessages } from './reports.ts';
import { portalGrantsMessages } from './portal-grants.ts';
import { placesMessages } from './places.ts';
import { portalMessages } from './portal.ts';
import { safetyMessages } from './safety.ts';
import { understandingMessages } from './understanding.ts';
import { uploadsMessages } from './uploads.ts';

/**
 * Every area's texts per locale. A new area is one import and one entry per locale here; the
 * locale files add the core texts.
 */
export const areaMessages = {
	de: {
		...directoryMessages.de,
		...inputMessages.de,
		...nearMessages.de,
		...openDataMessages.de,
		...openDataTableMessages.de,
		...organisationMessages.de,
		...mapMessages.de,
		...grantsMessages.de,
		...grantsOfficeMessages.de,
		...callsMessages.de,
		...safetyMessages.de,
		...understandingMessages.de,
		...reportsMessages.de,
		...calendarMessages.de,
		...portalGrantsMessages.de,
		...uploadsMessages.de,
		...entryMessages.de,
		...placesMessages.de,
		...entryServicesMessages.de,
		...officeMessages.de,
		...portalMessages.de,
		...invitationMessages.de,
		...officeDirectoryMessages.de
	},
	en: {
		...directoryMessages.en,
		...inputMessages.en,
		...nearMessages.en,
		...openDataMessages.en,
		...openDataTableMessages.en,
		...organisationMessages.en,
		...mapMessages.en,
		...grantsMessages.en,
		...grantsOfficeMessages.en,
		...callsMessages.en,
		...safetyMessages.en,
		...understandingMessages.en,
		...reportsMessages.en,
		...calendarMessages.en,
		...portalGrantsMessages.en,
		...uploadsMessages.en,
		...entryMessages.en,
		...placesMessages.en,
		...entryServicesMessages.en,
		...officeMessages.en,
		...portalMessages.en,
		...invitationMessages.en,
		...officeDirectoryMessages.en
	},
	tr: {
		...directoryMessages.tr,
		...inputMessages.tr,
		...nearMessages.tr,
		...openDataMessages.tr,
		...openDataTableMessages.tr,
		...organisationMessages.tr,
		...mapMessages.tr,
		...grantsMessages.tr,
		...grantsOfficeMessages.tr,
		...callsMessages.tr,
		...safetyMessages.tr,
		...understandingMessages.tr,
		...reportsMessages.tr,
		...calendarMessages.tr,
		...portalGrantsMessages.tr,
		...uploadsMessages.tr,
		...entryMessages.tr,
		...placesMessages.tr,
		...entryServicesMessages.tr,
		...officeMessages.tr,
		...portalMessages.tr,
		...invitationMessages.tr,
		...officeDirectoryMessages.tr
	},
	ar: {
		...directoryMessages.ar,
		...inputMessages.ar,
		...nearMessages.ar,
		...openDataMessages.ar,
		...openDataTableMessages.ar,
		...organisationMessages.ar,
		...mapMessages.ar,
		...grantsMessages.ar,
		...grantsOfficeMessages.ar,
		...callsMessages.ar,
		...safetyMessages.ar,
		...understandingMessages.ar,
		...reportsMessages.ar,
		...calendarMessages.ar,
		...portalGrantsMessages.ar,
		...uploadsMessages.ar,
		...entryMessages.ar,
		...placesMessages.ar,
		...entryServicesMessages.ar,
		...officeMessages.ar,
		...portalMessages.ar,
		...invitationMessages.ar,
		...officeDirectoryMessages.ar
	},
	uk: {
		...directoryMessages.uk,
		...inputMessages.uk,
		...nearMessages.uk,
		...openDataMessages.uk,
		...openDataTableMessages.uk,
		...organisationMessages.uk,
		...mapMessages.uk,
		...grantsMessages.uk,
		...grantsOfficeMessages.uk,
		...callsMessages.uk,
		...safetyMessages.uk,
		...understandingMessages.uk,
		...reportsMessages.uk,
		...calendarMessages.uk,
		...portalGrantsMessages.uk,
		...uploadsMessages.uk,
		...entryMessages.uk,
		...placesMessages.uk,
		...entryServicesMessages.uk,
		...officeMessages.uk,
		...portalMessages.uk,
		...invitationMessages.uk,
		...officeDirectoryMessages.uk
	}
};
