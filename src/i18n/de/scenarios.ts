// Scaffolding: English until the translation replaces this file.
export { scenarios } from '../en/scenarios';
