/*
 * Nonprofit Microsoft Cost Calculator: embed loader. Put a placeholder where the calculator goes,
 *   <div data-npmcc-embed="v=1&..." data-lang="nb"></div>
 * and include this script after it. `data-lang` picks the calculator's language: `en` (the default),
 * `nb` (Norwegian bokmål) or `de` (German); any other value gives English. Each placeholder becomes an iframe that takes the height the
 * calculator reports, accepting only messages from that very iframe and from the calculator's origin.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  var MIN = 100;
  var MAX = 20000;
  // The site's languages other than English, each with its pages under its own folder (src/i18n/locales.ts).
  var LANGS = ['nb', 'de'];

  /** The embed page for a placeholder's language: only a known language picks its folder. */
  function embedPath(lang) {
    return LANGS.indexOf(lang) === -1 ? '/embed/?' : '/' + lang + '/embed/?';
  }

  function mount(placeholder) {
    if (placeholder.hasAttribute('data-npmcc-mounted')) return;
    placeholder.setAttribute('data-npmcc-mounted', '');
    var frame = document.createElement('iframe');
    frame.src = origin + embedPath(placeholder.getAttribute('data-lang')) + (placeholder.getAttribute('data-npmcc-embed') || '');
    frame.title = placeholder.getAttribute('data-title') || 'Nonprofit Microsoft Cost Calculator';
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('allow', 'clipboard-write');
    // The least the calculator needs: its scripts and its own origin, the product picker (a form),
    // the "Powered by" link that opens the full calculator in a new, unsandboxed tab, the CSV export
    // (a download the user asks for) and the print dialog of "Print summary" (allow-modals; the
    // calculator opens no other dialog). Never top navigation: nothing in the frame may move the
    // partner's page.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals');
    // The calculator has no use for the address of the partner's page.
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.style.cssText = 'display:block;width:100%;border:0;height:900px';
    placeholder.appendChild(frame);

    window.addEventListener('message', function (event) {
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      var data = event.data;
      if (!data || data.type !== 'npmcc:height') return;
      // A number and nothing that merely converts to one ("1000", [640], "12e2").
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
      frame.style.height = Math.ceil(height) + 'px';
    });
  }

  function mountAll() {
    var placeholders = document.querySelectorAll('[data-npmcc-embed]');
    for (var i = 0; i < placeholders.length; i++) mount(placeholders[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
