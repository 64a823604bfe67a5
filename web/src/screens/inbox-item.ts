import type { operations } from '../api/openapi';

/** One waiting task of the inbox: a running deadline of a dossier, owned by the signed-in unit. */
export type InboxItem = operations['inbox']['responses'][200]['content']['application/json']['items'][number];

export const inboxKey = (item: InboxItem) => `${item.dossierId}:${item.deadline.id}`;
