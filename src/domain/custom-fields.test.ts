import { describe, expect, it } from 'vitest';
import {
  canonicalIpv6,
  checkExistingValues,
  checkValue,
  mergeCustomFields,
  validateCustomFields,
  type FieldDefinition,
  type FieldType,
} from './custom-fields.js';

const field = (type: FieldType, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key: `${type}_field`,
  label: `The ${type}`,
  type,
  required: false,
  unique: false,
  ...extra,
});

function accepts(definition: FieldDefinition, raw: unknown) {
  const result = checkValue(definition, raw);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be accepted: ${result.message}`);
  return result.value;
}

function refuses(definition: FieldDefinition, raw: unknown) {
  const result = checkValue(definition, raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be refused, got ${JSON.stringify(result.value)}`);
  expect(result.message).toContain(`${definition.label} (${definition.key})`);
  return result.message;
}

describe('custom field values, per type', () => {
  it('text: trims, accepts numbers as text, refuses other types and overlong text', () => {
    const text = field('text');
    expect(accepts(text, '  Rack 4  ')).toBe('Rack 4');
    expect(accepts(text, 42)).toBe('42');
    refuses(text, true);
    refuses(text, { a: 1 });
    refuses(text, ['a']);
    expect(refuses(text, 'x'.repeat(2001))).toContain('at most 2000');
  });

  it('number: from numbers and numeric strings', () => {
    const number = field('number');
    expect(accepts(number, 12.5)).toBe(12.5);
    expect(accepts(number, ' 16 ')).toBe(16);
    expect(accepts(number, '-3.25')).toBe(-3.25);
    expect(accepts(number, '+7')).toBe(7);
    expect(accepts(number, '.5')).toBe(0.5);
    expect(accepts(number, '-0')).toBe(0);
    expect(accepts(number, 1.23e11)).toBe(123000000000);
  });

  it('number: refuses NaN, Infinity, words and Excel scientific notation', () => {
    const number = field('number');
    expect(refuses(number, Number.NaN)).toContain('finite');
    expect(refuses(number, Number.POSITIVE_INFINITY)).toContain('finite');
    refuses(number, 'NaN');
    refuses(number, 'Infinity');
    refuses(number, 'twelve');
    refuses(number, true);
    refuses(number, '0x10');
    const excel = refuses(number, '1.23E+11');
    expect(excel).toContain('scientific notation');
    expect(excel).toContain('1.23E+11');
    refuses(number, '5e3');
  });

  it('number: refuses decimal commas, thousands separators and more digits than a double keeps', () => {
    const number = field('number');
    expect(refuses(number, '1,5')).toContain('dot for decimals');
    expect(refuses(number, '1,234,567')).toContain('thousands separators');
    expect(refuses(number, '1 234')).toContain('thousands separators');
    expect(refuses(number, '1234567890123456')).toContain('text field');
    expect(accepts(number, '123456789012345')).toBe(123456789012345);
    expect(accepts(number, '1000000000000000000000')).toBe(1e21);
  });

  it('date: ISO dates as YYYY-MM-DD, the date of an ISO date-time as written', () => {
    const date = field('date');
    expect(accepts(date, '2026-03-31')).toBe('2026-03-31');
    expect(accepts(date, ' 2024-02-29 ')).toBe('2024-02-29');
    expect(accepts(date, '2026-03-31T23:30:00-05:00')).toBe('2026-03-31');
    expect(accepts(date, '2026-03-31T08:00:00.000Z')).toBe('2026-03-31');
    expect(accepts(date, '2000-02-29')).toBe('2000-02-29');
  });

  it('date: refuses impossible dates, other formats and non-strings', () => {
    const date = field('date');
    const feb = refuses(date, '2026-02-30');
    expect(feb).toContain('does not exist');
    expect(feb).toContain('February 2026 has 28 days');
    refuses(date, '2025-02-29');
    refuses(date, '1900-02-29');
    expect(refuses(date, '2026-13-01')).toContain('not a month');
    refuses(date, '2026-04-31');
    refuses(date, '2026-00-10');
    refuses(date, '0000-01-01');
    expect(refuses(date, '31/03/2026')).toContain('YYYY-MM-DD');
    refuses(date, '2026-3-31');
    refuses(date, '20260331');
    refuses(date, '2026-03-31T25:00:00Z');
    refuses(date, 46000);
  });

  it('boolean: true/false, yes/no, 1/0 in any case', () => {
    const flag = field('boolean');
    for (const yes of [true, 'true', 'TRUE', 'yes', 'Yes', '1', 1]) expect(accepts(flag, yes)).toBe(true);
    for (const no of [false, 'false', 'no', 'NO', '0', 0]) expect(accepts(flag, no)).toBe(false);
    expect(refuses(flag, 'maybe')).toContain('yes or no');
    refuses(flag, 2);
    refuses(flag, 'y');
  });

  it('select: one of the options, matched without regard to case and spelled as the option', () => {
    const select = field('select', {
      key: 'warranty_provider',
      label: 'Warranty provider',
      options: ['Dell', 'Lenovo'],
    });
    expect(accepts(select, 'dell')).toBe('Dell');
    expect(accepts(select, ' LENOVO ')).toBe('Lenovo');
    expect(refuses(select, 'HP')).toBe('Warranty provider (warranty_provider) must be one of: Dell, Lenovo.');
    refuses(select, true);
    const numeric = field('select', { options: ['16', '32'] });
    expect(accepts(numeric, 16)).toBe('16');
  });

  it('url: http and https only', () => {
    const url = field('url');
    expect(accepts(url, ' https://support.example.com/kb?id=1 ')).toBe('https://support.example.com/kb?id=1');
    expect(accepts(url, 'http://intranet/asset/1')).toBe('http://intranet/asset/1');
    expect(refuses(url, 'ftp://example.com')).toContain('http://');
    refuses(url, 'javascript:alert(1)');
    refuses(url, 'example.com');
    refuses(url, 'https://');
    refuses(url, 'https://exa mple.com');
    refuses(url, 5);
  });

  it('e-mail: a plausible address, lower-cased', () => {
    const email = field('email');
    expect(accepts(email, ' Jane.Doe+it@Example.COM ')).toBe('jane.doe+it@example.com');
    for (const bad of [
      'jane',
      'jane@',
      '@example.com',
      'jane@example',
      'jane doe@example.com',
      'a..b@example.com',
      'j@ex_ample.com',
      'j@1.2.3.4',
    ]) {
      refuses(email, bad);
    }
  });

  it('ip: IPv4 as written, IPv6 in its canonical form', () => {
    const ip = field('ip');
    expect(accepts(ip, ' 192.0.2.10 ')).toBe('192.0.2.10');
    expect(accepts(ip, '2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(accepts(ip, '::1')).toBe('::1');
    expect(accepts(ip, '::ffff:192.0.2.1')).toBe('::ffff:192.0.2.1');
    for (const bad of ['256.1.1.1', '01.2.3.4', '1.2.3', 'not-an-ip', '1:2:3:4:5:6:7:8:9', '192.0.2.10/24']) {
      refuses(ip, bad);
    }
    expect(refuses(ip, 'fe80::1%eth0')).toContain('zone');
  });

  it('canonicalises IPv6 as RFC 5952 says', () => {
    expect(canonicalIpv6('2001:0db8:0000:0000:0001:0000:0000:0001')).toBe('2001:db8::1:0:0:1');
    expect(canonicalIpv6('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
    expect(canonicalIpv6('0:0:0:0:0:0:0:0')).toBe('::');
    expect(canonicalIpv6('fe80:0:0:0:0:0:0:0')).toBe('fe80::');
    expect(canonicalIpv6('1:0:0:2:0:0:0:3')).toBe('1:0:0:2::3');
    expect(canonicalIpv6('64:ff9b::192.0.2.33')).toBe('64:ff9b::c000:221');
  });

  it('mac: the usual notations, as lower-case colon form', () => {
    const mac = field('mac');
    expect(accepts(mac, 'AA:BB:CC:DD:EE:FF')).toBe('aa:bb:cc:dd:ee:ff');
    expect(accepts(mac, 'aa-bb-cc-dd-ee-0f')).toBe('aa:bb:cc:dd:ee:0f');
    expect(accepts(mac, 'aabb.ccdd.eeff')).toBe('aa:bb:cc:dd:ee:ff');
    expect(accepts(mac, ' AABBCCDDEEFF ')).toBe('aa:bb:cc:dd:ee:ff');
    for (const bad of [
      'aa:bb-cc:dd:ee:ff',
      'aa:bb:cc:dd:ee',
      'gg:bb:cc:dd:ee:ff',
      'aabbccddeeff00',
      'aab.bccd.deeff',
    ]) {
      refuses(mac, bad);
    }
  });

  it('treats null, undefined and blank text as no value for every type', () => {
    for (const type of ['text', 'number', 'date', 'boolean', 'select', 'url', 'email', 'ip', 'mac'] as const) {
      for (const empty of [null, undefined, '', '   ']) expect(accepts(field(type), empty)).toBeNull();
    }
  });
});

describe('validating the custom fields of a write', () => {
  const definitions: FieldDefinition[] = [
    { key: 'ram_gb', label: 'RAM (GB)', type: 'number', required: true, unique: false },
    {
      key: 'warranty_provider',
      label: 'Warranty provider',
      type: 'select',
      required: false,
      unique: false,
      options: ['Dell', 'Lenovo'],
    },
    { key: 'mac', label: 'MAC address', type: 'mac', required: false, unique: true },
  ];

  it('returns the normalised values', () => {
    const result = validateCustomFields(definitions, { ram_gb: '16', warranty_provider: 'dell', mac: 'AABBCCDDEEFF' });
    expect(result).toEqual({
      values: { ram_gb: 16, warranty_provider: 'Dell', mac: 'aa:bb:cc:dd:ee:ff' },
      errors: [],
    });
  });

  it('names unknown keys, listing the fields the category has', () => {
    const result = validateCustomFields(definitions, { ram_gb: 8, colour: 'red' });
    expect(result.errors).toEqual([
      {
        pointer: '/body/customFields/colour',
        message: 'Unknown custom field "colour". This category\'s fields are: ram_gb, warranty_provider, mac.',
      },
    ]);
    expect(validateCustomFields([], { colour: 'red' }).errors[0]!.message).toContain('no custom fields');
  });

  it('refuses a missing or empty required field on a full write', () => {
    expect(validateCustomFields(definitions, {}).errors).toEqual([
      { pointer: '/body/customFields/ram_gb', message: 'RAM (GB) (ram_gb) is required.' },
    ]);
    expect(validateCustomFields(definitions, undefined).errors).toHaveLength(1);
    expect(validateCustomFields(definitions, { ram_gb: '  ' }).errors).toEqual([
      { pointer: '/body/customFields/ram_gb', message: 'RAM (GB) (ram_gb) is required.' },
    ]);
  });

  it('leaves empty optional values out of a full write', () => {
    expect(validateCustomFields(definitions, { ram_gb: 8, mac: '', warranty_provider: null }).values).toEqual({
      ram_gb: 8,
    });
  });

  it('on a partial write, checks only the keys given and returns null to clear a field', () => {
    const result = validateCustomFields(definitions, { mac: null, warranty_provider: 'Lenovo' }, { partial: true });
    expect(result).toEqual({ values: { mac: null, warranty_provider: 'Lenovo' }, errors: [] });
    const clearingRequired = validateCustomFields(definitions, { ram_gb: null }, { partial: true });
    expect(clearingRequired.errors).toEqual([
      { pointer: '/body/customFields/ram_gb', message: 'RAM (GB) (ram_gb) is required.' },
    ]);
  });

  it('reports every error at once, under the pointer prefix given', () => {
    const result = validateCustomFields(
      definitions,
      { ram_gb: 'lots', warranty_provider: 'HP', mac: 'nope' },
      { pointerPrefix: '/rows/12/customFields' },
    );
    expect(result.errors.map((e) => e.pointer)).toEqual([
      '/rows/12/customFields/ram_gb',
      '/rows/12/customFields/warranty_provider',
      '/rows/12/customFields/mac',
    ]);
    expect(result.errors[1]!.message).toBe('Warranty provider (warranty_provider) must be one of: Dell, Lenovo.');
  });

  it('refuses custom fields that are not an object', () => {
    for (const bad of ['x', 5, ['a'], true]) {
      expect(validateCustomFields(definitions, bad).errors).toEqual([
        { pointer: '/body/customFields', message: 'Custom fields must be an object of field keys and values.' },
      ]);
    }
  });

  it('escapes odd keys in pointers and is not fooled by prototype keys', () => {
    const result = validateCustomFields(definitions, JSON.parse('{"ram_gb": 1, "a/b": 1, "__proto__": 1}'));
    expect(result.errors.map((e) => e.pointer)).toEqual(['/body/customFields/a~1b', '/body/customFields/__proto__']);
    expect(validateCustomFields(definitions, { ram_gb: 1, toString: 'x' }).errors).toHaveLength(1);
  });

  it('merges changes into existing values: null clears, other keys (archived fields too) are kept', () => {
    expect(
      mergeCustomFields({ ram_gb: 8, old_field: 'kept', mac: 'aa:bb:cc:dd:ee:ff' }, { ram_gb: 16, mac: null }),
    ).toEqual({
      ram_gb: 16,
      old_field: 'kept',
    });
    expect(mergeCustomFields(null, { a: 1 })).toEqual({ a: 1 });
  });
});

describe('existing values against a changed definition', () => {
  it('reports values the new type refuses, without changing them', () => {
    const definition = field('number', { key: 'ram', label: 'RAM' });
    const values = [16, '32', 'lots', null, true];
    const problems = checkExistingValues(definition, values);
    expect(problems.map((p) => p.index)).toEqual([1, 2, 4]);
    expect(problems[0]!.message).toContain('becomes 32');
    expect(problems[1]).toMatchObject({ value: 'lots', message: 'RAM (ram) must be a number, not "lots".' });
    expect(values).toEqual([16, '32', 'lots', null, true]);
  });

  it('reports values no longer among the options', () => {
    const definition = field('select', { options: ['Dell'] });
    expect(checkExistingValues(definition, ['Dell', 'Lenovo', 'dell']).map((p) => p.index)).toEqual([1, 2]);
  });

  it('reports missing values once a field becomes required', () => {
    const definition = field('text', { required: true });
    const problems = checkExistingValues(definition, ['a', null, undefined, '']);
    expect(problems.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(problems[0]!.message).toContain('is required but has no value');
    expect(checkExistingValues({ ...definition, required: false }, ['a', null])).toEqual([]);
  });
});
