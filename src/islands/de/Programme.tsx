import Programme from '../../components/Programme';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/de/common';
import { programme } from '../../i18n/de/programme';

/** The programme-rules island (availability, the 85 % rule, TechSoup) in German. */
export default withStrings(Programme, { locale: 'de', common, programme });
