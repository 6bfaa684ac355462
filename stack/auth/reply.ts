/** What a route answers: JSON with a status, or a 303 redirect (GET /verify). */
export type Reply =
	{ status: number; body?: unknown; headers?: Record<string, string> } | { redirect: string };
