import { vi, type Messages } from './vi';

/** The catalog in use. One language today; the shape is the contract another catalog must meet. */
export const messages: Messages = vi;
