import { Link } from 'react-router-dom';
import { messages } from '../i18n';
import { Countdown } from './Countdown';
import { inboxKey, type InboxItem } from './inbox-item';

const t = messages.inbox;

export interface MoreItems {
  onClick(): void;
  loading: boolean;
}

/**
 * The inbox as a plain table on screens wide enough for one: 50 rows of an Ant Design table cost a slow phone's CPU
 * several times what this does, and the inbox is the screen every officer opens first.
 */
export function InboxTable({ items, more }: { items: readonly InboxItem[]; more: MoreItems | undefined }) {
  return (
    <div className="inbox-table">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.due}</th>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.person}</th>
            <th scope="col">{t.task}</th>
            <th scope="col">{t.step}</th>
            <th scope="col">{t.assignedTo}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={inboxKey(item)} data-row-key={inboxKey(item)}>
              <td>
                <Countdown dueAt={item.deadline.dueAt} overdue={item.deadline.overdue} workingDaysLeft={item.deadline.workingDaysLeft} overdueWorkingDays={item.deadline.overdueWorkingDays} />
              </td>
              <td>
                <Link to={`/ho-so/${item.dossierId}`}>{item.code}</Link>
                <FormsFailed item={item} />
              </td>
              <td>
                <Link to={`/ho-so/${item.dossierId}`}>{item.subject.fullName}</Link>
              </td>
              <td>{item.deadline.description}</td>
              <td>{item.stepTitle}</td>
              <td className="secondary">{t.unassigned}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more && <MoreButton more={more} />}
    </div>
  );
}

/** On a phone, each item is a card: the whole card is the link to the dossier. */
export function InboxCards({ items, more }: { items: readonly InboxItem[]; more: MoreItems | undefined }) {
  return (
    <>
      <ul className="inbox-cards">
        {items.map((item) => (
          <li key={inboxKey(item)} data-row-key={inboxKey(item)}>
            <Link to={`/ho-so/${item.dossierId}`} className="inbox-card">
              <span className="inbox-card-head">
                <strong>{item.subject.fullName}</strong>
                <span className="secondary">{item.code}</span>
              </span>
              <Countdown dueAt={item.deadline.dueAt} overdue={item.deadline.overdue} workingDaysLeft={item.deadline.workingDaysLeft} overdueWorkingDays={item.deadline.overdueWorkingDays} />
              <span>{item.deadline.description}</span>
              <span className="secondary">{item.stepTitle}</span>
              <FormsFailed item={item} />
            </Link>
          </li>
        ))}
      </ul>
      {more && <MoreButton more={more} />}
    </>
  );
}

/** A dossier some of whose forms could not be issued: its page says which, and what to do. */
function FormsFailed({ item }: { item: InboxItem }) {
  if (!item.failedForms) return null;
  return <span className="tag tag-orange forms-failed">{t.formsFailed(item.failedForms)}</span>;
}

/** Loads the next page of the inbox. */
export function MoreButton({ more }: { more: MoreItems }) {
  return (
    <button type="button" className="button button-block load-more" onClick={more.onClick} disabled={more.loading} aria-busy={more.loading}>
      {more.loading ? messages.loading : t.loadMore}
    </button>
  );
}
