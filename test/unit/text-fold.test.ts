import { foldVietnamese } from '../../domain/text/fold';

describe('folding Vietnamese text for search', () => {
  it('drops tone marks and vowel marks', () => {
    expect(foldVietnamese('Thành phố Hà Nội')).toBe('thanh pho ha noi');
    expect(foldVietnamese('Xã Tu Mơ Rông')).toBe('xa tu mo rong');
    expect(foldVietnamese('Phường Ngọc Hà')).toBe('phuong ngoc ha');
  });

  it('reads đ and Đ as d', () => {
    expect(foldVietnamese('Đặc khu Côn Đảo')).toBe('dac khu con dao');
    expect(foldVietnamese('Tỉnh Đắk Lắk')).toBe('tinh dak lak');
  });

  it('folds precomposed and decomposed spellings alike', () => {
    const precomposed = 'Hồ Chí Minh'.normalize('NFC');
    const decomposed = 'Hồ Chí Minh'.normalize('NFD');
    expect(precomposed).not.toBe(decomposed);
    expect(foldVietnamese(precomposed)).toBe(foldVietnamese(decomposed));
    expect(foldVietnamese(decomposed)).toBe('ho chi minh');
  });

  it('leaves text without diacritics as lower case', () => {
    expect(foldVietnamese('ha noi')).toBe('ha noi');
    expect(foldVietnamese('HA NOI 01')).toBe('ha noi 01');
  });
});
