import { readFileSync } from 'node:fs';

/** Whether a process with this pid exists and its command line contains `nameHint`. */
export function isProcessAlive(pid: number, nameHint?: string): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		// EPERM means it exists but belongs to another user (postgres runs as `postgres`).
		if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	if (!nameHint) return true;
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(nameHint);
	} catch {
		// No /proc (not Linux): trust the signal check.
		return true;
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `signal`, waits up to `graceMs`, then SIGKILL. Resolves once the process is gone. */
export async function terminate(
	pid: number,
	signal: NodeJS.Signals = 'SIGTERM',
	graceMs = 10_000
): Promise<void> {
	try {
		process.kill(pid, signal);
	} catch {
		return;
	}
	const deadline = Date.now() + graceMs;
	while (Date.now() < deadline) {
		if (!isProcessAlive(pid)) return;
		await sleep(50);
	}
	try {
		process.kill(pid, 'SIGKILL');
	} catch {
		// already gone
	}
}
