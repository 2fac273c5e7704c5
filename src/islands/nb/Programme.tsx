import Programme from '../../components/Programme';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/nb/common';
import { programme } from '../../i18n/nb/programme';

/** The programme-rules island (availability, the 85 % rule, TechSoup) in Norwegian bokmål. */
export default withStrings(Programme, { locale: 'nb', common, programme });
