// Scaffolding: English until the translation replaces this file.
export { embed } from '../en/embed';
