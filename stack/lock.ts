import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from './processes.ts';

export class StackBusyError extends Error {}

/**
 * One stack per data folder. A lock left by a process that no longer runs is stale: it is taken
 * over, and `onStale` cleans up whatever that process left running.
 */
export async function acquireLock(
	dataDir: string,
	onStale: () => Promise<void>
): Promise<() => Promise<void>> {
	const file = join(dataDir, 'stack.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const handle = await open(file, 'wx');
			await handle.writeFile(String(process.pid));
			await handle.close();
			return () => rm(file, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const owner = Number(await readFile(file, 'utf8').catch(() => '0'));
		if (owner > 0 && owner !== process.pid && isProcessAlive(owner, 'node')) {
			throw new StackBusyError(
				`Another local stack (pid ${owner}) is using ${dataDir}. Stop it first (Ctrl-C in its terminal or kill ${owner}).`
			);
		}
		await onStale();
		await rm(file, { force: true });
	}
	throw new StackBusyError(`Could not lock ${dataDir}`);
}
