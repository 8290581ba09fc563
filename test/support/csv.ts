/** The tests read CSV with the importer's own RFC 4180 reader (it also drops a leading BOM). */
export { parseCsv } from '../../src/modules/import/csv.ts';
