/** A counting semaphore whose waiters give up after a time: the limit on concurrent uploads. */
export class Slots {
  private used = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  /** Resolves with a release function, or with undefined if no slot freed up within waitMs (or signal fired). */
  acquire(waitMs: number, signal?: AbortSignal): Promise<(() => void) | undefined> {
    if (this.used < this.size) {
      this.used++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const giveUp = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', giveUp);
        const i = this.waiting.indexOf(wake);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(undefined);
      };
      const wake = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', giveUp);
        resolve(this.releaser());
      };
      const timer = setTimeout(giveUp, waitMs);
      signal?.addEventListener('abort', giveUp);
      this.waiting.push(wake);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes straight on
      else this.used--;
    };
  }
}
