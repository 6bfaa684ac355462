/** What a route answers: JSON, or bytes with their headers (downloads). */
export type Reply =
	| { status: number; json: unknown }
	| { status: number; headers: Record<string, string>; body: Buffer | null };
