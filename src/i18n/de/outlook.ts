// Scaffolding: English until the translation replaces this file.
export { outlook } from '../en/outlook';
