import type { OpcPackage } from './package';
import { readRels, relTargetPart } from './rels';

/**
 * The package relationship that leads to a package's digital signatures (ECMA-376 Part 2, Open
 * Packaging Conventions, "Digital Signatures": the Digital Signature Origin part). The signatures
 * hold digests of the parts they sign, so a copy with the tool's changes no longer verifies; the
 * user is told.
 */
const SIGNATURE_ORIGIN = 'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin';

export function isDigitallySigned(pkg: OpcPackage): boolean {
  return readRels(pkg, '').some((rel) => {
    const part = rel.type === SIGNATURE_ORIGIN ? relTargetPart('', rel) : undefined;
    return part !== undefined && pkg.has(part);
  });
}
