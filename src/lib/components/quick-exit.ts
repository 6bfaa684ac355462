import { env } from '$env/dynamic/public';

/** A neutral page to flee to; configurable, because what looks harmless differs by place. */
export function quickExitUrl(): string {
	return env.PUBLIC_QUICK_EXIT_URL || 'https://www.wetteronline.de/';
}
