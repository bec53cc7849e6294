/**
 * A polite per-host pace: at most one request start per host per interval. Requests to other
 * hosts do not wait.
 */

/** Waits so that requests to one host start at least `intervalMs` apart. */
export class HostRate {
  private readonly next = new Map<string, number>();

  /** @param intervalMs least gap between two requests to one host. Default 1000. */
  constructor(private readonly intervalMs = 1000, private readonly now: () => number = Date.now) {}

  /** Book the next slot for `host`; returns how many ms to wait for it (0: go now). */
  reserve(host: string): number {
    const now = this.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    return at - now;
  }

  /** Resolve when a request to `host` may start. */
  async wait(host: string): Promise<void> {
    const delay = this.reserve(host);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
