/** A feed link as its owner sees it: never the token (shown once, at creation). */
export type FeedLink = {
	id: string;
	label: string | null;
	createdAt: string;
	revokedAt: string | null;
};

/** Feed tokens are 32 random bytes in base64url. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const feedPath = (token: string) => `/kalender/abo/${token}.ics`;
export const topicFeedPath = (topic: string) => `/kalender/thema/${topic}.ics`;

/** Stable UIDs: an updated feed replaces the event instead of adding another. */
export const obligationUid = (id: string) => `obligation-${id}@buendnisatlas`;
export const callUid = (id: string) => `call-${id}@buendnisatlas`;
