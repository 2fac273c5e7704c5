// What the benchmarks call: bundled on its own by `npm run bench` (see engine.ts), imported as it is otherwise.
export { priceBook } from '../../src/data';
export { advise, organisationChanges, priceOrganisation, project, quote } from '../../src/lib/pricing';
export { planGrant, planOpen, suggestUnits } from '../../src/lib/azure';
