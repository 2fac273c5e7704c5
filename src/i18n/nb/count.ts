// Scaffolding: English until the translation replaces this file.
export { count, plural, wholeMoney } from '../en/count';
