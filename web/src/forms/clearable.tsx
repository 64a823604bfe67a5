import { CloseCircleFilled } from '@ant-design/icons';
import { messages } from '../i18n';

/**
 * `allowClear` for a select: its clear button is a button a keyboard reaches and a screen reader names, and Ant
 * Design's select would name it in English ("Clear").
 */
export const clearable = { label: messages.form.clearChoice, clearIcon: <CloseCircleFilled aria-hidden /> };
