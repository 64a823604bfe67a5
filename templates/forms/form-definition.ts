import type { z } from 'zod';
import type { AdministrativeDocument } from '../layout/types';

/**
 * One official form: its id, its Vietnamese title, the schema of the data it prints, and a
 * pure mapping from that data to a laid-out administrative document.
 */
export interface FormDefinition<Id extends string, Schema extends z.ZodType> {
  id: Id;
  /** The form's name as printed, in Vietnamese. */
  title: string;
  /** The number the law gives the form ("Mẫu số 27", NĐ 116/2021 Phụ lục II), printed on its first page; absent when it gives none. */
  formNumber?: string;
  input: Schema;
  build(input: z.output<Schema>): AdministrativeDocument;
}
