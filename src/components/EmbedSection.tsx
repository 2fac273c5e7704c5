import { useLater, useStrings } from './strings';
import { useLazyDetails } from './use-lazy';

/** "Embed this calculator", closed by default; its panel's code and strings load only when someone opens it (also before this island woke up). */
export default function EmbedSection() {
  const common = useStrings('common');
  const loadStrings = useLater('embed');
  const { details, onToggle, Panel } = useLazyDetails(async () => {
    const [{ EmbedPanel }, strings] = await Promise.all([import('./EmbedPanel'), loadStrings()]);
    return () => <EmbedPanel strings={strings} />;
  });

  return (
    <details ref={details} class="panel embed-panel" onToggle={onToggle}>
      <summary>
        <h2>{common.embedHeading}</h2>
      </summary>
      {Panel && <Panel />}
    </details>
  );
}
