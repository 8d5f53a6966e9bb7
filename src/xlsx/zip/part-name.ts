/**
 * The key under which a part is found, whichever way its name is spelled. A part name is a URI or
 * an IRI (ECMA-376 Part 2, Open Packaging Conventions, "Part Names"): a space or a Vietnamese letter
 * in a file name is percent-encoded in its URI form ("xl/worksheets/Trang%201.xml"), and the zip item
 * name is the part name without its leading slash ("Mapping Part Names to ZIP Item Names").
 * Relationship targets may give the same part percent-encoded or not, and tools store zip item names
 * either way. Names compare without case ("Part Name Equivalence"), so the key is the name
 * percent-decoded, without leading slashes, in lower case.
 */
export function partNameKey(name: string): string {
  const clean = name.replace(/^\/+/, '');
  return (clean.includes('%') ? percentDecoded(clean) : clean).toLowerCase();
}

/** Each run of %XX escapes decoded as UTF-8; a run that is not valid UTF-8, or a lone '%', kept as written. */
export function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
