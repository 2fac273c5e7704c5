import Outlook from '../../components/Outlook';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/en/common';
import { outlook } from '../../i18n/en/outlook';

/** The outlook island (the featured price change, the next 12 months) in English. */
export default withStrings(Outlook, { locale: 'en', common, outlook });
