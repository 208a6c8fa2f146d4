/** Small helpers the hosting types' proposals share. */
import type { FeasibilityReason } from '../results';

/** A rule for or against a proposal. */
export const rule = (name: string, message: string): FeasibilityReason => ({ rule: name, message });
