// Scaffolding: English until the translation replaces this file.
export { page } from '../en/page';
