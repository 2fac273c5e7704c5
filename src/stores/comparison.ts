import { computed } from 'nanostores';
import { compareScenarios } from '../lib';
import { $estimate, attempt } from './calculator';

/** Every scenario priced side by side, each difference against the first; only the comparison view reads it, so it loads with it. */
export const $comparison = computed($estimate, (estimate) => attempt(() => compareScenarios(estimate.scenarios.map((s) => s.state))));
