/**
 * For tests: rasterise a PDF with poppler (`pdftoppm`), cut the page into one image per label and
 * read the codes back with zbar (`zbarimg`: Code 128, QR) and ZXing (`ZXingReader`: also Data
 * Matrix, and the AIM symbology identifier that tells GS1 apart). One decoder run reads every label
 * of a page; each label's own image must give back exactly its own code.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const DECODE_TOOLS = ['pdftoppm', 'zbarimg', 'ZXingReader'] as const;

/** The tools missing on this machine (Debian: poppler-utils, zbar-tools, zxing-cpp-tools). */
export function missingDecodeTools(): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  return DECODE_TOOLS.filter((tool) => !dirs.some((d) => fs.existsSync(path.join(d, tool))));
}

export interface Region {
  /** Millimetres from the page's top-left corner. */
  xMm: number;
  yMm: number;
  wMm: number;
  hMm: number;
}

interface Gray {
  width: number;
  height: number;
  pixels: Buffer;
}

function readPgm(file: string): Gray {
  const data = fs.readFileSync(file);
  // "P5\n<width> <height>\n<maxval>\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} is not a binary PGM`);
  const offset = header[0].length;
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(offset) };
}

function writePgm(file: string, image: Gray, region: Region, dpi: number): void {
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  const x0 = Math.max(0, px(region.xMm));
  const y0 = Math.max(0, px(region.yMm));
  const w = Math.min(image.width - x0, px(region.wMm));
  const h = Math.min(image.height - y0, px(region.hMm));
  const out = Buffer.alloc(w * h);
  for (let row = 0; row < h; row++) {
    image.pixels.copy(out, row * w, (y0 + row) * image.width + x0, (y0 + row) * image.width + x0 + w);
  }
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1'), out]));
}

/**
 * Rasterises pages of a PDF in grey at `dpi` and cuts out the regions of each page: one image file
 * per region, in the order given.
 */
export async function labelImages(
  pdf: Buffer,
  pages: { page: number; regions: Region[] }[],
  dpi = 300,
): Promise<{ dir: string; files: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-labels-'));
  const source = path.join(dir, 'labels.pdf');
  fs.writeFileSync(source, pdf);
  const files: string[] = [];
  for (const { page, regions } of pages) {
    const prefix = path.join(dir, `page-${page}`);
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      source,
      prefix,
    ]);
    const image = readPgm(`${prefix}.pgm`);
    regions.forEach((region, i) => {
      const file = path.join(dir, `page-${page}-label-${i}.pgm`);
      writePgm(file, image, region, dpi);
      files.push(file);
    });
  }
  return { dir, files };
}

/** zbarimg over the files: the texts found in each (Code 128 and QR; no symbology identifier). */
export async function zbarDecode(files: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>(files.map((f) => [f, []]));
  let xml: string;
  try {
    ({ stdout: xml } = await run('zbarimg', ['-q', '--xml', ...files], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (err) {
    // Exit status 4: nothing found in some image; the output still lists what was found.
    xml = (err as { stdout?: string }).stdout ?? '';
  }
  for (const source of xml.split(/<source href='/).slice(1)) {
    const file = source.slice(0, source.indexOf("'"));
    for (const m of source.matchAll(/<data( format='base64')?><!\[CDATA\[([\s\S]*?)\]\]><\/data>/g)) {
      const text = m[1] ? Buffer.from(m[2]!, 'base64').toString('utf8') : m[2]!;
      found.get(file)?.push(text);
    }
  }
  return found;
}

export interface ZxingResult {
  text: string;
  format: string;
  /** AIM symbology identifier: ]C0 Code 128, ]C1 GS1-128, ]Q1 QR, ]Q3 GS1 QR, ]d1 Data Matrix, ]d2 GS1 DataMatrix. */
  identifier: string;
}

/** ZXingReader over the files: what it reads in each, with the format and AIM identifier. */
export async function zxingDecode(files: string[]): Promise<Map<string, ZxingResult[]>> {
  const found = new Map<string, ZxingResult[]>(files.map((f) => [f, []]));
  let stdout: string;
  try {
    ({ stdout } = await run('ZXingReader', files, { maxBuffer: 64 * 1024 * 1024 }));
  } catch (err) {
    stdout = (err as { stdout?: string }).stdout ?? '';
  }
  let file = files.length === 1 ? files[0]! : '';
  let current: Partial<ZxingResult> | undefined;
  const flush = () => {
    if (current?.text !== undefined) {
      found.get(file)?.push({ text: current.text, format: current.format ?? '', identifier: current.identifier ?? '' });
    }
    current = undefined;
  };
  for (const line of stdout.split('\n')) {
    const m = /^(\w+):\s+(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'File') {
      flush();
      file = value!.trim();
    } else if (key === 'Text') {
      flush();
      current = { text: value!.slice(value!.indexOf('"') + 1, value!.lastIndexOf('"')) };
    } else if (key === 'Format' && current) current.format = value!.trim();
    else if (key === 'Identifier' && current) current.identifier = value!.trim();
  }
  flush();
  return found;
}
