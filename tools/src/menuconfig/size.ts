/**
 * The smallest terminal the configurator's frame fits in: the title, the
 * key line (79 columns), a bordered list of at least 5 rows, the help
 * lines and the prompt take 24 rows at 80 columns. In a smaller one the
 * frame would scroll its title away, so the configurator refuses to
 * start and leaves uk.config.json as it is.
 */
export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

/** Why a terminal of this size is too small, or undefined when it fits (or its size is unknown). */
export function terminalTooSmall(columns: number | undefined, rows: number | undefined): string | undefined {
  if (!columns || !rows) return undefined;
  if (columns >= MIN_COLUMNS && rows >= MIN_ROWS) return undefined;
  return (
    `menuconfig needs a terminal of at least ${MIN_COLUMNS} × ${MIN_ROWS} (columns × rows); this one is ` +
    `${columns} × ${rows}. Enlarge it and run again; nothing was changed.`
  );
}
