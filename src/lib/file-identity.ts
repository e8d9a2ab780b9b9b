/**
 * Identity of a file's current version as `stat` sees it: inode, size, modification and change time.
 * Any write changes the change time, which no tool can set back, so an unchanged key means unchanged
 * bytes. Ingest (unchanged sources are not read) and the search stage (unchanged pages are not read)
 * both rely on it.
 */
export function statKey(stat: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}
