/**
 * The licence of the open data exports, in one place so that an installation can change it.
 * German public bodies publish open data under the Datenlizenz Deutschland (GovData); its
 * attribution variant lets anyone reuse the directory as long as they name the source.
 */
export const OPEN_DATA_LICENCE = {
	/** The identifier GovData and DCAT-AP.de use. */
	id: 'dl-de/by-2-0',
	name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
	url: 'https://www.govdata.de/dl-de/by-2-0',
	/** The source to name when reusing the data. */
	attribution: 'Bündnisatlas Kassel'
} as const;

export type OpenDataLicence = typeof OPEN_DATA_LICENCE;

/** The licence as an HTTP Link header (RFC 8288), for exports that have no place for it inside. */
export function licenceLinkHeader(licence: OpenDataLicence = OPEN_DATA_LICENCE): string {
	return `<${licence.url}>; rel="license"`;
}
