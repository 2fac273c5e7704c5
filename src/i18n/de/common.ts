// Scaffolding: English until the translation replaces this file.
export { common } from '../en/common';
