import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files themselves, one per object version, under `<dataDir>/storage/objects/<version>`.
 * Keys never become file names, so no key can reach outside the folder.
 */
export type BlobStore = {
	/** Stores `data` under a new version id and returns it. */
	write(data: Buffer): Promise<string>;
	read(version: string): Promise<Buffer | null>;
	remove(version: string | null | undefined): Promise<void>;
};

const VERSION = /^[0-9a-f-]{36}$/;

export async function createBlobStore(dataDir: string): Promise<BlobStore> {
	const folder = join(dataDir, 'storage', 'objects');
	await mkdir(folder, { recursive: true, mode: 0o700 });
	const pathOf = (version: string) => {
		if (!VERSION.test(version)) throw new Error(`not a version id: ${version}`);
		return join(folder, version);
	};
	const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
	return {
		async write(data) {
			const version = randomUUID();
			await writeFile(pathOf(version), data, { mode: 0o600 });
			return version;
		},
		async read(version) {
			try {
				return await readFile(pathOf(version));
			} catch (error) {
				if (missing(error) || !VERSION.test(version)) return null;
				throw error;
			}
		},
		async remove(version) {
			if (version && VERSION.test(version)) await rm(pathOf(version), { force: true });
		}
	};
}
