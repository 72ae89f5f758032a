import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, type LabelField, type Symbology } from './label-templates.js';
import { prepareLabel, type LabelSubject, type PreparedLabel } from './label-content.js';
import { dotMm, labelsZplText, zplHex, type ZplDpi } from './render-zpl.js';

const env = { baseUrl: 'https://qm.example.com', organisationName: 'Acme ^Research~', gs1CompanyPrefix: '9506000' };
const GS = String.fromCharCode(29);

const uuidOf = (seed: string) => {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const asset = (tag: string, i = 0): LabelSubject => ({
  kind: 'asset',
  id: uuidOf(`asset ${i}`),
  tag,
  name: 'Reception ^laptop~ for Zoë',
  model: 'Dell Latitude 7450',
  serial: 'ABC_123',
});

async function prepared(
  templateId: keyof typeof TEMPLATES,
  symbology: Symbology,
  subjects: LabelSubject[],
  dpi: ZplDpi,
  fields?: LabelField[],
): Promise<PreparedLabel[]> {
  const template = TEMPLATES[templateId];
  const labels: PreparedLabel[] = [];
  for (const s of subjects) {
    const r = await prepareLabel(
      { template, symbology, fields: fields ?? template.defaultFields, dotMm: dotMm(dpi) },
      s,
      env,
    );
    if (!r.ok) throw new Error(r.message);
    labels.push(r.label);
  }
  return labels;
}

/** Undoes ^FH: what the printer sees after hexadecimal processing. */
const unhex = (data: string) =>
  Buffer.from(
    data.replace(/_([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** Every field's data, as the printer reads it. */
function fieldData(zpl: string): string[] {
  return [...zpl.matchAll(/\^FH\^FD(.*?)\^FS/g)].map((m) => unhex(m[1]!));
}

describe('ZPL field data', () => {
  it('escapes ^, ~, _ and everything outside printable ASCII as _XX bytes of UTF-8', () => {
    expect(zplHex('QM-000123')).toBe('QM-000123');
    expect(zplHex('a^b~c_d')).toBe('a_5Eb_7Ec_5Fd');
    expect(zplHex('Zoë')).toBe('Zo_C3_AB');
    expect(zplHex(`x${GS}y\n`)).toBe('x_1Dy_0A');
    expect(unhex(zplHex('Zoë ^~_ 東京'))).toBe('Zoë ^~_ 東京');
  });
});

describe('labels as ZPL', () => {
  const ROLLS = ['roll-62mm', 'roll-2x1in', 'roll-1x0.5in'] as const;
  const ZPL_SYMBOLOGIES: Symbology[] = ['code128', 'qr', 'qr-url', 'datamatrix', 'gs1-128', 'gs1-datamatrix'];
  const BARCODE: Record<string, RegExp> = {
    code128: /\^BY\d+,3,\d+\^BCN,\d+,N,N,N,A\^FH\^FD/,
    'gs1-128': /\^BY\d+,3,\d+\^BCN,\d+,N,N,N,D\^FH\^FD/,
    qr: /\^BQN,2,\d+\^FH\^FDMA,/,
    'qr-url': /\^BQN,2,\d+\^FH\^FDMA,/,
    datamatrix: /\^BXN,\d+,200,0,0,6,_\^FH\^FD/,
    'gs1-datamatrix': /\^BXN,\d+,200,0,0,6,_\^FH\^FD/,
  };

  for (const templateId of ROLLS) {
    for (const symbology of ZPL_SYMBOLOGIES) {
      for (const dpi of [203, 300] as const) {
        // Two-dot bars are 0.25 mm at 203 dpi: Code 128 no longer fits 1 x 0.5 inch, GS1-128 not 2 x 1 inch.
        const fits = !(
          (templateId === 'roll-1x0.5in' &&
            (symbology === 'qr-url' || symbology === 'gs1-128' || (symbology === 'code128' && dpi === 203))) ||
          (templateId === 'roll-2x1in' && symbology === 'gs1-128' && dpi === 203)
        );
        if (!fits) {
          it(`refuses ${symbology} on ${templateId} at ${dpi} dpi, saying what it needs`, async () => {
            const template = TEMPLATES[templateId];
            const r = await prepareLabel(
              { template, symbology, fields: template.defaultFields, dotMm: dotMm(dpi) },
              asset('QM-000123'),
              env,
            );
            expect(r).toMatchObject({ ok: false, cause: 'symbol' });
            if (!r.ok) expect(r.message).toMatch(/modules .* it needs [\d.]+ mm, and the .* label has [\d.]+ mm/);
          });
          continue;
        }
        it(`${symbology} on ${templateId} at ${dpi} dpi: one format per label, the code command, escaped data`, async () => {
          const subjects = [asset('QM-000123', 1), asset('QM-000124', 2), asset('QM-000125', 3)];
          const labels = await prepared(templateId, symbology, subjects, dpi);
          const template = TEMPLATES[templateId];
          const zpl = labelsZplText(labels, { dpi, continuous: templateId === 'roll-62mm' });
          const formats = zpl.split('^XZ\n').filter((f) => f.trim() !== '');
          expect(formats).toHaveLength(3);
          formats.forEach((format, i) => {
            expect(format.startsWith('^XA\n^CI28\n')).toBe(true);
            const dots = (mm: number) => Math.round((mm * dpi) / 25.4);
            expect(format).toContain(`^PW${dots(template.label.widthMm)}\n`);
            expect(format).toContain(`^LL${dots(labels[i]!.layout.heightMm)}\n`);
            expect(format).toContain(templateId === 'roll-62mm' ? '^MNN' : '^MNY');
            expect(format).toMatch(BARCODE[symbology]!);
            // Every ^FD is announced by ^FH and holds no ^ or ~ that could start a command.
            expect(format.match(/\^FD/g)!.length).toBe(format.match(/\^FH\^FD/g)!.length);
            for (const m of format.matchAll(/\^FD(.*?)\^FS/g)) expect(m[1]).not.toMatch(/[\^~]/);
            const data = fieldData(format);
            const tag = subjects[i]!.tag;
            const expected: Record<Symbology, string> = {
              code128: tag,
              qr: `MA,${tag}`,
              'qr-url': `MA,https://qm.example.com/assets/${subjects[i]!.id}`,
              datamatrix: tag,
              'gs1-128': `(8004)9506000${tag}`,
              'gs1-datamatrix': `_18004${'9506000'}${tag}`,
              'gs1-qr': '',
            };
            expect(data[0]).toBe(expected[symbology]);
            expect(data).toContain(tag);
          });
        });
      }
    }
  }

  it('keeps field data that looks like ZPL inert, and doubles Data Matrix escapes', async () => {
    const [label] = await prepared('roll-62mm', 'datamatrix', [asset('QM^XZ_~1')], 300, ['tag', 'name', 'serial']);
    const zpl = labelsZplText([label!], { dpi: 300, continuous: true });
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl).toContain('^FH^FDQM_5EXZ_5F_5F_7E1^FS'); // Data Matrix "__" for "_", then ^FH escapes
    const [code, tag, name, serial] = fieldData(zpl);
    expect([code, tag, serial]).toEqual(['QM^XZ__~1', 'QM^XZ_~1', 'S/N ABC_123']);
    expect(name).toMatch(/^Reception \^laptop~/); // cut to the width with "..." when long
  });

  it('prints bars and modules in whole dots, at least two, from the layout', async () => {
    const [at203] = await prepared('roll-2x1in', 'code128', [asset('QM-000123')], 203);
    const [at300] = await prepared('roll-2x1in', 'qr', [asset('QM-000123')], 300);
    const bar = Number(/\^BY(\d+)/.exec(labelsZplText([at203!], { dpi: 203, continuous: false }))![1]);
    const module = Number(/\^BQN,2,(\d+)/.exec(labelsZplText([at300!], { dpi: 300, continuous: false }))![1]);
    expect(bar).toBeGreaterThanOrEqual(2);
    expect(bar * dotMm(203)).toBeCloseTo(at203!.layout.symbol.moduleMm, 6);
    expect(module).toBeGreaterThanOrEqual(3);
    expect(module * dotMm(300)).toBeCloseTo(at300!.layout.symbol.moduleMm, 6);
  });

  it('refuses Code 128 on a 1 x 0.5 inch label at 203 dpi (two-dot bars are 0.25 mm) but prints it at 300 dpi', async () => {
    const template = TEMPLATES['roll-1x0.5in'];
    const subject = asset('QM-000123');
    const at203 = await prepareLabel(
      { template, symbology: 'code128', fields: ['tag'], dotMm: dotMm(203) },
      subject,
      env,
    );
    expect(at203).toMatchObject({ ok: false, cause: 'symbol' });
    if (!at203.ok) expect(at203.message).toMatch(/0\.25 mm\) it needs 33 mm, and the 1 x 0\.5 inch .* has 23\.4 mm/);
    const at300 = await prepareLabel(
      { template, symbology: 'code128', fields: ['tag'], dotMm: dotMm(300) },
      subject,
      env,
    );
    expect(at300.ok).toBe(true);
  });
});
