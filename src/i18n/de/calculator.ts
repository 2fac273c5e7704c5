// Scaffolding: English until the translation replaces this file.
export { calculator } from '../en/calculator';
