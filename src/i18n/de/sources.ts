// Scaffolding: English until the translation replaces this file.
export { sourceWords } from '../en/sources';
