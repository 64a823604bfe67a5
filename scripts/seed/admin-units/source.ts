/**
 * The pinned release the administrative units come from: hongquan's `vietnam-provinces`, which scrapes the
 * General Statistics Office's list (danhmuchanhchinh.nso.gov.vn) and ships it as JSON, with the pre-2025
 * three-level list and the 2025 conversion tables beside it. To move to a newer release, change these
 * four values (the sha256 is on https://pypi.org/simple/vietnam-provinces/) and run refresh.ts.
 */
export const adminUnitsRelease = {
  package: 'vietnam-provinces',
  version: '2026.9.0',
  url: 'https://files.pythonhosted.org/packages/a7/b6/41edbef7fb0c56238cd52c92f662dec74dd44e32ffc9e9f939c69fb3f992/vietnam_provinces-2026.9.0-py3-none-any.whl',
  sha256: 'b5f3540a98937d38b9bebcbdb792fa4f5b9712737d41b05c7254beb2308ebcd1',
  licence: 'GPL-3.0-or-later',
  upstream: 'https://danhmuchanhchinh.nso.gov.vn/',
} as const;
