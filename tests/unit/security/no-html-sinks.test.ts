// "No script from data": nothing in src/ writes HTML from strings. Data reaches the page only as text
// nodes or attributes (src/ui/dom.ts), links only through safeLink. This test reads every source file.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx|js|mjs)$/.test(name) ? [p] : [];
  });
}

// Strip comments so prose that names the APIs ("never innerHTML") does not count.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('no HTML sinks in src/', () => {
  const files = sourceFiles('src').map((f) => ({ f, text: code(readFileSync(f, 'utf8')) }));

  it('reads a real tree', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some(({ f }) => f.endsWith(join('ui', 'dom.ts')))).toBe(true);
  });

  it('uses no innerHTML, outerHTML, insertAdjacentHTML, document.write, srcdoc, eval or new Function', () => {
    const sinks =
      /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\bsrcdoc\b|createContextualFragment|\beval\s*\(|new\s+Function\s*\(|setHTMLUnsafe|parseHTMLUnsafe/;
    const hits = files.filter(({ text }) => sinks.test(text)).map(({ f }) => f);
    expect(hits).toEqual([]);
  });

  it('sets href only through safeLink (src/ui/dom.ts), apart from audited app-made URLs', () => {
    // Audited: these hrefs are made by the app itself, never taken from data.
    const AUDITED: Record<string, string> = {
      [join('src', 'app', 'route-planner.ts')]: 'a blob: URL from URL.createObjectURL for a download',
      [join('src', 'ui', 'download.ts')]: 'a blob: URL from URL.createObjectURL for a download (exports)',
      [join('src', 'ui', 'dashboard', 'dashboard-panel.ts')]: 'evidence permalinks "?…" serialised by the URL codec',
    };
    const assigns = /\.href\s*=[^=]|setAttribute\(\s*['"]href|h\(\s*['"]a['"]\s*,\s*\{[^}]*\bhref\b/;
    const hits = files
      .filter(({ f }) => !f.endsWith(join('ui', 'dom.ts')) && !(f in AUDITED))
      .filter(({ text }) => assigns.test(text))
      .map(({ f }) => f);
    expect(hits).toEqual([]);
  });
});
