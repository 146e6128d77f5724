import { readWatchedAddresses } from '../../src/core/daily/watched';

describe('readWatchedAddresses (AlamatDipantau)', () => {
  it('reads addresses bare and lower case, and names every bad cell', () => {
    const { addresses, problems } = readWatchedAddresses(
      ['Alamat', 'Unit', 'Kategori'],
      [
        ['Surat Masuk <SuratMasuk@Bangka.go.id>', 'SETDA', 'Surat Masuk'],
        ['pengaduan@bangka.go.id', 'DISKOMINFO', ''],
        ['bukan alamat', 'X', ''],
        ['', 'Y', 'Koordinasi'],
        ['suratmasuk@bangka.go.id', 'LAIN', ''],
        ['', '', ''],
      ],
    );
    expect(addresses).toEqual([
      { address: 'suratmasuk@bangka.go.id', unit: 'SETDA', category: 'Surat Masuk' },
      { address: 'pengaduan@bangka.go.id', unit: 'DISKOMINFO', category: '' },
    ]);
    expect(problems).toEqual([
      {
        sheet: 'AlamatDipantau',
        row: 4,
        column: 'Alamat',
        message: '"bukan alamat" bukan alamat email yang valid',
      },
      {
        sheet: 'AlamatDipantau',
        row: 5,
        column: 'Alamat',
        message: 'Alamat wajib diisi; baris ini diabaikan',
      },
      {
        sheet: 'AlamatDipantau',
        row: 6,
        column: 'Alamat',
        message: 'suratmasuk@bangka.go.id sudah tercantum di baris 2; baris ini diabaikan',
      },
    ]);
  });

  it('cannot read a sheet without the Alamat column, and says so', () => {
    const { addresses, problems } = readWatchedAddresses(['Unit'], [['SETDA']]);
    expect(addresses).toEqual([]);
    expect(problems[0]?.message).toContain('kolom Alamat tidak ada di baris judul');
  });
});
