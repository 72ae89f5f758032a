/** LIKE patterns from what a user typed: %, _ and \ match themselves, not any text. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
