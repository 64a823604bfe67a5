import { DownloadOutlined, EyeOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Grid, List, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { fetchBlob } from '../../api/client';
import type { components } from '../../api/openapi';
import { messages } from '../../i18n';

const t = messages.dossier;

export interface DocumentItem {
  documentId: string;
  formId: string;
  title: string;
  verificationCode: string | null;
  revision: number;
}

/** A form of a recorded event that could not be issued (the dossier's `formFailures`). */
export type FormFailureItem = NonNullable<components['schemas']['Dossier']['formFailures']>[number];

/**
 * Forms that could not be issued, above the documents: the act is recorded, only its paper is missing, and someone
 * must tell the administrators. Plain blocks that wrap, so that a phone shows every word.
 */
function FormFailures({ failures }: { failures: readonly FormFailureItem[] }) {
  return (
    <ul className="form-failures">
      {failures.map((failure) => (
        <li key={`${failure.formId}@${failure.seq}`}>
          <Alert
            type="warning"
            showIcon
            message={
              <>
                <strong>{t.notIssued}:</strong> {failure.formTitle}
              </>
            }
            description={
              <>
                <p>
                  {failure.reason} ({t.notIssuedEvent(failure.seq)}).
                </p>
                {failure.fields && (
                  <p>
                    {t.notIssuedFields}: <code>{failure.fields.join(', ')}</code>
                  </p>
                )}
                <p>{t.notIssuedWhatToDo}</p>
              </>
            }
          />
        </li>
      ))}
    </ul>
  );
}

/**
 * The dossier's documents: seen in the page, downloaded, printed. A PDF is fetched with the bearer (it is not a
 * public link), so each button fetches it once and hands the browser a local copy.
 */
export function DocumentList({ dossierId, documents, failures = [] }: { dossierId: string; documents: readonly DocumentItem[]; failures?: readonly FormFailureItem[] }) {
  const [preview, setPreview] = useState<{ title: string; url: string }>();
  const screens = Grid.useBreakpoint();
  const open = async (document: DocumentItem) => {
    const { blob, fileName } = await fetchBlob(`/api/v1/dossiers/${dossierId}/documents/${document.documentId}`);
    return { url: URL.createObjectURL(blob), fileName: fileName ?? `${document.title}.pdf` };
  };
  const download = async (document: DocumentItem) => {
    const { url, fileName } = await open(document);
    const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const print = async (document: DocumentItem) => {
    const { url } = await open(document);
    const frame = Object.assign(window.document.createElement('iframe'), { src: url, hidden: true });
    frame.onload = () => frame.contentWindow?.print();
    window.document.body.append(frame);
  };
  const failed = failures.length > 0 && <FormFailures failures={failures} />;
  if (!documents.length) return failed || <Empty description={t.noDocuments} />;
  return (
    <>
      {failed}
      <List
        className="document-list"
        itemLayout={screens.md ? 'horizontal' : 'vertical'}
        dataSource={[...documents]}
        renderItem={(document) => (
          <List.Item
            actions={[
              <Button key="view" icon={<EyeOutlined aria-hidden />} onClick={async () => setPreview({ title: document.title, url: (await open(document)).url })}>
                {t.preview}
              </Button>,
              <Button key="download" icon={<DownloadOutlined aria-hidden />} onClick={() => void download(document)}>
                {t.download}
              </Button>,
              <Button key="print" icon={<PrinterOutlined aria-hidden />} onClick={() => void print(document)}>
                {t.print}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={document.title}
              description={
                <Space wrap>
                  {document.verificationCode && (
                    <a href={`/api/v1/verify/${document.verificationCode}`} target="_blank" rel="noreferrer">
                      {/* Ant Design's green tag falls short of a 4.5:1 contrast: styles.css .tag-green does not. */}
                      <span className="tag tag-green">
                        <SafetyCertificateOutlined aria-hidden /> {t.verified} · {document.verificationCode}
                      </span>
                    </a>
                  )}
                  {document.revision > 1 && <Tag>{t.correction(document.revision - 1)}</Tag>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <Modal open={!!preview} title={preview?.title} footer={null} width="min(960px, 100vw)" onCancel={() => setPreview(undefined)} destroyOnHidden>
        {preview && <iframe title={preview.title} src={preview.url} className="pdf-preview" />}
      </Modal>
    </>
  );
}
