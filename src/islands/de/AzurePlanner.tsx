import AzurePlanner from '../../components/AzurePlanner';
import { withStrings } from '../../components/strings';
import { azure } from '../../i18n/de/azure';
import { common } from '../../i18n/de/common';

/** The Azure credit planner island in German; the words of input errors load when there are some. */
export default withStrings(AzurePlanner, {
  locale: 'de',
  common,
  azure,
  later: { errors: () => import('../../i18n/de/errors') },
});
