// The replies the bot is still working on, so shutdown can wait for them (bounded) instead of cutting them off.
export interface InFlight {
  /** Runs `work` and counts it until it settles; its result and errors pass through unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  readonly size: number;
  /** Resolves once nothing is in flight, or at `deadline` (a Date.now() value): how many were still running. */
  idle(deadline: number): Promise<{ unfinished: number }>;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track<T>(work: Promise<T>): Promise<T> {
      const entry = work.finally(() => running.delete(entry));
      // The tracked copy may reject too; the caller handles the original, so this one must not go unhandled.
      entry.catch(() => undefined);
      running.add(entry);
      return work;
    },
    get size() {
      return running.size;
    },
    async idle(deadline) {
      while (running.size > 0 && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        });
        await Promise.race([Promise.allSettled([...running]), timeout]);
        clearTimeout(timer);
      }
      return { unfinished: running.size };
    },
  };
}
