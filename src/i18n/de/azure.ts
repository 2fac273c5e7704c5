// Scaffolding: English until the translation replaces this file.
export { azure } from '../en/azure';
