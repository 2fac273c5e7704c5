import Calculator from '../../components/Calculator';
import { withStrings } from '../../components/strings';
import { calculator } from '../../i18n/de/calculator';
import { common } from '../../i18n/de/common';
import { issues } from '../../i18n/de/issues';
import { organisation, organisationIssues } from '../../i18n/de/organisation';

/** The calculator island in German; the words of notices and input errors load when there are some. */
export default withStrings(Calculator, {
  locale: 'de',
  common,
  calculator,
  issues,
  organisation,
  organisationIssues,
  later: {
    notices: () => import('../../i18n/de/notices'),
    errors: () => import('../../i18n/de/errors'),
    working: () => import('../../i18n/de/working'),
    csv: () => import('../../i18n/de/csv'),
    rate: () => import('../../i18n/de/rate'),
  },
});
