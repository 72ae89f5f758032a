/**
 * Every code we print decodes: each symbology on each template is rendered to PDF, the PDF is
 * rasterised at 300 dpi (poppler), every label on the first page (rolls: every page) is cut out and
 * read with zbarimg (Code 128, QR) and ZXingReader (all, with the AIM identifier that marks GS1),
 * and what comes back must be exactly what was encoded, and must mean the same thing to the
 * station's parser. Combinations that cannot fit are refused, and that is asserted too.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseScan } from '../../domain/scan/parse-scan.js';
import {
  SYMBOLOGIES,
  TEMPLATES,
  labelPosition,
  labelsPerPage,
  type LabelTemplate,
  type Symbology,
} from './label-templates.js';
import { prepareLabel, type LabelEnvironment, type LabelSubject, type PreparedLabel } from './label-content.js';
import { labelsPdfBuffer } from './render-pdf.js';
import { SYMBOLOGY_INFO } from './label-symbols.js';
import { labelImages, missingDecodeTools, zbarDecode, zxingDecode, type Region } from './test-decoders.js';

const missing = missingDecodeTools();
if (missing.length > 0) {
  console.warn(
    `SKIPPED label decoding tests: ${missing.join(', ')} not installed (Debian: apt-get install poppler-utils zbar-tools zxing-cpp-tools).`,
  );
}
const decodeIt = missing.length > 0 ? it.skip : it;

const BASE = 'https://qm.example.com';
const PREFIX = '9506000';
const env: LabelEnvironment = { baseUrl: BASE, organisationName: 'Acme Research Ltd', gs1CompanyPrefix: PREFIX };
const scanOptions = { baseUrls: [BASE], assetTagPattern: 'QM-{000000}', gs1CompanyPrefixes: [PREFIX] };

/** What cannot fit at the smallest module sizes we print, with the figures in the refusal. */
const REFUSED: Partial<Record<string, Symbology[]>> = {
  // 220 modules (GS1-128 of (8004)9506000QM-000123 with quiet zones) x 0.165 mm = 36.3 mm > 35.7 mm.
  'avery-l7651': ['gs1-128'],
  // A 45-module QR (the link, level M) x 0.25 mm = 11.3 mm > 10.7 mm; GS1-128 as above > 23.4 mm.
  'roll-1x0.5in': ['qr-url', 'gs1-128'],
};

/** ZXing's AIM symbology identifiers: ]C1, ]Q3 and ]d2 are the GS1 forms (FNC1 first). */
const IDENTIFIER: Record<Symbology, string> = {
  code128: ']C0',
  'gs1-128': ']C1',
  qr: ']Q1',
  'qr-url': ']Q1',
  'gs1-qr': ']Q3',
  datamatrix: ']d1',
  'gs1-datamatrix': ']d2',
};
const ZBAR_READS = new Set<Symbology>(['code128', 'gs1-128', 'qr', 'qr-url', 'gs1-qr']);

/** A version 4 UUID as the database makes them: random hex (here from a hash, to stay the same). */
function uuidOf(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function assets(count: number): LabelSubject[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'asset',
    id: uuidOf(`asset ${i}`),
    tag: `QM-${String(123 + i).padStart(6, '0')}`,
    name: i % 2 === 0 ? 'Reception laptop' : null,
    model: 'Dell Latitude 7450',
    serial: `SN${1000 + i}X`,
  }));
}

async function prepare(
  t: LabelTemplate,
  symbology: Symbology,
  subjects: LabelSubject[],
  fields = t.defaultFields,
): Promise<PreparedLabel[]> {
  const labels: PreparedLabel[] = [];
  for (const subject of subjects) {
    const r = await prepareLabel({ template: t, symbology, fields, image: true }, subject, env);
    if (!r.ok) throw new Error(r.message);
    labels.push(r.label);
  }
  return labels;
}

/** One region per label: the first page of a sheet, every page of a roll. */
function regionsOf(t: LabelTemplate, labels: PreparedLabel[]): { page: number; regions: Region[] }[] {
  if (t.kind === 'sheet') {
    const regions = labels.slice(0, labelsPerPage(t)).map((_, i) => {
      const p = labelPosition(t, i);
      return { xMm: p.xMm, yMm: p.yMm, wMm: t.label.widthMm, hMm: t.label.heightMm };
    });
    return [{ page: 1, regions }];
  }
  return labels.map((l, i) => ({
    page: i + 1,
    regions: [{ xMm: 0, yMm: 0, wMm: l.layout.widthMm, hMm: l.layout.heightMm }],
  }));
}

/** What the station's parser makes of a scan must name the same asset (or location) as the label. */
function expectStationReads(scan: string, label: PreparedLabel) {
  const parsed = parseScan(scan, scanOptions);
  const { subject, symbol } = label;
  switch (SYMBOLOGY_INFO[symbol.symbology].content) {
    case 'tag':
      expect(parsed.kind, scan).toBe('text');
      if (parsed.kind === 'text') {
        const candidate = { kind: subject.kind === 'asset' ? 'asset_tag' : 'location_code', key: subject.tag };
        // Tags from the tag pattern come first; a hand-made tag is among what the lookup tries.
        if (subject.kind === 'location' || /^QM-\d{6}$/.test(subject.tag))
          expect(parsed.candidates[0]).toEqual(candidate);
        else expect(parsed.candidates).toContainEqual(candidate);
      }
      break;
    case 'url':
      expect(parsed).toMatchObject(
        subject.kind === 'asset' ? { kind: 'url', assetId: subject.id } : { kind: 'url', locationId: subject.id },
      );
      break;
    case 'giai':
      expect(parsed).toMatchObject({ kind: 'gs1', giai: PREFIX + subject.tag, tag: subject.tag });
      if (parsed.kind === 'gs1') {
        const elementString = parsed.elements.map((e) => `(${e.ai})${e.value}`).join('');
        expect(elementString).toContain(`(8004)${PREFIX}${subject.tag}`);
      }
      break;
  }
}

async function expectEveryLabelDecodes(t: LabelTemplate, symbology: Symbology, labels: PreparedLabel[]) {
  const pdf = await labelsPdfBuffer(t, labels, { title: `${t.id} ${symbology}` });
  const expectedPages = t.kind === 'sheet' ? Math.ceil(labels.length / labelsPerPage(t)) : labels.length;
  expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBe(expectedPages);

  const pages = regionsOf(t, labels);
  const { dir, files } = await labelImages(pdf, pages);
  try {
    const [zx, zb, text] = await Promise.all([
      zxingDecode(files),
      ZBAR_READS.has(symbology) ? zbarDecode(files) : Promise.resolve(undefined),
      promisify(execFile)('pdftotext', ['-f', '1', '-l', '1', `${dir}/labels.pdf`, '-']),
    ]);
    // The text is real text: the first label's tag can be selected and searched.
    expect(text.stdout).toContain(labels[0]!.subject.tag);
    files.forEach((file, i) => {
      const label = labels[i]!;
      const where = `${t.id} ${symbology} label ${i + 1} (${label.subject.tag})`;
      const read = zx.get(file) ?? [];
      expect(read, `ZXing on ${where}`).toHaveLength(1);
      expect(read[0]!.text, `ZXing on ${where}`).toBe(label.symbol.scanned);
      expect(read[0]!.identifier, `ZXing on ${where}`).toBe(IDENTIFIER[symbology]);
      expectStationReads(read[0]!.identifier + read[0]!.text, label);
      if (zb) {
        expect(zb.get(file), `zbar on ${where}`).toEqual([label.symbol.scanned]);
        expectStationReads(label.symbol.scanned, label);
      }
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.concurrent('every code we print decodes to what was encoded', () => {
  for (const t of Object.values(TEMPLATES)) {
    for (const symbology of SYMBOLOGIES) {
      const refused = REFUSED[t.id]?.includes(symbology) ?? false;
      if (refused) {
        it(`refuses ${symbology} on ${t.id}: it cannot fit at the smallest module we print`, async () => {
          const [subject] = assets(1);
          const r = await prepareLabel({ template: t, symbology, fields: t.defaultFields, image: true }, subject!, env);
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.cause).toBe('symbol');
            expect(r.message).toMatch(/\d+ modules .* needs \d+(\.\d)? mm, and the .* label has \d+(\.\d)? mm/);
          }
        });
        continue;
      }
      const count = t.kind === 'sheet' ? labelsPerPage(t) + 2 : 3;
      decodeIt(
        `${symbology} on ${t.id}: every label of the first page reads back, also to the station`,
        async () => {
          await expectEveryLabelDecodes(t, symbology, await prepare(t, symbology, assets(count)));
        },
        60_000,
      );
    }
  }

  decodeIt(
    'location labels carry the location code, or a link to the location page',
    async () => {
      const t = TEMPLATES['avery-l7163'];
      const locations: LabelSubject[] = [
        { kind: 'location', id: uuidOf('location 1'), tag: 'LON-STOCK', name: 'London stockroom' },
        { kind: 'location', id: uuidOf('location 2'), tag: 'LON-F2-R204', name: 'Room 204' },
      ];
      for (const symbology of ['code128', 'qr-url', 'datamatrix'] as const) {
        await expectEveryLabelDecodes(t, symbology, await prepare(t, symbology, locations, ['tag', 'name']));
      }
    },
    60_000,
  );
});
