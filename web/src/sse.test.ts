import { describe, expect, it, vi } from 'vitest';

vi.mock('./auth', () => ({ accessToken: async () => 'token' }));
const { SseParser } = await import('./sse');

describe('reading server-sent events', () => {
  it('reads named events with their id and data, across chunks', () => {
    const parser = new SseParser();
    expect(parser.feed('id: 7\nevent: plan-changed\nda')).toEqual([]);
    expect(parser.feed('ta: {"version":7}\n\n')).toEqual([{ event: 'plan-changed', data: '{"version":7}', id: '7' }]);
  });

  it('skips keep-alive comments and joins multi-line data', () => {
    const parser = new SseParser();
    expect(parser.feed(':keep-alive\n\ndata: a\r\ndata: b\r\n\r\n')).toEqual([{ event: 'message', data: 'a\nb', id: undefined }]);
  });
});
