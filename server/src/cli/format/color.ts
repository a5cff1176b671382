/** ANSI colours for the text report; every function is the identity when colour is off. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

const ON: Paint = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  magenta: sgr(35, 39),
};

const id = (s: string): string => s;
const OFF: Paint = { bold: id, dim: id, red: id, yellow: id, green: id, cyan: id, magenta: id };

/**
 * Colour only for a person at a terminal: never with `--no-color` or a
 * non-empty NO_COLOR (no-color.org); always with a non-empty FORCE_COLOR
 * other than "0"; otherwise when stdout is a TTY.
 */
export function wantsColor(flag: boolean, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return isTTY;
}

export function paint(enabled: boolean): Paint {
  return enabled ? ON : OFF;
}
