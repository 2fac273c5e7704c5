// Scaffolding: English until the translation replaces this file.
export { dayFirst } from '../en/day-first';
