import Calculator from '../../components/Calculator';
import { withStrings } from '../../components/strings';
import { calculator } from '../../i18n/de/calculator';
import { common } from '../../i18n/de/common';
import { issues } from '../../i18n/de/issues';
import { organisation, organisationIssues } from '../../i18n/de/organisation';
import { scenarios } from '../../i18n/de/scenarios';

/** The calculator island in German; the words of notices, input errors, the advisor and the print summary load when needed. */
export default withStrings(Calculator, {
  locale: 'de',
  common,
  calculator,
  issues,
  organisation,
  organisationIssues,
  scenarios,
  later: {
    notices: () => import('../../i18n/de/notices'),
    errors: () => import('../../i18n/de/errors'),
    working: () => import('../../i18n/de/working'),
    csv: () => import('../../i18n/de/csv'),
    advisor: () => import('../../i18n/de/advisor'),
    print: () => import('../../i18n/de/print'),
    estimates: () => import('../../i18n/de/estimates'),
    scenarioBar: () => import('../../i18n/de/scenario-bar'),
    comparison: () => import('../../i18n/de/comparison'),
    rate: () => import('../../i18n/de/rate'),
  },
});
