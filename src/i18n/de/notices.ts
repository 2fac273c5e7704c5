// Scaffolding: English until the translation replaces this file.
export { notices } from '../en/notices';
