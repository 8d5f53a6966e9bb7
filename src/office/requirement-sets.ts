/**
 * Asks the host whether it offers a requirement set, for the members the manifest does not require
 * (Microsoft, "Check API availability at runtime": Office.context.requirements.isSetSupported; a
 * missing version means 1.1). Outside Office, or on a host too old to answer, the answer is no.
 * test/manifest/api-sets.test.ts recognises a call of this function with literal arguments as the
 * guard of the members it encloses.
 */
export function isSetSupported(name: string, minVersion?: string): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    const requirements = Office.context?.requirements;
    if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
    return minVersion === undefined ? requirements.isSetSupported(name) : requirements.isSetSupported(name, minVersion);
  } catch {
    return false;
  }
}
