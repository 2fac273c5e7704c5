import AzurePlanner from '../../components/AzurePlanner';
import { withStrings } from '../../components/strings';
import { azure } from '../../i18n/en/azure';
import { common } from '../../i18n/en/common';

/** The Azure credit planner island in English; the words of input errors load when there are some. */
export default withStrings(AzurePlanner, {
  locale: 'en',
  common,
  azure,
  later: { errors: () => import('../../i18n/en/errors') },
});
