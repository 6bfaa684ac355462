import { describe, expect, it } from 'vitest';
import { draftChecklist, MIN_DESCRIPTION_LENGTH, type DraftFacts } from './draft-checklist';

const complete: DraftFacts = {
	name: 'Beratung Nord',
	description: 'Wir beraten Menschen, die Rassismus erleben, kostenlos und vertraulich.',
	services: 1,
	locations: 1,
	remoteServices: 0,
	contactWays: 1
};

describe('draftChecklist', () => {
	it('finds nothing missing in a complete draft', () => {
		const checklist = draftChecklist(complete);
		expect(checklist.complete).toBe(true);
		expect(checklist.missing).toEqual([]);
		expect(checklist.items.every((item) => item.done)).toBe(true);
	});

	it('lists everything an empty draft lacks, in the order the page shows it', () => {
		const checklist = draftChecklist({
			name: '  ',
			description: null,
			services: 0,
			locations: 0,
			remoteServices: 0,
			contactWays: 0
		});
		expect(checklist.complete).toBe(false);
		expect(checklist.missing).toEqual(['name', 'description', 'service', 'place', 'contact']);
	});

	it('asks for a description that says something', () => {
		const short = 'x'.repeat(MIN_DESCRIPTION_LENGTH - 1);
		expect(draftChecklist({ ...complete, description: short }).missing).toEqual(['description']);
		const enough = ` ${'x'.repeat(MIN_DESCRIPTION_LENGTH)} `;
		expect(draftChecklist({ ...complete, description: enough }).complete).toBe(true);
	});

	it('accepts a service offered by phone or online instead of a place', () => {
		const online = { ...complete, locations: 0, remoteServices: 1 };
		expect(draftChecklist(online).complete).toBe(true);
		expect(draftChecklist({ ...online, remoteServices: 0 }).missing).toEqual(['place']);
	});

	it('needs at least one service and one way to get in touch', () => {
		expect(draftChecklist({ ...complete, services: 0 }).missing).toEqual(['service']);
		expect(draftChecklist({ ...complete, contactWays: 0 }).missing).toEqual(['contact']);
	});
});
