import type { Messages } from './de.ts';
import { directoryMessages } from './directory.ts';
import { mapMessages } from './map.ts';

// Texts not yet translated fall back to German (see translate.ts).
const core: Partial<Messages> = {};

export const tr: Partial<Messages> = { ...core, ...directoryMessages.tr, ...mapMessages.tr };
