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

/** A started child as its supervisor sees it. */
export type Running = {
	pid: number | undefined;
	/** Resolves once the process has ended, with a short description of how (code, signal). */
	exited: Promise<string>;
	/** Ends it on purpose; resolves once it is gone. */
	stop(): Promise<void>;
};

/**
 * How long to wait before a restart: `initialMs`, doubled after every restart up to `maxMs`, and
 * back to `initialMs` once a child has run for `stableMs` without crashing. A child that dies at
 * once (a port taken, a broken configuration) is then retried ever less often instead of in a
 * tight loop, while a crash after a quiet week is repaired at once.
 */
export type Backoff = { initialMs: number; maxMs: number; stableMs: number };

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 30_000, stableMs: 60_000 };

export type Supervisor = {
	/** The running process's id, or undefined while it is down. */
	readonly pid: number | undefined;
	/** How many times the child has been started again. */
	readonly restarts: number;
	/** Stops the child and restarts nothing any more. */
	stop(): Promise<void>;
};

/** Waits `ms`, or less if `signal` aborts first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal.aborted) return resolve();
		const done = () => {
			clearTimeout(timer);
			signal.removeEventListener('abort', done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		signal.addEventListener('abort', done);
	});
}

/**
 * Keeps a child process running: when `first` (or a later incarnation) ends without being asked
 * to, `start` runs again after a backoff, and every restart is logged. Nothing is restarted once
 * `shutdown` has aborted or `stop()` was called: a stack that is shutting down (Ctrl-C reaches its
 * children as well as itself) must not bring them back.
 */
export function supervise(
	name: string,
	first: Running,
	start: () => Promise<Running>,
	options: { log: (message: string) => void; backoff?: Partial<Backoff>; shutdown?: AbortSignal }
): Supervisor {
	const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
	const stopping = new AbortController();
	const halted = () => stopping.signal.aborted;
	if (options.shutdown?.aborted) stopping.abort();
	options.shutdown?.addEventListener('abort', () => stopping.abort(), { once: true });
	let current: Running | null = first;
	let restarts = 0;
	let delay = backoff.initialMs;

	const watch = async () => {
		while (current) {
			const runningSince = Date.now();
			let reason = await current.exited;
			current = null;
			if (halted()) return;
			if (Date.now() - runningSince >= backoff.stableMs) delay = backoff.initialMs;
			while (!current) {
				const waited = delay;
				await pause(waited, stopping.signal);
				if (halted()) return;
				delay = Math.min(delay * 2, backoff.maxMs);
				restarts += 1;
				options.log(
					`${name} ended (${reason}); restarting it (restart ${restarts}, after ${waited} ms)`
				);
				try {
					current = await start();
				} catch (error) {
					reason = `could not start: ${(error as Error).message.split('\n')[0]}`;
					continue;
				}
				if (halted()) {
					await current.stop();
					return;
				}
				options.log(`${name} is running again (pid ${current.pid})`);
			}
		}
	};
	const watching = watch();

	return {
		get pid() {
			return current?.pid;
		},
		get restarts() {
			return restarts;
		},
		async stop() {
			stopping.abort();
			await current?.stop();
			await watching;
		}
	};
}
