import AzurePlanner from '../../components/AzurePlanner';
import { withStrings } from '../../components/strings';
import { azure } from '../../i18n/nb/azure';
import { common } from '../../i18n/nb/common';

/** The Azure credit planner island in Norwegian bokmål; the words of input errors load when there are some. */
export default withStrings(AzurePlanner, {
  locale: 'nb',
  common,
  azure,
  later: { errors: () => import('../../i18n/nb/errors') },
});
