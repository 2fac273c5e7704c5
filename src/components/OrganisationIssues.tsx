import type { OrganisationIssue } from '../lib';
import { organisationIssueText } from '../i18n/messages';
import { useStrings } from './strings';

/** The engine's issues about an organisation, shown where they apply. */
export function OrganisationIssues({ issues }: { issues: readonly OrganisationIssue[] }) {
  const messages = useStrings('organisationIssues');
  if (issues.length === 0) return null;
  return (
    <ul class="issues">
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`} class={`issue ${issue.severity}`} data-issue={issue.code}>
          {organisationIssueText(messages, issue)}
        </li>
      ))}
    </ul>
  );
}
