import EmbedSection from '../../components/EmbedSection';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/en/common';

/** "Embed this calculator" in English; the panel's strings load when someone opens it. */
export default withStrings(EmbedSection, {
  locale: 'en',
  common,
  later: { embed: () => import('../../i18n/en/embed') },
});
