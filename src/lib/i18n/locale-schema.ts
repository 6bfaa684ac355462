import { z } from 'zod';
import { LOCALES } from './locales.ts';

/** A language the site speaks, as a URL or form parameter (server code: keeps zod out of components). */
export const localeSchema = z.enum(LOCALES);
