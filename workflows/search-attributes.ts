import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Visibility keys: procedure facts only, never personal data. Registered by scripts/stack/temporal.ts. */
export const searchAttributes = {
  regime: defineSearchAttributeKey('HosoRegime', SearchAttributeType.KEYWORD),
  step: defineSearchAttributeKey('HosoStep', SearchAttributeType.KEYWORD),
  overdue: defineSearchAttributeKey('HosoOverdue', SearchAttributeType.BOOL),
  unit: defineSearchAttributeKey('HosoUnit', SearchAttributeType.KEYWORD),
} as const;
