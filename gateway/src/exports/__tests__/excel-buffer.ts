import type ExcelJS from 'exceljs';

/**
 * Bytes as ExcelJS's `xlsx.load` is typed to take them: its own global `Buffer`, declared as an ArrayBuffer and
 * merged with Node's Buffer, which no value matches. It reads a Node Buffer or an ArrayBuffer alike (through JSZip).
 */
export const excelBytes = (bytes: Uint8Array | ArrayBuffer) =>
  bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0];
