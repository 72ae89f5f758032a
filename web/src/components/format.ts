/** Numbers and times formatted for the reader, in their own locale. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function formatDateTime(iso: string | null | undefined, empty = 'Never'): string {
  return iso ? dateTime.format(new Date(iso)) : empty;
}

export function formatDate(iso: string | null | undefined, empty = 'Never'): string {
  return iso ? dateOnly.format(new Date(iso)) : empty;
}

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "2 entries", "1 entry". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
