// Scaffolding: English until the translation replaces this file.
export { issues } from '../en/issues';
