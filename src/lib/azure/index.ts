/** The Azure planners: the nonprofit grant subscription, Azure in Open keys, and what the timeline marks. */
export { PLAN_MONTHS, SPEND_MONTHS, spendMonthStarts, spendVarying, withMonthSpend, type Spend } from './schedule';
export { planGrant, type GrantInput, type GrantMonth, type GrantPlan, type GrantRenewal } from './grant';
export { planOpen, type KeyOutcome, type OpenAlert, type OpenInput, type OpenMonth, type OpenPlan, type Suspension } from './open';
export { MAX_KEYS, MAX_UNITS, MIN_UNITS, checkKeys, keyDateProblem, lastActivation, parseUnits, unitsValue, type OpenKey } from './keys';
export { suggestUnits, type UnitSuggestion } from './suggest';
export { timelineMarks } from './timeline-marks';
