// Bytes of a text file to a string. Files come as UTF-8 (with or without a byte-order mark), UTF-16 with a
// mark (Excel's "Unicode text"), or, from Chinese Excel and older Windows tools, GBK. The WHATWG TextDecoder
// in browsers and Node reads 'gbk' (as GB18030, a superset). A file that is neither is refused with a message
// saying how to save it as UTF-8, rather than imported as mojibake.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export type Decoded = { text: string; encoding: TextEncoding } | { error: 'not-utf8' };

/** True when the bytes start with a ZIP local-file header ("PK\x03\x04"): a KMZ. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** CJK Unified Ideographs and CJK punctuation / full-width forms: what a GBK file from Chinese software holds. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const d = strict('utf-8', bytes.subarray(3));
    return d === null ? { error: 'not-utf8' } : { text: d, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return viaDecoder('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return viaDecoder('utf-16be', bytes.subarray(2));
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // Not UTF-8. GBK is accepted only when it decodes without a replacement character and yields Chinese text:
  // Latin-1 or Shift-JIS bytes also "decode" as GBK, but rarely into CJK ideographs without errors.
  const gbk = strict('gbk', bytes);
  if (gbk !== null && CJK.test(gbk)) return { text: gbk, encoding: 'gbk' };
  return { error: 'not-utf8' };
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // A decoding error, or an engine without this label (RangeError): either way, not readable as `label`.
    return null;
  }
}

function viaDecoder(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  const text = strict(label, bytes);
  return text === null ? { error: 'not-utf8' } : { text, encoding: label };
}
