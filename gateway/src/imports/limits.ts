import { MAX_IMPORT_ROWS } from '@chung-tay/common';

/**
 * What one uploaded list may hold. Every bound is checked while the file is read, so a file over one is refused
 * before it takes more memory or time than a legitimate list of MAX_IMPORT_ROWS rows would.
 */
export interface UploadLimits {
  /** GATEWAY_MAX_IMPORT_BYTES: the request body, checked while it arrives. */
  maxBytes: number;
  /** Every part of a workbook, inflated: a zip of a few MB can unpack to gigabytes. */
  maxUnpackedBytes: number;
  /** The workbook's shared-strings table, kept in memory while the sheet is read. */
  maxSharedStrings: number;
  maxSharedStringChars: number;
  /** Characters of all kept cells together: what is sent on to the owning subgraph. */
  maxTextChars: number;
  /** One cell: a name, an address, a note. */
  maxCellChars: number;
  /** Bytes between two XML tags, or on one CSV line: what a parser buffers before it can say anything. */
  maxTokenBytes: number;
  maxColumns: number;
  /** Data rows after the header (the subgraphs refuse more; the gateway stops reading at the first over). */
  maxRows: number;
}

/**
 * The bounds for a body limit: a legitimate 50,000-row list's sheet unpacks to well under five times its zip, and
 * its text is never more than the largest CSV file the gateway takes.
 */
export const uploadLimits = (maxBytes: number): UploadLimits => ({
  maxBytes,
  maxUnpackedBytes: 5 * maxBytes,
  maxSharedStrings: 1_000_000,
  maxSharedStringChars: maxBytes / 2,
  maxTextChars: maxBytes,
  maxCellChars: 2_000,
  maxTokenBytes: 64 * 1024,
  maxColumns: 200,
  maxRows: MAX_IMPORT_ROWS,
});

/** Why a file cannot be read at all (as opposed to a problem in one of its rows): 400. */
export class UnreadableFile extends Error {}

/** A file over one of the bounds: 413, said in the officer's terms (rows, megabytes, cells). */
export class FileTooLarge extends Error {}

export const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;
