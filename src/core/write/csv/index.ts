export { csvChunks, csvField, type CsvValue } from './csv';
