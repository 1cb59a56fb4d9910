// Server-sent events over fetch, so the access token goes in the Authorization header (EventSource cannot
// send one, and a token in the URL would end up in access logs).

import { accessToken } from './auth';

export interface ServerEvent {
  event: string;
  data: string;
  id?: string;
}

/** The text/event-stream format (WHATWG HTML §9.2), fed chunk by chunk. */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | undefined;

  feed(chunk: string): ServerEvent[] {
    this.buffer += chunk;
    const events: ServerEvent[] = [];
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      this.buffer = this.buffer.slice(newline + width);
      if (line === '') {
        if (this.data.length > 0) {
          events.push({ event: this.event || 'message', data: this.data.join('\n'), id: this.id });
        }
        this.data = [];
        this.event = '';
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') this.data.push(value);
      else if (field === 'event') this.event = value;
      else if (field === 'id') this.id = value;
    }
    return events;
  }
}

export type StreamState = 'connecting' | 'live' | 'reconnecting';

/**
 * Follows a stream until {@code signal} aborts; reconnects after a break, waiting a little longer each time
 * (1 s doubling to 30 s). {@code onOpen} runs on every (re)connect, so the caller can catch up on what it missed.
 */
export function follow(path: string, onEvent: (event: ServerEvent) => void, signal: AbortSignal,
                       onState: (state: StreamState) => void = () => {}, onOpen: () => void = () => {}): void {
  let delay = 1000;
  const run = async () => {
    while (!signal.aborted) {
      try {
        const token = await accessToken(30);
        const response = await fetch(path, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          signal,
        });
        if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
        onState('live');
        onOpen();
        delay = 1000;
        const parser = new SseParser();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.feed(value).forEach(onEvent);
        }
      } catch {
        if (signal.aborted) return;
      }
      if (signal.aborted) return;
      onState('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30000);
    }
  };
  onState('connecting');
  void run();
}
