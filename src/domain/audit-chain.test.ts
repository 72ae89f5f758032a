import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, contentMac, diffFields, type AuditContent } from './audit-chain.js';

const content: AuditContent = {
  occurredAt: new Date('2026-01-02T03:04:05.678Z'),
  actorType: 'user',
  actorId: '11111111-1111-4111-8111-111111111111',
  actorLabel: 'a@example.com',
  tokenId: null,
  source: 'web',
  requestId: 'r1',
  entityType: 'user',
  entityId: 'u1',
  action: 'user.updated',
  changes: { name: { before: 'A', after: 'B' } },
};

describe('audit chain primitives', () => {
  it('writes the same canonical JSON whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('changes the MAC when any field changes, and with the key', () => {
    const mac = contentMac('k', content);
    expect(contentMac('k', { ...content })).toBe(mac);
    expect(contentMac('k', { ...content, action: 'user.deleted' })).not.toBe(mac);
    expect(contentMac('k', { ...content, changes: { name: { before: 'A', after: 'C' } } })).not.toBe(mac);
    expect(contentMac('k', { ...content, occurredAt: new Date('2026-01-02T03:04:05.679Z') })).not.toBe(mac);
    expect(contentMac('other', content)).not.toBe(mac);
  });

  it('links each hash to the previous one and records the sealing verdict', () => {
    const h1 = chainHash('k', 1, '0', 'mac1');
    expect(chainHash('k', 2, h1, 'mac2')).not.toBe(chainHash('k', 2, 'x', 'mac2'));
    expect(chainHash('k', 1, '0', 'mac1', 'forged')).not.toBe(h1);
  });

  it('diffs only the fields that changed and hides secrets', () => {
    expect(
      diffFields({ name: 'A', email: 'a@x', secret: 's1' }, { name: 'B', email: 'a@x', secret: 's2' }, ['secret']),
    ).toEqual({ name: { before: 'A', after: 'B' }, secret: { before: '[hidden]', after: '[hidden]' } });
    expect(diffFields(null, { a: 1 })).toEqual({ a: { before: null, after: 1 } });
  });
});
