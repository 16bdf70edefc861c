// Where in a text a JSON syntax error is, as 1-based line and column (columns count UTF-16 code units, like
// every editor's "Go to column" on BMP text). Engines word their SyntaxError differently:
//   V8 ≥ 12:  "Unexpected token '}', ..." is not valid JSON ... "at position 9 (line 2 column 4)"
//   V8 11:    "... in JSON at position 9"
//   Firefox:  "JSON.parse: expected ',' ... at line 2 column 4 of the JSON data"
//   all:      "Unexpected end of JSON input" (no number: the end of the text)
// When the message gives neither, `scanJsonError` finds the first offending character itself.

export interface TextLocation {
  /** 0-based offset into the text (UTF-16 code units). */
  offset: number;
  line: number;
  column: number;
}

/** 1-based line and column of an offset; "\r\n", "\n" and a lone "\r" each end a line. */
export function lineColumnAt(text: string, offset: number): TextLocation {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: end, line, column: end - lineStart + 1 };
}

function offsetOfLineColumn(text: string, line: number, column: number): number {
  let l = 1;
  let i = 0;
  while (l < line && i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) l++;
    i++;
  }
  return Math.min(text.length, i + column - 1);
}

/** The location of a JSON.parse failure on `text`, read from the error message or found by scanning. */
export function locateJsonSyntaxError(text: string, message: string): TextLocation {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) {
    const line = Number(lc[1]);
    const column = Number(lc[2]);
    return { offset: offsetOfLineColumn(text, line, column), line, column };
  }
  const pos = /position (\d+)/i.exec(message);
  if (pos) return lineColumnAt(text, Number(pos[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return lineColumnAt(text, text.length);
  return lineColumnAt(text, scanJsonError(text) ?? text.length);
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Offset of the first character that makes `text` invalid JSON (RFC 8259), or null when it is valid.
 * Iterative (an explicit stack), so a hostile file nested a million levels deep cannot overflow the call stack.
 */
export function scanJsonError(text: string): number | null {
  let i = 0;
  const n = text.length;
  // Each stack entry is the container being filled: '[' or '{'.
  const stack: string[] = [];
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    // Point at the first character that differs.
    let k = 0;
    while (k < word.length && text[i + k] === word[k]) k++;
    i += k;
    return false;
  };
  const str = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const num = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') {
      if (text[i] === '-') i++;
      return false;
    }
    i += m[0].length;
    return true;
  };
  // A state machine instead of recursion: 'value' = a value must start here, 'key' = an object member must
  // start here, 'after' = a value just ended (expect ',' or the closing bracket, or the end of the text).
  let want: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipWs();
    if (want === 'key') {
      if (text[i] !== '"' || !str()) return i;
      skipWs();
      if (text[i] !== ':') return i;
      i++;
      want = 'value';
      continue;
    }
    if (want === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipWs();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          want = 'after';
        } else want = c === '{' ? 'key' : 'value';
        continue;
      }
      let ok = false;
      if (c === '"') ok = str();
      else if (c === 't') ok = literal('true');
      else if (c === 'f') ok = literal('false');
      else if (c === 'n') ok = literal('null');
      else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) ok = num();
      if (!ok) return i;
      want = 'after';
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : null;
    if (text[i] === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ',') return i;
    i++;
    want = top === '{' ? 'key' : 'value';
  }
}
