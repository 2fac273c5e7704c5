import Calculator from '../../components/Calculator';
import { withStrings } from '../../components/strings';
import { calculator } from '../../i18n/nb/calculator';
import { common } from '../../i18n/nb/common';
import { issues } from '../../i18n/nb/issues';
import { organisation, organisationIssues } from '../../i18n/nb/organisation';

/** The calculator island in Norwegian bokmål; the words of notices and input errors load when there are some. */
export default withStrings(Calculator, {
  locale: 'nb',
  common,
  calculator,
  issues,
  organisation,
  organisationIssues,
  later: {
    notices: () => import('../../i18n/nb/notices'),
    errors: () => import('../../i18n/nb/errors'),
    working: () => import('../../i18n/nb/working'),
    csv: () => import('../../i18n/nb/csv'),
    rate: () => import('../../i18n/nb/rate'),
  },
});
