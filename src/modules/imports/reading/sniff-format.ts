/**
 * What a file is, from its first bytes rather than its name: an upload called "assets.csv" may be
 * a workbook, a PDF or a photo. ZIP archives go to the XLSX reader (which says so when the archive
 * is not a workbook); known binary formats are refused with their name; the rest is text for the
 * CSV reader, whose encoding detection refuses what is not text after all (NUL and control bytes).
 */
import { SpreadsheetError } from './problems.js';

export type SniffedFormat = 'xlsx' | 'text';

interface Signature {
  bytes: number[];
  name: string;
  advice: string;
}

const SAVE_AS = 'save the sheet as CSV or XLSX and upload that';

const SIGNATURES: Signature[] = [
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: 'an Excel 97-2003 workbook (.xls) or another Microsoft Office 97 document',
    advice: 'open it in Excel or LibreOffice and save it as .xlsx or CSV',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document', advice: SAVE_AS },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image', advice: SAVE_AS },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image', advice: SAVE_AS },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], name: 'a GIF image', advice: SAVE_AS },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], name: 'a GIF image', advice: SAVE_AS },
  { bytes: [0x1f, 0x8b], name: 'a gzip-compressed file', advice: 'decompress it first' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive', advice: 'extract the sheet first' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'a RAR archive', advice: 'extract the sheet first' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'an xz-compressed file', advice: 'decompress it first' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF executable)', advice: SAVE_AS },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], name: 'an SQLite database', advice: SAVE_AS },
];

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/** Throws a `SpreadsheetError` (`binary_file`, `not_a_spreadsheet`) for what is neither. */
export function sniffFormat(head: Uint8Array): SniffedFormat {
  if (startsWith(head, ZIP_EMPTY)) {
    throw new SpreadsheetError({
      code: 'not_a_spreadsheet',
      message: 'The file is an empty ZIP archive, not a workbook.',
    });
  }
  if (startsWith(head, ZIP_LOCAL)) {
    // OpenDocument files start with an uncompressed "mimetype" entry naming what they are.
    if (
      Buffer.from(head.subarray(30, 100)).toString('latin1').startsWith('mimetypeapplication/vnd.oasis.opendocument')
    ) {
      throw new SpreadsheetError({
        code: 'not_a_spreadsheet',
        message:
          'This is an OpenDocument file (LibreOffice .ods or .odt), not an XLSX workbook: save the sheet as .xlsx or CSV and upload that.',
      });
    }
    return 'xlsx';
  }
  for (const signature of SIGNATURES) {
    if (!startsWith(head, signature.bytes)) continue;
    throw new SpreadsheetError({
      code: 'binary_file',
      message: `This is not a spreadsheet: the file is ${signature.name}. To import, ${signature.advice}.`,
    });
  }
  return 'text';
}
