/**
 * The zip format's record signatures and compression methods (PKWARE APPNOTE.TXT, sections 4.3 and
 * 4.4.5), shared by the archive reader and the writer so that both speak of the same records.
 */
export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_DIRECTORY = 0x06054b50;
export const ZIP64_END_LOCATOR = 0x07064b50;
export const ZIP64_END_OF_DIRECTORY = 0x06064b50;
export const STORED = 0;
export const DEFLATED = 8;
