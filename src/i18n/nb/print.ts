// Scaffolding: English until the translation replaces this file.
export { print } from '../en/print';
