import EmbedSection from '../../components/EmbedSection';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/nb/common';

/** "Embed this calculator" in Norwegian bokmål; the panel's strings load when someone opens it. */
export default withStrings(EmbedSection, {
  locale: 'nb',
  common,
  later: { embed: () => import('../../i18n/nb/embed') },
});
