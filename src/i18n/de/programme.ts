// Scaffolding: English until the translation replaces this file.
export { programme } from '../en/programme';
