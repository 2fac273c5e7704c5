import { computed } from 'nanostores';
import { compareScenarios } from '../lib';
import { $laterEstimate, attempt } from './calculator';

/** Every scenario priced side by side, each difference against the first; only the comparison view reads it, so it loads with it. One frame after an edit (see later.ts). */
export const $comparison = computed($laterEstimate, (estimate) => attempt(() => compareScenarios(estimate.scenarios.map((s) => s.state))));
