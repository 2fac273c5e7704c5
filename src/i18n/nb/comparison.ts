// Scaffolding: English until the translation replaces this file.
export { comparison } from '../en/comparison';
