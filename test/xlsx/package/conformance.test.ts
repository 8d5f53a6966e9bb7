import { namespacesOf, STRICT, TRANSITIONAL } from '../../../src/xlsx/package/conformance';

describe('the workbook’s conformance class', () => {
  it('is Strict when the root element is in Strict’s SpreadsheetML namespace, however it is declared', () => {
    expect(namespacesOf('<?xml version="1.0"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" conformance="strict"><sheets/></workbook>')).toBe(STRICT);
    expect(namespacesOf("<x:workbook xmlns:x='http://purl.oclc.org/ooxml/spreadsheetml/main'><x:sheets/></x:workbook>")).toBe(STRICT);
  });

  it('is Transitional otherwise, a prefix bound elsewhere included', () => {
    expect(namespacesOf('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')).toBe(TRANSITIONAL);
    // The default namespace is Strict's, but the root is in the prefix's (Transitional) one.
    expect(namespacesOf('<x:workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')).toBe(TRANSITIONAL);
    expect(namespacesOf('')).toBe(TRANSITIONAL);
  });

  it('spells relationship types in the class’s own way, leaving types from elsewhere alone', () => {
    expect(STRICT.relationshipType('http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet')).toBe('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet');
    expect(STRICT.relationshipType('http://schemas.microsoft.com/office/2006/relationships/vbaProject')).toBe('http://schemas.microsoft.com/office/2006/relationships/vbaProject');
    expect(TRANSITIONAL.relationshipType('http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles')).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles');
  });
});
