import type { QuoteIssue } from '../lib';
import { issueText } from '../i18n/messages';
import { useStrings } from './strings';

/** The engine's issues for one line, shown beside it. */
export function IssueList({ issues }: { issues: readonly QuoteIssue[] }) {
  const messages = useStrings('issues');
  if (issues.length === 0) return null;
  return (
    <ul class="issues">
      {issues.map((issue) => (
        <li key={issue.code} class={`issue ${issue.severity}`} data-issue={issue.code}>
          {issueText(messages, issue)}
        </li>
      ))}
    </ul>
  );
}
