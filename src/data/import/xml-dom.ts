// The DOM the XML readers (gpx.ts, kml.ts, tcx.ts) walk: the browser's or @xmldom/xmldom's (in the worker and in
// Node), and the two text lookups they share. Kept apart from xml-read.ts, which dispatches to those readers.
import type { Document as XmldomDocument, Element as XmldomElement } from '@xmldom/xmldom';

export type AnyDocument = Document | XmldomDocument;
export type AnyElement = Element | XmldomElement;

/** Text of the first descendant named `tag` (local name), trimmed, or null. */
export function childText(el: AnyElement | AnyDocument, tag: string): string | null {
  const c = el.getElementsByTagName(tag).item(0);
  const t = c?.textContent?.trim();
  return t ? t : null;
}

/** Text of a direct child named `tag`, trimmed, or null (a Lap's own <Name>, not one of a nested element). */
export function ownChildText(el: AnyElement, tag: string): string | null {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && ((c as AnyElement).localName ?? c.nodeName) === tag) {
      const t = c.textContent?.trim();
      return t ? t : null;
    }
  }
  return null;
}
