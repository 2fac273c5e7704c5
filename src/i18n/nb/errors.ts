// Scaffolding: English until the translation replaces this file.
export { errors } from '../en/errors';
