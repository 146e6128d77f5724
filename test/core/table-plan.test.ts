import type { TableDef } from '../../src/core/data/tables';
import { planTable } from '../../src/core/setup/table-plan';

const def: TableDef = { name: 'Unit', description: '', headers: ['Kode', 'Nama', 'Alias'] };

describe('planTable', () => {
  it('creates a missing sheet', () => {
    expect(planTable(def, null)).toEqual({ action: 'create' });
  });

  it('leaves a complete sheet alone, whatever the case and spacing of its headers', () => {
    expect(planTable(def, [' kode', 'NAMA', 'Alias'])).toEqual({ action: 'none' });
  });

  it('appends only the missing columns after the last filled header, keeping admin-added columns', () => {
    expect(planTable(def, ['Kode', 'Catatan admin', 'Nama', '', ''])).toEqual({
      action: 'append',
      headers: ['Alias'],
      at: 4,
    });
  });

  it('fills the header of a sheet whose header row was cleared', () => {
    expect(planTable(def, [])).toEqual({
      action: 'append',
      headers: ['Kode', 'Nama', 'Alias'],
      at: 1,
    });
  });
});
