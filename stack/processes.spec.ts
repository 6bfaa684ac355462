import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { supervise, type Running } from './processes.ts';

/** A stand-in child: it runs until the test crashes it or the supervisor stops it. */
function fakeChild(pid: number) {
	let end!: (how: string) => void;
	const exited = new Promise<string>((resolve) => (end = resolve));
	const child = {
		stopped: false,
		running: {
			pid,
			exited,
			async stop() {
				child.stopped = true;
				end('stopped');
			}
		} satisfies Running,
		crash: (how = 'signal SIGKILL') => end(how)
	};
	return child;
}

function setup(options: { failingStarts?: number } = {}) {
	const children = [fakeChild(100)];
	const messages: string[] = [];
	let failingStarts = options.failingStarts ?? 0;
	const start = vi.fn(async () => {
		if (failingStarts-- > 0) throw new Error('port 3000 is taken\nmore detail');
		const child = fakeChild(100 + children.length);
		children.push(child);
		return child.running;
	});
	const shutdown = new AbortController();
	const supervisor = supervise('Demo', children[0]!.running, start, {
		log: (message) => messages.push(message),
		backoff: { initialMs: 100, maxMs: 400, stableMs: 10_000 },
		shutdown: shutdown.signal
	});
	return { children, messages, start, shutdown, supervisor, latest: () => children.at(-1)! };
}

describe('supervise', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('1. restarts a crashed child after the backoff and logs the restart', async () => {
		const { children, messages, start, supervisor } = setup();
		children[0]!.crash();
		await vi.advanceTimersByTimeAsync(99);
		expect(start).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(start).toHaveBeenCalledTimes(1);
		expect(supervisor.pid).toBe(101);
		expect(supervisor.restarts).toBe(1);
		expect(messages).toEqual([
			'Demo ended (signal SIGKILL); restarting it (restart 1, after 100 ms)',
			'Demo is running again (pid 101)'
		]);
		await supervisor.stop();
	});

	it('2. doubles the wait after each quick crash, up to the cap', async () => {
		const { messages, supervisor, latest } = setup();
		for (let crash = 0; crash < 5; crash++) {
			latest().crash();
			await vi.advanceTimersByTimeAsync(400);
		}
		expect(supervisor.restarts).toBe(5);
		expect(messages.filter((message) => message.includes('restarting'))).toEqual(
			[100, 200, 400, 400, 400].map(
				(ms, index) =>
					`Demo ended (signal SIGKILL); restarting it (restart ${index + 1}, after ${ms} ms)`
			)
		);
		await supervisor.stop();
	});

	it('3. waits the shortest time again once the child has run stably', async () => {
		const { messages, supervisor, latest } = setup();
		for (let crash = 0; crash < 3; crash++) {
			latest().crash();
			await vi.advanceTimersByTimeAsync(400);
		}
		await vi.advanceTimersByTimeAsync(10_000);
		latest().crash('code 1');
		await vi.advanceTimersByTimeAsync(100);
		expect(supervisor.restarts).toBe(4);
		expect(messages.at(-2)).toBe('Demo ended (code 1); restarting it (restart 4, after 100 ms)');
		await supervisor.stop();
	});

	it('4. retries a start that fails, ever less often, and names the reason', async () => {
		const { children, messages, supervisor } = setup({ failingStarts: 2 });
		children[0]!.crash();
		await vi.advanceTimersByTimeAsync(100 + 200 + 400);
		expect(supervisor.restarts).toBe(3);
		expect(supervisor.pid).toBe(101);
		expect(messages).toEqual([
			'Demo ended (signal SIGKILL); restarting it (restart 1, after 100 ms)',
			'Demo ended (could not start: port 3000 is taken); restarting it (restart 2, after 200 ms)',
			'Demo ended (could not start: port 3000 is taken); restarting it (restart 3, after 400 ms)',
			'Demo is running again (pid 101)'
		]);
		await supervisor.stop();
	});

	it('5. stop() stops the child and restarts nothing, even during a pending restart', async () => {
		const { children, start, supervisor } = setup();
		children[0]!.crash();
		await vi.advanceTimersByTimeAsync(50);
		await supervisor.stop();
		await vi.advanceTimersByTimeAsync(10_000);
		expect(start).not.toHaveBeenCalled();
		expect(supervisor.pid).toBeUndefined();
	});

	it('6. a stack shutting down restarts nothing that dies meanwhile, and stop() still ends the rest', async () => {
		const { children, start, shutdown, supervisor } = setup();
		shutdown.abort();
		children[0]!.crash('signal SIGINT');
		await vi.advanceTimersByTimeAsync(10_000);
		expect(start).not.toHaveBeenCalled();
		await supervisor.stop();

		const running = setup();
		running.shutdown.abort();
		await running.supervisor.stop();
		expect(running.children[0]!.stopped).toBe(true);
		expect(running.start).not.toHaveBeenCalled();
	});

	it('7. a child that finishes starting after stop() is stopped at once', async () => {
		const children = [fakeChild(100)];
		let finishStart!: (running: Running) => void;
		const late = fakeChild(101);
		const supervisor = supervise(
			'Demo',
			children[0]!.running,
			() => new Promise<Running>((resolve) => (finishStart = resolve)),
			{ log: () => {}, backoff: { initialMs: 100 } }
		);
		children[0]!.crash();
		await vi.advanceTimersByTimeAsync(100);
		const stopped = supervisor.stop();
		finishStart(late.running);
		await stopped;
		expect(late.stopped).toBe(true);
	});
});
