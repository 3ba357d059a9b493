// Today's presence across every kiosk, kept up to date without a reload: the page asks again
// every few seconds with the version it shows, and the server answers "nothing new" (204, after
// one index lookup) while nothing was stored. Polling, unlike a long-lived stream, goes through
// any proxy and picks up again by itself after a server restart. A failed poll keeps the last
// list, says since when it is stale, and the next poll tries again.
import { useEffect, useState } from 'react';
import type { LivePresence } from '../../../shared/presence';
import { api } from '../api';

/** How often the page asks: a check-in shows within this. */
export const POLL_MS = 2_000;

export interface LiveState {
  presence: LivePresence | null;
  /** When the shown list was last confirmed by the server. */
  updatedAt: number | null;
  /** The first failed poll since the last answer, or null. */
  failedSince: number | null;
}

export function useLivePresence(): LiveState {
  const [state, setState] = useState<LiveState>({
    presence: null,
    updatedAt: null,
    failedSince: null,
  });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let version = '';
    const poll = async () => {
      try {
        const since = version ? `?since=${encodeURIComponent(version)}` : '';
        // Background: the page asking on its own does not keep the session alive.
        const news = await api.get<LivePresence | undefined>(`/live${since}`, { background: true });
        if (stopped) return;
        if (news) version = news.version;
        setState((current) => ({
          presence: news ?? current.presence,
          updatedAt: Date.now(),
          failedSince: null,
        }));
      } catch {
        if (stopped) return;
        setState((current) => ({ ...current, failedSince: current.failedSince ?? Date.now() }));
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return state;
}
