import type { ImportPreview } from '../api/imports';

export type CellProblem = { row: number; column: string | null; message: string };

/** The problems of a preview by row and column key (`"4:progress"`; `"4:"` for the whole row). */
export function problemsByCell(preview: ImportPreview): Map<string, string[]> {
  const byCell = new Map<string, string[]>();
  for (const p of preview.problems) {
    const key = `${p.row}:${p.column ?? ''}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p.message]);
  }
  return byCell;
}

/** Whether the preview may be applied: no problems and something to write. */
export function canApply(preview: ImportPreview): boolean {
  return preview.problems.length === 0 && preview.counts.create + preview.counts.update > 0;
}

/** The id of the cell of a row and column in the preview table, for links from the problem list. */
export function cellId(row: number, column: string | null | undefined): string {
  return `import-cell-${row}-${column ?? 'row'}`;
}
