import Outlook from '../../components/Outlook';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/nb/common';
import { outlook } from '../../i18n/nb/outlook';

/** The outlook island (the featured price change, the next 12 months) in Norwegian bokmål. */
export default withStrings(Outlook, { locale: 'nb', common, outlook });
