/**
 * Third round of template families (written 2026-12-03 by a new hand): see the note on each.
 */
import type { Family } from '../kit';

export const families: Family[] = [];
