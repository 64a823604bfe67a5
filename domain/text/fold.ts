/**
 * Folds Vietnamese text for matching: "Thành phố Hà Nội" → "thanh pho ha noi". People type names
 * without diacritics (or with a different keyboard's composition), so searches compare folded forms.
 * Đ/đ is a letter of its own, not D with a mark, so NFD leaves it whole and it is mapped here.
 *
 * db/migrations/005_admin_units.sql folds `units.name` the same way in SQL; test/integration/admin-units.test.ts
 * checks that the two agree.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
