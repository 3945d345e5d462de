/**
 * A confirmation carried across one navigation inside the workspace ("the decision was saved"), shown once by the
 * page that comes next. Kept in memory only: a reload does not repeat it.
 */
let pending: { path: string; message: string } | null = null;

export function flashOn(path: string, message: string) {
  pending = { path, message };
}

export function takeFlash(path: string): string | null {
  if (!pending || pending.path !== path) return null;
  const { message } = pending;
  pending = null;
  return message;
}
