/**
 * A build stopped by Ctrl-C (SIGINT), `kill` (SIGTERM) or a closed terminal
 * (SIGHUP) cleans up before it goes: the given cleanup runs at once and
 * synchronously (it removes the unfinished folder and the lock), then the
 * signal is raised again so that the process ends as the signal asks, with
 * the exit status a shell or CI expects. SIGKILL cannot be caught; what it
 * leaves, the next build removes (`leftovers.ts`).
 */

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Run `cleanup` if one of the signals arrives, until the returned function is called. */
export function onInterrupt(cleanup: (signal: NodeJS.Signals) => void): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    dispose();
    try {
      cleanup(signal);
    } finally {
      process.kill(process.pid, signal);
    }
  };
  const dispose = (): void => {
    for (const signal of signals) process.off(signal, handler);
  };
  for (const signal of signals) process.on(signal, handler);
  return dispose;
}
