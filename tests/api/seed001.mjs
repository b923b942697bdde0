// Seed 001 (Dinsos Kota Makassar), tables 1.1-1.3: PMKS handled per year by category and sex, as
// the paper prints them. The demo data must reproduce them.
const table = {
  2022: { anak_jalanan: [187, 165], gelandangan: [2, 18], pengemis: [1, 17], lansia_telantar: [6, 7], orang_terlantar: [17, 16], korban_napza: [1, 0], odgj: [0, 8], tuna_susila: [3, 19] },
  2023: { anak_jalanan: [206, 138], gelandangan: [28, 28], pengemis: [29, 29], lansia_telantar: [16, 10], orang_terlantar: [41, 32], korban_napza: [2, 2], odgj: [4, 9], tuna_susila: [86, 99], anak_disabilitas: [1, 1] },
  2024: { anak_jalanan: [84, 55], gelandangan: [20, 19], pengemis: [21, 20], lansia_telantar: [27, 10], orang_terlantar: [21, 19], korban_napza: [8, 8], odgj: [1, 5], tuna_susila: [113, 147], anak_disabilitas: [1, 0], abh: [2, 2] },
};
export const makassarCounts = Object.entries(table).flatMap(([year, rows]) =>
  Object.entries(rows).map(([category, [male, female]]) => ({ year: Number(year), category, male, female })));

// Seed 001's own report rows: its tables group beggars and homeless people together (1.1-1.3).
export const seedRows = [
  { label: 'Anak Jalanan', categories: ['anak_jalanan'] },
  { label: 'Gelandangan dan Pengemis', categories: ['gelandangan', 'pengemis'] },
  { label: 'Lansia Terlantar', categories: ['lansia_telantar'] },
  { label: 'Orang Terlantar', categories: ['orang_terlantar'] },
  { label: 'NAPZA', categories: ['korban_napza'] },
  { label: 'ODGJ', categories: ['odgj'] },
  { label: 'Tuna Susila', categories: ['tuna_susila'] },
  { label: 'Anak dengan Kedisabilitasan', categories: ['anak_disabilitas'] },
  { label: 'Anak Berhadapan dengan Hukum', categories: ['abh'] },
];
