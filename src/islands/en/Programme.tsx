import Programme from '../../components/Programme';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/en/common';
import { programme } from '../../i18n/en/programme';

/** The programme-rules island (availability, the 85 % rule, TechSoup) in English. */
export default withStrings(Programme, { locale: 'en', common, programme });
