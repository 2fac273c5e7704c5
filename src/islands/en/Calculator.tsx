import Calculator from '../../components/Calculator';
import { withStrings } from '../../components/strings';
import { calculator } from '../../i18n/en/calculator';
import { common } from '../../i18n/en/common';
import { issues } from '../../i18n/en/issues';
import { organisation, organisationIssues } from '../../i18n/en/organisation';
import { scenarios } from '../../i18n/en/scenarios';

/** The calculator island in English; the words of notices, input errors, the advisor and the print summary load when needed. */
export default withStrings(Calculator, {
  locale: 'en',
  common,
  calculator,
  issues,
  organisation,
  organisationIssues,
  scenarios,
  later: {
    notices: () => import('../../i18n/en/notices'),
    errors: () => import('../../i18n/en/errors'),
    working: () => import('../../i18n/en/working'),
    csv: () => import('../../i18n/en/csv'),
    advisor: () => import('../../i18n/en/advisor'),
    print: () => import('../../i18n/en/print'),
    estimates: () => import('../../i18n/en/estimates'),
    scenarioBar: () => import('../../i18n/en/scenario-bar'),
    comparison: () => import('../../i18n/en/comparison'),
    rate: () => import('../../i18n/en/rate'),
  },
});
