import Calculator from '../../components/Calculator';
import { withStrings } from '../../components/strings';
import { calculator } from '../../i18n/nb/calculator';
import { common } from '../../i18n/nb/common';
import { issues } from '../../i18n/nb/issues';
import { organisation, organisationIssues } from '../../i18n/nb/organisation';
import { scenarios } from '../../i18n/nb/scenarios';

/** The calculator island in Norwegian bokmål; the words of notices, input errors, the advisor and the print summary load when needed. */
export default withStrings(Calculator, {
  locale: 'nb',
  common,
  calculator,
  issues,
  organisation,
  organisationIssues,
  scenarios,
  later: {
    notices: () => import('../../i18n/nb/notices'),
    errors: () => import('../../i18n/nb/errors'),
    working: () => import('../../i18n/nb/working'),
    csv: () => import('../../i18n/nb/csv'),
    advisor: () => import('../../i18n/nb/advisor'),
    print: () => import('../../i18n/nb/print'),
    estimates: () => import('../../i18n/nb/estimates'),
    scenarioBar: () => import('../../i18n/nb/scenario-bar'),
    comparison: () => import('../../i18n/nb/comparison'),
    rate: () => import('../../i18n/nb/rate'),
  },
});
