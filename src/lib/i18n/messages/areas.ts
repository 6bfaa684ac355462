import { callsMessages } from './calls.ts';
import { directoryMessages } from './directory.ts';
import { grantsMessages } from './grants.ts';
import { grantsOfficeMessages } from './grants-office.ts';
import { inputMessages } from './input.ts';
import { mapMessages } from './map.ts';
import { nearMessages } from './near.ts';
import { openDataMessages } from './open-data.ts';
import { organisationMessages } from './organisation.ts';
import { safetyMessages } from './safety.ts';

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
		...organisationMessages.de,
		...mapMessages.de,
		...grantsMessages.de,
		...grantsOfficeMessages.de,
		...callsMessages.de,
		...safetyMessages.de
	},
	en: {
		...directoryMessages.en,
		...inputMessages.en,
		...nearMessages.en,
		...openDataMessages.en,
		...organisationMessages.en,
		...mapMessages.en,
		...grantsMessages.en,
		...grantsOfficeMessages.en,
		...callsMessages.en,
		...safetyMessages.en
	},
	tr: {
		...directoryMessages.tr,
		...inputMessages.tr,
		...nearMessages.tr,
		...openDataMessages.tr,
		...organisationMessages.tr,
		...mapMessages.tr,
		...grantsMessages.tr,
		...grantsOfficeMessages.tr,
		...callsMessages.tr,
		...safetyMessages.tr
	},
	ar: {
		...directoryMessages.ar,
		...inputMessages.ar,
		...nearMessages.ar,
		...openDataMessages.ar,
		...organisationMessages.ar,
		...mapMessages.ar,
		...grantsMessages.ar,
		...grantsOfficeMessages.ar,
		...callsMessages.ar,
		...safetyMessages.ar
	},
	uk: {
		...directoryMessages.uk,
		...inputMessages.uk,
		...nearMessages.uk,
		...openDataMessages.uk,
		...organisationMessages.uk,
		...mapMessages.uk,
		...grantsMessages.uk,
		...grantsOfficeMessages.uk,
		...callsMessages.uk,
		...safetyMessages.uk
	}
};
