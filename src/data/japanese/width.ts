/**
 * Japanese keyboards type full-width letters and digits (１Ｈ２３), the ideographic space (U+3000)
 * and half-width katakana; they mean the same characters as their ASCII and full-width forms.
 */

/** Any character outside printable ASCII: only such text can need narrowing. */
const NOT_ASCII = /[^\x20-\x7e]/;

/**
 * Full-width ASCII, the ideographic space and half-width katakana as the characters they stand
 * for (Unicode NFKC: "１Ｈ２３" -> "1H23", "（法人向け）" -> "(法人向け)", "ﾈｯﾄ" -> "ネット").
 * ASCII text comes back as it is, without the cost of normalizing.
 */
export function narrow(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize("NFKC") : text;
}

/** Whether text has a character outside printable ASCII (kanji, kana, full-width forms, ...). */
export function hasNonAscii(text: string): boolean {
  return NOT_ASCII.test(text);
}
