// Scaffolding: English until the translation replaces this file.
export { estimates } from '../en/estimates';
