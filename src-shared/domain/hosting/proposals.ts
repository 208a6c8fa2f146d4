/** Small helpers the hosting types' proposals share. */
import type { FeasibilityReason } from '../results';

/** A rule for or against a proposal. */
export const rule = (name: string, message: string, detail?: string): FeasibilityReason =>
  detail ? { rule: name, message, detail } : { rule: name, message };

/** A rule from the expert notes the recommender follows; the source goes in the detail, not the words. */
export const notesRule = (name: string, message: string): FeasibilityReason => rule(name, message, 'expert notes');
