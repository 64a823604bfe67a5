import { Alert, Button, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useOnline } from '../app/OnlineBanner';
import { dismissRefused, flush, useOutbox } from './outbox';

/** What waits to be sent and what the API refused once it was: shown under the header on every screen. */
export function OutboxPanel() {
  const { pending, refused } = useOutbox();
  const online = useOnline();
  const queries = useQueryClient();
  useEffect(() => {
    if (online && pending.length) void flush(() => void queries.invalidateQueries());
  }, [online, pending.length, queries]);
  return (
    <>
      {pending.length > 0 && (
        <Alert banner type="info" role="status" message={`${pending.length} thao tác đang chờ gửi: ${pending.map((item) => item.label).join('; ')}. Sẽ tự gửi khi có mạng.`} />
      )}
      {refused.map((item) => (
        <Alert
          key={item.key}
          banner
          type="error"
          role="alert"
          message={
            <Space wrap>
              <span>
                Không gửi được “{item.label}” (lập lúc {new Date(item.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}): {item.title}
              </span>
              <Button size="small" onClick={() => dismissRefused(item.key)}>
                Đã xem
              </Button>
            </Space>
          }
        />
      ))}
    </>
  );
}
