// Scaffolding: English until the translation replaces this file.
export { organisationIssues, organisation } from '../en/organisation';
