// The XML parser of the import worker (workers have no DOMParser) and of Node tests: @xmldom/xmldom, failing on
// the first error with its line and column in the message. It neither expands DTD-declared entities nor
// fetches external ones.
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmldomDocument } from '@xmldom/xmldom';

interface Located {
  locator?: { lineNumber?: number; columnNumber?: number };
}

export function parseXmlStrict(text: string): XmldomDocument {
  let first: Error | null = null;
  try {
    return new DOMParser({
      onError: (level, msg, context: Located | undefined) => {
        if (level === 'warning') return;
        const at = context?.locator;
        const where = at?.lineNumber ? ` (line ${at.lineNumber}, column ${at.columnNumber ?? 0})` : '';
        first = new Error(`${msg.trim()}${where}`);
        throw first;
      },
    }).parseFromString(text, 'application/xml');
  } catch (e) {
    // xmldom wraps what the handler throws in a longer message; give back our own.
    throw first ?? e;
  }
}
