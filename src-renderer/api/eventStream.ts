/**
 * Server-sent events read over fetch, because an EventSource cannot send the secret header. Parses
 * the text/event-stream format (event and data fields, blank-line separated) and reconnects with a
 * growing delay after a drop, until stopped or refused.
 */

export interface EventStreamDeps {
  fetch: typeof fetch;
  url: string;
  headers: Record<string, string>;
  /** Called for each event with its name and its data text. */
  onEvent(event: string, data: string): void;
  /** Delay before reconnecting after the n-th failure in a row (ms). */
  retryDelay?: (failures: number) => number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

/** Splits a buffer of stream text into complete events; returns those and the unfinished rest. */
export function parseEventStream(buffer: string): { events: Array<{ event: string; data: string }>; rest: string } {
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: Array<{ event: string; data: string }> = [];
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue; // a comment (keep-alive)
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

/** Opens the stream and keeps it open; returns the function that closes it for good. */
export function openEventStream(deps: EventStreamDeps): () => void {
  const controller = new AbortController();
  const delay = deps.retryDelay ?? ((n: number) => Math.min(10_000, 500 * 2 ** n));
  const later = deps.setTimeout ?? ((callback: () => void, ms: number) => globalThis.setTimeout(callback, ms));
  let failures = 0;
  const connect = async (): Promise<void> => {
    try {
      const response = await deps.fetch(deps.url, { headers: deps.headers, signal: controller.signal });
      if (response.status === 403) return; // a wrong secret: retrying cannot help
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      failures = 0;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const parsed = parseEventStream(buffer + decoder.decode(value, { stream: true }));
        buffer = parsed.rest;
        for (const e of parsed.events) deps.onEvent(e.event, e.data);
      }
    } catch {
      if (controller.signal.aborted) return;
    }
    if (!controller.signal.aborted) later(() => void connect(), delay(failures++));
  };
  void connect();
  return () => controller.abort();
}
