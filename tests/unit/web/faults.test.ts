/**
 * The viewer's fault handling, in Node: fetching graph.json (HTTP errors, network failures, stalls,
 * the size cap, progress) and the recovery policy after a lost WebGL context.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchFailed, fetchGraph } from '../../../web/src/input/fetch-graph';
import { ContextRecovery } from '../../../web/src/render/context-loss';

function stubFetch(answer: (signal: AbortSignal) => Promise<Response>): void {
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => answer(init.signal!));
}

/** A body that sends `chunks`, then nothing more until aborted. */
function trickle(chunks: Uint8Array[], signal: AbortSignal, end = true): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (end) controller.close();
      signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
}

const options = (overrides: Partial<Parameters<typeof fetchGraph>[1]> = {}) => ({
  signal: new AbortController().signal,
  onProgress: () => undefined,
  stallMs: 1000,
  maxBytes: 1000,
  ...overrides,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchGraph', () => {
  it('gives the body as a Blob and reports progress against Content-Length', async () => {
    const progress: string[] = [];
    stubFetch(
      async (signal) =>
        new Response(trickle([new Uint8Array(3), new Uint8Array(4)], signal), {
          headers: { 'Content-Length': '7' },
        }),
    );
    const blob = await fetchGraph(
      './graph.json',
      options({ onProgress: (b, t) => progress.push(`${b}/${t}`) }),
    );
    expect([blob.size, progress]).toEqual([7, ['3/7', '7/7']]);
  });

  it('says which HTTP status the server answered', async () => {
    stubFetch(async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    await expect(fetchGraph('./graph.json', options())).rejects.toThrow(
      new FetchFailed('the server answered 404 Not Found'),
    );
  });

  it("says the network request failed, with the browser's reason", async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchGraph('./graph.json', options())).rejects.toThrow(
      new FetchFailed('the network request failed (Failed to fetch)'),
    );
  });

  it('gives up on a server that sends nothing for the stall time, headers or body', async () => {
    stubFetch(
      (signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    await expect(fetchGraph('./graph.json', options({ stallMs: 50 }))).rejects.toThrow(
      new FetchFailed('the server sent nothing for 0 s'),
    );
    stubFetch(async (signal) => new Response(trickle([new Uint8Array(5)], signal, false)));
    await expect(fetchGraph('./graph.json', options({ stallMs: 1500 }))).rejects.toThrow(
      new FetchFailed('the server sent nothing for 2 s'),
    );
  });

  it('stops a body past the size cap', async () => {
    stubFetch(async (signal) => new Response(trickle([new Uint8Array(600), new Uint8Array(600)], signal)));
    await expect(fetchGraph('./graph.json', options())).rejects.toThrow(
      new FetchFailed("it is larger than the viewer's limit of 1000 B"),
    );
  });

  it("passes the caller's own abort through, not as a failure of the server", async () => {
    const caller = new AbortController();
    stubFetch(
      (signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const fetching = fetchGraph('./graph.json', options({ signal: caller.signal }));
    caller.abort();
    await expect(fetching).rejects.toThrow(DOMException);
  });
});

describe('ContextRecovery', () => {
  function recovery(remount: () => void = () => undefined) {
    const events: string[] = [];
    const policy = new ContextRecovery({
      remount: () => {
        events.push('remount');
        remount();
      },
      onLost: () => events.push('lost'),
      onRecovered: () => events.push('recovered'),
      onFailed: (reason) => events.push(`failed: ${reason}`),
    });
    return { events, policy };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports one loss for all the canvases, and draws again once the browser restores the context', () => {
    vi.useFakeTimers();
    const { events, policy } = recovery();
    policy.lost();
    policy.lost();
    policy.lost();
    policy.restored();
    policy.restored();
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['lost', 'remount', 'recovered']);
    expect(policy.isLost()).toBe(false);
  });

  it('draws again on fresh canvases after 3 s when the browser does not restore it', () => {
    vi.useFakeTimers();
    const { events, policy } = recovery();
    policy.lost();
    vi.advanceTimersByTime(2999);
    expect(events).toEqual(['lost']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['lost', 'remount', 'recovered']);
  });

  it('gives up with the reason when drawing again fails, and stays given up until reset', () => {
    vi.useFakeTimers();
    const { events, policy } = recovery(() => {
      throw new Error('WebGL is not available');
    });
    policy.lost();
    vi.advanceTimersByTime(3000);
    policy.lost();
    vi.advanceTimersByTime(3000);
    expect(events).toEqual(['lost', 'remount', 'failed: WebGL is not available']);
    policy.reset();
    policy.lost();
    expect(events.at(-1)).toBe('lost');
  });

  it('gives up when losses keep coming: the sixth within a minute', () => {
    vi.useFakeTimers();
    const { events, policy } = recovery();
    for (let i = 0; i < 6; i++) {
      policy.lost();
      policy.restored();
      vi.advanceTimersByTime(1000);
    }
    expect(events.filter((e) => e === 'recovered')).toHaveLength(5);
    expect(events.at(-1)).toBe('failed: the graphics context was lost 6 times within a minute');
  });
});
