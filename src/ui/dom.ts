// Tiny DOM builder. Data only ever reaches the page as text nodes or attribute values set through the
// DOM API — never through innerHTML — so a site name like `<img onerror=…>` stays a harmless string.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Only http(s) links are made clickable; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url: string, text: string): HTMLElement {
  let parsed: URL | null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return h('span', {}, text);
  return h('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/**
 * Makes `next` the children of `parent`, keeping each old child whose markup equals a new one (`isEqualNode`)
 * instead of replacing it: a control that did not change keeps its focus and listeners. Kept children must come
 * in the same order in `next` as in `parent`; they are never moved (moving a focused element blurs it).
 */
export function keepEqualChildren(parent: Element, next: readonly Node[]): void {
  const old = [...parent.childNodes];
  const used = new Set<Node>();
  const wanted = next.map((n) => {
    const same = old.find((o) => !used.has(o) && o.isEqualNode(n));
    if (same) used.add(same);
    return same ?? n;
  });
  for (const o of old) if (!used.has(o)) o.remove();
  wanted.forEach((n, i) => {
    if (parent.childNodes[i] !== n) parent.insertBefore(n, parent.childNodes[i] ?? null);
  });
}
