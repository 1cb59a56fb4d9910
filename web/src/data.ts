// Reads several pages share. Names of citizens are cached for the session: a list asks once per citizen.

import { get, getOrNull, PURPOSES } from './api';
import type { Citizen, Offer } from './types';

const citizens = new Map<string, Promise<Citizen | null>>();
const offers = new Map<string, Promise<Offer | null>>();

export function citizen(citizenId: string, purpose: string = PURPOSES.overview): Promise<Citizen | null> {
  let found = citizens.get(citizenId);
  if (!found) {
    found = getOrNull<Citizen>(`/api/citizens/${citizenId}`, purpose).catch(() => null);
    citizens.set(citizenId, found);
  }
  return found;
}

export function offer(offerId: string): Promise<Offer | null> {
  let found = offers.get(offerId);
  if (!found) {
    found = getOrNull<Offer>(`/api/offers/${offerId}`).catch(() => null);
    offers.set(offerId, found);
  }
  return found;
}

export function offerPage(query: string): Promise<{ offers: Offer[]; total: number }> {
  return get(`/api/offers?${query}`);
}

/** Runs at most {@code limit} loads at a time: a caseload of 50 is not 100 requests at once. */
export async function mapLimited<T, R>(items: T[], limit: number, load: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await load(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

/**
 * Reads until the answer is there and new enough: a read model follows a change within moments, so a page opened
 * right after saving asks again a few times (a 404 counts as "not yet") before it shows what it has.
 */
export async function readUntil<T>(read: () => Promise<T | null>, ready: (value: T) => boolean, signal?: AbortSignal,
  waits: number[] = [300, 500, 800, 1200, 1500, 2000, 2500, 3000]): Promise<T | null> {
  let value = await read();
  for (const wait of waits) {
    if (value !== null && ready(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, wait));
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    value = await read();
  }
  return value;
}
