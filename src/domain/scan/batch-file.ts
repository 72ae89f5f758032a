/**
 * Batch files from handheld scanners that collected scans offline: one scan a line, as "code",
 * "time,code", "time<TAB>code", "time;code", "date,time,code" or "code,time"; CSV quoting; CR, LF or
 * CRLF line ends; a byte order mark; blank lines ignored; an optional header line. Pure: the import
 * reads the file and feeds each code to `parseScan`.
 *
 * No line is dropped silently: every line that is not blank is a scan, an error saying why not, or
 * the header. Times: ISO 8601, "YYYY-MM-DD HH:mm[:ss]", "YYYY/MM/DD ...", "DD.MM.YYYY ..." and
 * "MM/DD/YYYY ..." or "DD/MM/YYYY ..." (with AM/PM or not). Slashed dates are read only when the
 * order is certain: from the caller, or from the file itself (a day above 12 in one line shows the
 * order of every line, since one device writes one format); otherwise "03/04/2024" is refused.
 */

export interface BatchLine {
  /** 1-based line number in the file. */
  line: number;
  /**
   * When it was scanned, ISO 8601: in UTC ("...Z") when the file or the `utcOffset` option gives
   * the zone, else the device's local time without an offset; a date alone when only that is given.
   */
  scannedAt?: string;
  code: string;
}

export interface BatchError {
  line: number;
  message: string;
}

export type DateOrder = 'DMY' | 'MDY';

export interface BatchFile {
  lines: BatchLine[];
  errors: BatchError[];
  /** The line taken as a header (column names), when there was one. */
  headerLine?: number;
  /** How slashed dates were read, and whether the caller said so or the file showed it. */
  dateOrder?: { order: DateOrder; source: 'option' | 'file' };
}

export interface BatchFileOptions {
  /** How to read slashed dates ("03/04/2024"), when the caller knows the device's format. */
  dateOrder?: DateOrder;
  /** The device's UTC offset ("+02:00", "-05:00", "Z") for times written without one. */
  utcOffset?: string;
}

interface Clock {
  h: number;
  mi: number;
  s: number;
  frac?: string;
}

interface Stamp {
  y: number;
  mo: number;
  d: number;
  clock?: Clock;
  offsetMin?: number;
}

type TimeParse =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'time-only' }
  | { kind: 'ok'; stamp: Stamp }
  | { kind: 'slash'; a: number; b: number; y: number; clock?: Clock; text: string };

const ISO_LIKE =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_FIRST_OR_SLASH =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([AP])\.?M\.?)?)?$/i;
const TWO_DIGIT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\D|$)/;
const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AP]\.?M\.?)?$/i;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function checkDate(y: number, mo: number, d: number, text: string): string | undefined {
  if (mo < 1 || mo > 12) return `"${text}": there is no month ${mo}.`;
  if (d < 1 || d > daysIn(y, mo)) return `"${text}": ${MONTHS[mo - 1]} ${y} has no day ${d}.`;
  return undefined;
}

function makeClock(
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  frac: string | undefined,
  meridiem: string | undefined,
  text: string,
): Clock | string | undefined {
  if (h === undefined || mi === undefined) return undefined;
  let hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return `"${text}": ${hour} is not an hour on a 12-hour clock.`;
    hour = (hour % 12) + (meridiem.toUpperCase() === 'P' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return `"${text}" is not a time of day.`;
  const clock: Clock = { h: hour, mi: minute, s: second };
  if (frac !== undefined) clock.frac = frac;
  return clock;
}

function parseOffset(text: string): number | undefined {
  if (/^z$/i.test(text)) return 0;
  const match = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Reads one field as a date and time, or says it is none, or what is wrong with it. */
function parseTime(raw: string): TimeParse {
  const text = raw.trim();
  if (text === '') return { kind: 'none' };
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, , mo, d, h, mi, s, frac, offset] = iso;
    const problem = checkDate(Number(y), Number(mo), Number(d), text);
    if (problem) return { kind: 'error', message: problem };
    const clock = makeClock(h, mi, s, frac, undefined, text);
    if (typeof clock === 'string') return { kind: 'error', message: clock };
    const stamp: Stamp = { y: Number(y), mo: Number(mo), d: Number(d) };
    if (clock) stamp.clock = clock;
    if (offset !== undefined) {
      if (!clock) return { kind: 'error', message: `"${text}": a time zone without a time.` };
      const minutes = parseOffset(offset);
      if (minutes === undefined) return { kind: 'error', message: `"${text}": ${offset} is not a UTC offset.` };
      stamp.offsetMin = minutes;
    }
    return { kind: 'ok', stamp };
  }
  const other = DAY_FIRST_OR_SLASH.exec(text);
  if (other) {
    const [, a, sep, b, y, h, mi, s, frac, meridiem] = other;
    const clock = makeClock(h, mi, s, frac, meridiem, text);
    if (typeof clock === 'string') return { kind: 'error', message: clock };
    if (sep === '.') {
      // Dotted dates are day first wherever they are written (DD.MM.YYYY).
      const problem = checkDate(Number(y), Number(b), Number(a), text);
      if (problem) return { kind: 'error', message: problem };
      const stamp: Stamp = { y: Number(y), mo: Number(b), d: Number(a) };
      if (clock) stamp.clock = clock;
      return { kind: 'ok', stamp };
    }
    const slash: TimeParse = { kind: 'slash', a: Number(a), b: Number(b), y: Number(y), text };
    if (clock) slash.clock = clock;
    if (slash.a > 12 && slash.b > 12)
      return { kind: 'error', message: `"${text}" is not a date: neither ${a} nor ${b} is a month.` };
    return slash;
  }
  if (TWO_DIGIT_YEAR.test(text)) {
    return {
      kind: 'error',
      message: `"${text}": a two-digit year cannot be read with certainty; write four digits (YYYY-MM-DD is best).`,
    };
  }
  if (TIME_ONLY.test(text)) return { kind: 'time-only' };
  return { kind: 'none' };
}

/** Resolves a slashed date under an order; a string when it is not a date in that order. */
function resolveSlash(
  p: Extract<TimeParse, { kind: 'slash' }>,
  order: DateOrder,
  source: 'option' | 'file' | 'same',
): Stamp | string {
  const [d, mo] = order === 'DMY' ? [p.a, p.b] : [p.b, p.a];
  const problem = checkDate(p.y, mo, d, p.text);
  if (problem) {
    const name = order === 'DMY' ? 'day/month/year' : 'month/day/year';
    const why = source === 'file' ? 'the order the other dates in this file show' : 'as asked';
    return `${problem.slice(0, -1)} (read as ${name}, ${why}).`;
  }
  const stamp: Stamp = { y: p.y, mo, d };
  if (p.clock) stamp.clock = p.clock;
  return stamp;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatStamp(stamp: Stamp, defaultOffset: number | undefined): string {
  const date = `${pad(stamp.y, 4)}-${pad(stamp.mo)}-${pad(stamp.d)}`;
  const clock = stamp.clock;
  if (!clock) return date;
  const frac = clock.frac === undefined ? '' : `.${clock.frac.slice(0, 3).padEnd(3, '0')}`;
  const offset = stamp.offsetMin ?? defaultOffset;
  if (offset === undefined) return `${date}T${pad(clock.h)}:${pad(clock.mi)}:${pad(clock.s)}${frac}`;
  const utc = new Date(Date.UTC(stamp.y, stamp.mo - 1, stamp.d, clock.h, clock.mi - offset, clock.s));
  const iso = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
  return `${iso}T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}${frac}Z`;
}

interface Field {
  value: string;
  /** Where the field starts in the line (for "the rest of the line"). */
  start: number;
  quoted: boolean;
}

/** CSV fields on one line with `"..."` quoting and `""` escapes; a string when a quote is open. */
function splitFields(line: string, delimiter: string): Field[] | string {
  const fields: Field[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ' && delimiter !== ' ') i++;
    const start = i;
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) return 'A quoted field is not closed (a " is missing).';
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i];
        i++;
      }
      while (line[i] === ' ') i++;
      if (i < line.length && line[i] !== delimiter) return 'Text after a closing quote: quote the whole field.';
      fields.push({ value, start, quoted: true });
    } else {
      const end = line.indexOf(delimiter, i);
      const stop = end < 0 ? line.length : end;
      fields.push({ value: line.slice(i, stop).trim(), start, quoted: false });
      i = stop;
    }
    if (i >= line.length) return fields;
    i += delimiter.length;
  }
}

/** The code that runs from `field` to the end of the line: unquoted when it is one quoted field. */
function restOfLine(line: string, fields: Field[], index: number): string {
  const field = fields[index]!;
  if (index === fields.length - 1) return field.value;
  if (field.quoted) return field.value; // a quoted code is exactly its field
  return line.slice(field.start).trim();
}

type Interpretation = { time: TimeParse; code: string } | { error: string } | undefined;

/** Reads one line split by one delimiter: which field is the time and which the code. */
function interpret(line: string, fields: Field[]): Interpretation {
  const [f0, f1, f2] = fields.map((f) => f.value);
  if (f0 === undefined) return undefined;
  const t0 = parseTime(f0);
  // date, time, code
  if (fields.length >= 3 && t0.kind === 'ok' && !t0.stamp.clock && parseTime(f1!).kind === 'time-only') {
    return { time: parseTime(`${f0} ${f1}`), code: restOfLine(line, fields, 2) };
  }
  // time, code (the code may hold the delimiter: it is the rest of the line)
  if (t0.kind === 'ok' || t0.kind === 'slash' || t0.kind === 'error') {
    return { time: t0, code: fields.length > 1 ? restOfLine(line, fields, 1) : '' };
  }
  if (t0.kind === 'time-only') {
    return { error: `"${f0}" is a time without a date: the scan cannot be dated.` };
  }
  // code, time / code, date, time
  if (fields.length === 2) {
    const t1 = parseTime(f1!);
    if (t1.kind !== 'none' && t1.kind !== 'time-only') return { time: t1, code: f0 };
  }
  if (fields.length === 3) {
    const t1 = parseTime(f1!);
    if (t1.kind === 'ok' && !t1.stamp.clock && parseTime(f2!).kind === 'time-only') {
      return { time: parseTime(`${f1} ${f2}`), code: f0 };
    }
  }
  return undefined;
}

const HEADER_WORD =
  /^(time|timestamp|time ?stamp|date|date ?time|date_time|scanned[ _]?at|scan[ _]?(time|date)|code|bar ?code|barcode[ _]?data|data|value|scan|item|tag|serial)$/i;

const DELIMITERS = ['\t', ',', ';'];

type Pending = { line: number; code: string; time?: TimeParse };

/**
 * Reads a batch file (see the module comment). Every line that is not blank ends up in `lines`,
 * in `errors` with a message, or as the `headerLine`.
 */
export function parseBatchFile(text: string, options: BatchFileOptions = {}): BatchFile {
  let defaultOffset: number | undefined;
  if (options.utcOffset !== undefined) {
    defaultOffset = parseOffset(options.utcOffset.trim());
    if (defaultOffset === undefined) {
      throw new RangeError(`"${options.utcOffset}" is not a UTC offset such as +02:00, -05:00 or Z.`);
    }
  }
  const result: BatchFile = { lines: [], errors: [] };
  const pending: Pending[] = [];
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows = body.split(/\r\n|\r|\n/);
  let seenContent = false;

  rows.forEach((rawRow, index) => {
    const line = index + 1;
    const row = rawRow.trim();
    if (row === '') return;
    const first = !seenContent;
    seenContent = true;
    const error = (message: string) => result.errors.push({ line, message });

    const present = DELIMITERS.filter((d) => row.includes(d));
    if (present.length === 0) {
      if (row.startsWith('"')) {
        const fields = splitFields(row, ',');
        if (typeof fields === 'string') return error(fields);
        pending.push({ line, code: fields[0]!.value });
        return;
      }
      const only = parseTime(row);
      if (only.kind !== 'none') return error(`"${row}" is a date or time without a code.`);
      if (first && HEADER_WORD.test(row)) {
        result.headerLine = line;
        return;
      }
      pending.push({ line, code: row });
      return;
    }
    let problem: string | undefined;
    let fieldsSeen: Field[] | undefined;
    for (const delimiter of present) {
      const fields = splitFields(row, delimiter);
      if (typeof fields === 'string') {
        problem ??= fields;
        continue;
      }
      fieldsSeen ??= fields;
      if (first && fields.every((f) => HEADER_WORD.test(f.value))) {
        result.headerLine = line;
        return;
      }
      const reading = interpret(row, fields);
      if (!reading) continue;
      if ('error' in reading) return error(reading.error);
      if (reading.code === '') return error('A date and time without a code.');
      if (reading.time.kind === 'error') return error(reading.time.message);
      pending.push({ line, code: reading.code, time: reading.time });
      return;
    }
    if (fieldsSeen?.length === 1 && fieldsSeen[0]!.quoted) {
      pending.push({ line, code: fieldsSeen[0]!.value });
      return;
    }
    if (problem && !fieldsSeen) return error(problem);
    error(
      `"${row}" has ${fieldsSeen?.length ?? 'several'} fields and none is a date and time: expected "code", "time,code" or "time<TAB>code" (quote a code that contains a comma: "A,B").`,
    );
  });

  // Slashed dates: the order from the caller, or from the lines that show it.
  const slashed = pending.filter((p) => p.time?.kind === 'slash') as (Pending & {
    time: Extract<TimeParse, { kind: 'slash' }>;
  })[];
  let order: DateOrder | undefined = options.dateOrder;
  let conflict: string | undefined;
  if (order) result.dateOrder = { order, source: 'option' };
  else if (slashed.length > 0) {
    const dayFirst = slashed.find((p) => p.time.a > 12);
    const monthFirst = slashed.find((p) => p.time.b > 12);
    if (dayFirst && monthFirst) {
      conflict = `The file mixes day-first (line ${dayFirst.line}: ${dayFirst.time.text}) and month-first (line ${monthFirst.line}: ${monthFirst.time.text}) dates: which is which cannot be told.`;
    } else if (dayFirst || monthFirst) {
      order = dayFirst ? 'DMY' : 'MDY';
      result.dateOrder = { order, source: 'file' };
    }
  }

  for (const p of pending) {
    if (p.code === '') {
      result.errors.push({ line: p.line, message: 'An empty code.' });
      continue;
    }
    const entry: BatchLine = { line: p.line, code: p.code };
    const time = p.time;
    if (time?.kind === 'ok') entry.scannedAt = formatStamp(time.stamp, defaultOffset);
    if (time?.kind === 'slash') {
      if (conflict) {
        result.errors.push({ line: p.line, message: conflict });
        continue;
      }
      const chosen = order ?? (time.a === time.b ? 'DMY' : undefined);
      if (!chosen) {
        result.errors.push({
          line: p.line,
          message: `"${time.text}" could be ${time.a} ${MONTHS[time.b - 1]} or ${time.b} ${MONTHS[time.a - 1]}: day and month order cannot be told from this file. Give the order (day/month or month/day), or export dates as YYYY-MM-DD.`,
        });
        continue;
      }
      const stamp = resolveSlash(time, chosen, result.dateOrder?.source ?? 'same');
      if (typeof stamp === 'string') {
        result.errors.push({ line: p.line, message: stamp });
        continue;
      }
      entry.scannedAt = formatStamp(stamp, defaultOffset);
    }
    result.lines.push(entry);
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}
