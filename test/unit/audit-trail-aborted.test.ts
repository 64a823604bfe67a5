import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import { auditTrail } from '../../api/audit/audit-trail';
import type { AuditWriter } from '../../api/audit/audit-writer';
import type { AuditEntry } from '../../store/audit-log';

/** A writer that keeps the rows it is given. */
function keptRows(): AuditWriter & { rows: AuditEntry[] } {
  const rows: AuditEntry[] = [];
  return {
    rows,
    record: async (entry) => void rows.push(entry),
    countRateLimited: () => undefined,
    backlog: () => ({ queued: 0, spooled: 0 }),
    close: async () => undefined,
  };
}

describe('the audit row of a request its client left before any answer', () => {
  it('is aborted, with no HTTP status: the client got none, and a 200 would say it succeeded', async () => {
    const audit = keptRows();
    const app = express();
    app.use('/api/v1', auditTrail(audit));
    // A handler still at work when the client leaves (an Update waiting on its workflow, say).
    app.post('/api/v1/dossiers/:id/actions/:action', () => undefined);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write('POST /api/v1/dossiers/8f14e45f-ceea-467a-9c36-6b2b1f0a2f51/actions/record-violation HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n');
      await sleep(100);
      socket.destroy();
      for (let attempt = 0; attempt < 50 && !audit.rows.length; attempt++) await sleep(20);
      expect(audit.rows).toEqual([expect.objectContaining({ action: 'dossier.action.record-violation', outcome: 'aborted', httpStatus: null })]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
