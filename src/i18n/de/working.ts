// Scaffolding: English until the translation replaces this file.
export { working } from '../en/working';
