// Scaffolding: English until the translation replaces this file.
export { scenarioBar } from '../en/scenario-bar';
