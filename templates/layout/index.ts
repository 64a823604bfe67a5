export { renderAdministrativeDocument } from './render-administrative-document';
export { missingGlyphs, MissingGlyphsError, assertGlyphsAvailable } from './missing-glyphs';
export { formatPlaceAndDate, formatNumericDate, toCalendarDate } from './vietnamese-date';
export type * from './types';
