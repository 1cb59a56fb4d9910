import { describe, expect, it } from 'vitest';
import { loopbackMove } from './auth';

describe('moving to the loopback address before signing in', () => {
  it('moves a page on localhost to 127.0.0.1 with the same port, path and query', () => {
    expect(loopbackMove('http://localhost:8080/borgere/42?fane=plan', true)).toBe('http://127.0.0.1:8080/borgere/42?fane=plan');
  });

  it('stays where it is on 127.0.0.1 or a real host name', () => {
    expect(loopbackMove('http://127.0.0.1:8080/', true)).toBeNull();
    expect(loopbackMove('https://tvaers.holstebro.dk/', true)).toBeNull();
  });

  it('stays on localhost for a provider that allows it (Keycloak)', () => {
    expect(loopbackMove('http://localhost:8080/', false)).toBeNull();
  });
});
