import type { QuoteIssue } from '../lib';
import { t } from '../i18n';

/** The message of an issue in the page's language, built from its code and parameters. */
function issueText(issue: QuoteIssue): string {
  const message = t.issues[issue.code] as (params: QuoteIssue['params']) => string;
  return message(issue.params);
}

/** The engine's issues for one line, shown beside it. */
export function IssueList({ issues }: { issues: readonly QuoteIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul class="issues">
      {issues.map((issue) => (
        <li key={issue.code} class={`issue ${issue.severity}`} data-issue={issue.code}>
          {issueText(issue)}
        </li>
      ))}
    </ul>
  );
}
