// Scaffolding: English until the translation replaces this file.
export { csv } from '../en/csv';
