import Outlook from '../../components/Outlook';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/de/common';
import { outlook } from '../../i18n/de/outlook';

/** The outlook island (the featured price change, the next 12 months) in German. */
export default withStrings(Outlook, { locale: 'de', common, outlook });
