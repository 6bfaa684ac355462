/**
 * The JSON the search function builds, as zod schemas: the boundary check of
 * src/lib/server/directory.ts (in development and tests). Typed against the domain's shapes, so
 * that the two cannot drift apart.
 */
import { z } from 'zod';
import { Constants } from '$lib/database.types';
import type { PublicLocation, ServiceSummary } from './directory.ts';

const nullableText = z.string().nullable();
const nullableFlag = z.boolean().nullable();

/** A service as the search returns it (only the services that match the filters). */
export const serviceSummarySchema: z.ZodType<ServiceSummary> = z.object({
	id: z.string(),
	name: z.string(),
	free_of_charge: z.boolean(),
	anonymous_possible: z.boolean(),
	appointment_required: z.boolean(),
	interpreter_on_request: z.boolean(),
	access_modes: z.array(z.enum(Constants.public.Enums.access_mode)),
	online_only: z.boolean(),
	languages: z.array(z.string()),
	discrimination_grounds: z.array(z.string()),
	counselling_types: z.array(z.string()),
	life_areas: z.array(z.string())
});

/** A public location: already degraded by its visibility in the database (public_locations). */
export const publicLocationSchema: z.ZodType<PublicLocation> = z.object({
	id: z.string(),
	visibility: z.enum(Constants.public.Enums.location_visibility),
	name: nullableText,
	address_1: nullableText,
	address_2: nullableText,
	postal_code: nullableText,
	city: nullableText,
	district: nullableText,
	latitude: z.number().nullable(),
	longitude: z.number().nullable(),
	wheelchair_accessible: nullableFlag,
	accessible_toilet: nullableFlag,
	hearing_loop: nullableFlag,
	transportation: nullableText,
	distance_m: z.number().nullable(),
	open_now: z.boolean()
});

/** The JSON columns of one search_directory row. */
export const searchRowJsonSchema = z.object({
	services: z.array(serviceSummarySchema),
	locations: z.array(publicLocationSchema)
});
