/**
 * How usernames compare. Two names are the same account when they are equal after Unicode
 * normalisation (NFC: `É` typed as one code point or as `E` + combining accent) and case folding
 * over the whole of Unicode, not ASCII only (SQLite's `lower()` leaves `É` as it is, which let
 * `Élodie` and `élodie` coexist and let one sign in to the other).
 *
 * JavaScript has no case-folding function; upper-casing then lower-casing gives the full folding
 * for the scripts usernames use (`ß` → `SS` → `ss`, final `ς` → `Σ` → `σ`, `ﬁ` → `FI` → `fi`).
 */
export function usernameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

/** The username as stored: trimmed, NFC. Its spelling (case) is the one the user chose. */
export function canonicalUsername(name: string): string {
  return name.trim().normalize('NFC');
}
