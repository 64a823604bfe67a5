import { resolveToolsCacheDir } from '../../scripts/tools/cache-dir';

describe('resolveToolsCacheDir', () => {
  const home = '/home/ana';

  it('prefers HOSO_TOOLS_DIR over everything', () => {
    expect(resolveToolsCacheDir({ HOSO_TOOLS_DIR: '/opt/hoso-tools', XDG_CACHE_HOME: '/xdg' }, home)).toBe('/opt/hoso-tools');
  });

  it('makes a relative HOSO_TOOLS_DIR absolute', () => {
    expect(resolveToolsCacheDir({ HOSO_TOOLS_DIR: 'tools' }, home)).toBe(`${process.cwd()}/tools`);
  });

  it('uses XDG_CACHE_HOME when set', () => {
    expect(resolveToolsCacheDir({ XDG_CACHE_HOME: '/xdg' }, home)).toBe('/xdg/hoso/tools');
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG spec requires', () => {
    expect(resolveToolsCacheDir({ XDG_CACHE_HOME: 'cache' }, home)).toBe('/home/ana/.cache/hoso/tools');
  });

  it('treats empty variables as unset', () => {
    expect(resolveToolsCacheDir({ HOSO_TOOLS_DIR: '', XDG_CACHE_HOME: '' }, home)).toBe('/home/ana/.cache/hoso/tools');
  });

  it('falls back to ~/.cache/hoso/tools', () => {
    expect(resolveToolsCacheDir({}, home)).toBe('/home/ana/.cache/hoso/tools');
  });
});
