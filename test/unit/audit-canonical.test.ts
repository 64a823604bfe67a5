import { auditRowHash, canonicalJson, GENESIS_HASH } from '../../store/audit-log';

const row = {
  seq: 1,
  at: new Date('2026-03-02T08:15:30.123Z'),
  requestId: '6f1c1d2e-0000-4000-8000-000000000001',
  userId: 'demo-police-x01',
  role: 'commune_police',
  unitCode: 'DEMO-X01',
  action: 'dossier.read',
  dossierId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  target: null,
  outcome: 'ok' as const,
  httpStatus: 200,
  details: { count: 3, query: { status: 'open', page: '2' } },
};

describe('the canonical form an audit row is hashed in', () => {
  it('does not depend on the order of keys, at any depth, since jsonb keeps none', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { x: 2, y: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}');
  });

  it('keeps the order of arrays, which jsonb keeps too', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('leaves out undefined members, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('writes Vietnamese text and numbers as JSON does', () => {
    expect(canonicalJson({ unit: 'Xã Tiên Du', n: 0.1 + 0.2 })).toBe('{"n":0.30000000000000004,"unit":"Xã Tiên Du"}');
  });
});

describe('the hash that chains audit rows', () => {
  it('is the same for the same row however its details were built', () => {
    const reordered = { ...row, details: { query: { page: '2', status: 'open' }, count: 3 } };
    expect(auditRowHash(GENESIS_HASH, reordered)).toBe(auditRowHash(GENESIS_HASH, row));
  });

  it('changes when any field changes', () => {
    const original = auditRowHash(GENESIS_HASH, row);
    const edits = [
      { seq: 2 },
      { at: new Date('2026-03-02T08:15:30.124Z') },
      { requestId: 'other' },
      { userId: 'someone-else' },
      { role: 'supervisor' },
      { unitCode: 'DEMO-X02' },
      { action: 'document.read' },
      { dossierId: null },
      { target: 'x' },
      { outcome: 'refused' as const },
      { httpStatus: 403 },
      { details: { count: 4, query: { status: 'open', page: '2' } } },
    ];
    for (const edit of edits) expect(auditRowHash(GENESIS_HASH, { ...row, ...edit })).not.toBe(original);
  });

  it('changes with the hash of the row before, which is what links the chain', () => {
    expect(auditRowHash('f'.repeat(64), row)).not.toBe(auditRowHash(GENESIS_HASH, row));
  });

  it('keeps its format: a change would make every stored chain fail verification', () => {
    expect(auditRowHash(GENESIS_HASH, row)).toBe('9c3d83ba39eb72517e5f60c95925cea57ca682797b4f2d8c1be87100e78a0ce8');
  });
});
