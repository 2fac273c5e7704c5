import { afterEach, describe, expect, test, vi } from 'vitest';

/** Loads the worker's module with the worker globals it uses stubbed; returns its message listener and the stubs. */
async function loadWorker() {
  let listener: ((event: MessageEvent<unknown>) => void) | undefined;
  const close = vi.fn();
  vi.stubGlobal('addEventListener', (type: string, handler: (event: MessageEvent<unknown>) => void) => {
    if (type === 'message') listener = handler;
  });
  vi.stubGlobal('close', close);
  const warm = vi.fn<(locale: string) => void>();
  vi.doMock('../../../src/i18n/warm-formatters', () => ({ warmFormatters: warm }));
  await import('../../../src/hydration/intl-worker');
  expect(listener).toBeDefined();
  return { send: (data: unknown) => listener!({ data } as MessageEvent<unknown>), close, warm };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../../src/i18n/warm-formatters');
  vi.resetModules();
});

describe('the Intl warm-up worker', () => {
  test('warms the formatters of the language it is sent, then ends', async () => {
    const worker = await loadWorker();
    worker.send('nb');
    expect(worker.warm).toHaveBeenCalledWith('nb');
    expect(worker.close).toHaveBeenCalledOnce();
  });

  test('ends without warming anything when sent something that is not one of the site’s languages', async () => {
    const worker = await loadWorker();
    worker.send('en-US');
    worker.send({ toString: () => 'de' });
    expect(worker.warm).not.toHaveBeenCalled();
    expect(worker.close).toHaveBeenCalled();
  });

  test('ends even when warming throws (a browser without one of the Intl objects)', async () => {
    const worker = await loadWorker();
    worker.warm.mockImplementation(() => {
      throw new TypeError('Intl.DisplayNames is not a constructor');
    });
    expect(() => worker.send('de')).toThrow(TypeError);
    expect(worker.close).toHaveBeenCalledOnce();
  });
});
