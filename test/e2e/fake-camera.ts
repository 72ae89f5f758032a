/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`): a label's barcode,
 * encoded by bwip-js as the label printer encodes it (`modules/labels/label-symbols.ts`), drawn black
 * on white with its quiet zone and written as uncompressed Y4M (4:2:0), so no video tool is needed.
 */
import fs from 'node:fs';
import bwipjs from 'bwip-js';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 5;

/** Dark modules of the symbol as rows of booleans (true: black). */
function modules(bcid: 'code128' | 'qrcode', text: string): boolean[][] {
  const [raw] = bwipjs.raw(bcid, text, {}) as unknown as [
    { sbs?: number[]; pixs?: number[]; pixx?: number; pixy?: number },
  ];
  if (raw!.sbs) {
    const row: boolean[] = [];
    raw!.sbs.forEach((width, i) => row.push(...Array<boolean>(width).fill(i % 2 === 0)));
    return Array.from({ length: 40 }, () => row);
  }
  const { pixs, pixx, pixy } = raw as { pixs: number[]; pixx: number; pixy: number };
  return Array.from({ length: pixy }, (_, y) => Array.from({ length: pixx }, (_, x) => pixs[y * pixx + x] === 1));
}

/** Writes `file` (.y4m): the symbol centred, scaled to whole pixels per module. */
export function writeBarcodeVideo(file: string, bcid: 'code128' | 'qrcode', text: string): void {
  const symbol = modules(bcid, text);
  const quiet = bcid === 'code128' ? 10 : 4;
  const cols = symbol[0]!.length + 2 * quiet;
  const scale = Math.max(1, Math.floor(Math.min((WIDTH * 0.9) / cols, bcid === 'code128' ? 6 : (HEIGHT * 0.9) / cols)));
  const rowScale = bcid === 'code128' ? Math.floor((HEIGHT * 0.5) / symbol.length) : scale;
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  const left = Math.floor((WIDTH - symbol[0]!.length * scale) / 2);
  const top = Math.floor((HEIGHT - symbol.length * rowScale) / 2);
  symbol.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < rowScale; dy++) {
        const start = (top + y * rowScale + dy) * WIDTH + left + x * scale;
        luma.fill(16, start, start + scale);
      }
    }),
  );
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, ...Array<Buffer>(FRAMES).fill(frame)]));
}
