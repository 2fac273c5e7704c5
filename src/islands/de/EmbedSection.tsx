import EmbedSection from '../../components/EmbedSection';
import { withStrings } from '../../components/strings';
import { common } from '../../i18n/de/common';

/** "Embed this calculator" in German; the panel's strings load when someone opens it. */
export default withStrings(EmbedSection, {
  locale: 'de',
  common,
  later: { embed: () => import('../../i18n/de/embed') },
});
