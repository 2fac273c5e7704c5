/** The message an embedded calculator sends its parent page; public/embed.js accepts only this shape. */
export const HEIGHT_MESSAGE = 'npmcc:height';

/** Inside a frame, tells the parent page the content height whenever it changes. */
export function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Only a number leaves the frame, so any parent may read it: the target origin is not a secret.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}
