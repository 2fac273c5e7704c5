import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';

/** "Embed this calculator", closed by default; its panel's code loads only when someone opens it. */
export function EmbedSection() {
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  return (
    <details
      class="panel embed-panel"
      onToggle={async (event) => {
        if (!event.currentTarget.open || Panel) return;
        const { EmbedPanel } = await import('./EmbedPanel');
        setPanel(() => EmbedPanel);
      }}
    >
      <summary>
        <h2>{t.embed.heading}</h2>
      </summary>
      {Panel && <Panel />}
    </details>
  );
}
