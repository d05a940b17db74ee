/**
 * A terminal for tests that drive an interactive program (menuconfig, a
 * REPL on a serial console): a tmux server of the test's own, so that
 * another test run on the machine never shares its sessions.
 */
import { exec, type Result } from './run';

export interface Terminal {
  /** Run a tmux command on this server. */
  tmux(...args: string[]): Result;
  /** The visible text of the session's pane. */
  screen(): string;
  /** Everything the pane printed, scrolled away or not, with wrapped lines joined. */
  transcript(): string;
  /** Wait until the screen shows text (or matches it); the screen then, or an error with it. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Type each key (tmux key names: 'Enter', 'BSpace', ...) with a pause after it. */
  keys(...k: string[]): Promise<void>;
  /** Stop the server and everything in it. */
  kill(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A tmux server named after socket, whose session is called session. */
export function terminal(socket: string, session: string): Terminal {
  const tmux = (...args: string[]) => exec('tmux', ['-L', socket, ...args]);
  const screen = () => tmux('capture-pane', '-p', '-t', session).stdout;
  return {
    tmux,
    screen,
    transcript: () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session).stdout,
    async waitFor(text, timeoutMs = 60_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const s = screen();
        if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
        if (Date.now() > end) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
        await sleep(200);
      }
    },
    async keys(...k) {
      for (const key of k) {
        tmux('send-keys', '-t', session, key);
        await sleep(250);
      }
    },
    kill() {
      tmux('kill-server');
    },
  };
}
