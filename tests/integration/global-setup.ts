import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../stack/stack.ts';
import { buildApp } from '../support/app-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		stack: {
			url: string;
			anonKey: string;
			serviceRoleKey: string;
			jwtSecret: string;
			forwardingSecret: string;
			dbUrl: string;
			superuserDbUrl: string;
			/** Where the stack keeps its data (Postgres, mailbox, stored files). */
			dataDir: string;
		};
	}
}

/**
 * One fresh embedded stack (with the demo seed) in a temporary folder for all integration tests,
 * and one production build of the current code for the tests that start an app server on it.
 */
export default async function setup(project: TestProject) {
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-it-'));
	const [stack] = await Promise.all([
		startStack({ dataDir, ephemeral: true, log: () => {} }),
		buildApp()
	]);
	project.provide('stack', {
		url: stack.url,
		anonKey: stack.anonKey,
		serviceRoleKey: stack.serviceRoleKey,
		jwtSecret: stack.jwtSecret,
		forwardingSecret: stack.forwardingSecret,
		dbUrl: stack.dbUrl,
		superuserDbUrl: stack.superuserDbUrl,
		dataDir: stack.dataDir
	});
	return async () => {
		await stack.stop();
		await rm(dataDir, { recursive: true, force: true });
	};
}
