import net from 'node:net';

/** True when nothing listens on `port` at 127.0.0.1. */
export function isPortFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** A port the kernel just handed out as free on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * The preferred port when it is free; otherwise a free one, so that a second checkout or a
 * leftover process never stops the stack from starting. `onTaken` says which port moved.
 */
export async function preferredOrFreePort(
	preferred: number | undefined,
	onTaken: (port: number) => void
): Promise<number> {
	if (!preferred) return freePort();
	if (await isPortFree(preferred)) return preferred;
	onTaken(preferred);
	return freePort();
}
