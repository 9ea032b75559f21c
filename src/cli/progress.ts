/** A progress bar on stderr for several files on a terminal (cli-progress); silent otherwise. */
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progress(total: number, enabled: boolean): Progress {
  if (!enabled) return { tick: () => undefined, done: () => undefined };
  const bar = new SingleBar({ format: '{bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0, { file: '' });
  return {
    tick: (label) => bar.increment(1, { file: label }),
    done: () => bar.stop(),
  };
}
