// Scaffolding: English until the translation replaces this file.
export { advisor } from '../en/advisor';
