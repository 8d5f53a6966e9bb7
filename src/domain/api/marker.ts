/*
 * Public domain API: the ownership marker. What the tool wrote, stored in pieces down a column of
 * the marker sheet (./workbook names it): empty, written, read back. Loaded when a workbook carries
 * one or a plan writes one.
 */
export { EMPTY_MARKER, markerCells, markerText, parseMarker, serializeMarker } from '../plan/marker';
export type { OwnershipMarker } from '../plan/types';
