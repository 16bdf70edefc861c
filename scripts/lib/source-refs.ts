// Turns the research tables' free-text `source` cells into {title, url} lists.
// A cell names one or more sources separated by " ; ". Each is a web address, or a GitHub file written as
// "repo owner/name, path P @ commit C (...)" or "github:owner/name P @C (...)". GitHub files become the
// repository address (a stable URL) with the path and commit in the title, so the claim can be re-checked.

import type { SourceRef } from '../../src/types';

const URL_RE = /https?:\/\/[^\s;,，）)]+(?:\([^\s)]*\))?[^\s;,，）)]*/;
const REPO_LONG_RE = /repo\s+([\w.-]+\/[\w.-]+),\s*path\s+(\S+)\s*@\s*commit\s+([0-9a-f]{7,40})/i;
const REPO_SHORT_RE = /github:([\w.-]+\/[\w.-]+)\s+(.+?)\s*@\s*([0-9a-f]{7,40})/i;
const REPO_BARE_RE = /(?:github\s+|github\.com\/)([\w.-]+\/[\w.-]+)/i;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A readable title for a web address: host plus the decoded last path segment. */
export function titleForUrl(url: string): string {
  try {
    const u = new URL(url);
    const segs = u.pathname.split('/').filter((p) => p !== '');
    let last = segs.length > 0 ? safeDecode(safeDecode(segs[segs.length - 1] ?? '')) : '';
    if (last.length > 60) last = `${last.slice(0, 57)}…`;
    const host = u.hostname.replace(/^www\./, '');
    return last ? `${host}: ${last}` : host;
  } catch {
    return url;
  }
}

/** One source phrase → a reference, or null when it names no address we can cite. */
export function parseSourcePhrase(phrase: string): SourceRef | null {
  const p = phrase.trim();
  if (p === '') return null;
  const long = REPO_LONG_RE.exec(p);
  if (long?.[1] && long[2] && long[3]) {
    return { title: `GitHub ${long[1]}: ${long[2]} @ ${long[3].slice(0, 12)}`, url: `https://github.com/${long[1]}` };
  }
  const short = REPO_SHORT_RE.exec(p);
  if (short?.[1] && short[2] && short[3]) {
    return {
      title: `GitHub ${short[1]}: ${short[2].trim()} @ ${short[3].slice(0, 12)}`,
      url: `https://github.com/${short[1]}`,
    };
  }
  const url = URL_RE.exec(p);
  if (url?.[0]) {
    const u = url[0].replace(/[.。]+$/, '');
    return { title: titleForUrl(u), url: u };
  }
  const bare = REPO_BARE_RE.exec(p);
  if (bare?.[1]) {
    const rest = p
      .replace(bare[0], '')
      .replace(/^[:\s]+/, '')
      .trim();
    return { title: `GitHub ${bare[1]}${rest ? `: ${rest}` : ''}`.slice(0, 160), url: `https://github.com/${bare[1]}` };
  }
  return null;
}

/** Parses a whole cell; duplicates (same url and title) are dropped, order kept. */
export function parseSourceCell(cell: string | null | undefined): SourceRef[] {
  if (!cell) return [];
  const out: SourceRef[] = [];
  const seen = new Set<string>();
  for (const part of cell.split(/\s;\s|;\s|\s;/)) {
    const ref = parseSourcePhrase(part);
    if (ref && !seen.has(`${ref.url}|${ref.title}`)) {
      seen.add(`${ref.url}|${ref.title}`);
      out.push(ref);
    }
  }
  return out;
}

/** Merges several source lists, keeping the first occurrence of each url+title. */
export function mergeSources(...lists: SourceRef[][]): SourceRef[] {
  const out: SourceRef[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const ref of list) {
      const key = `${ref.url}|${ref.title}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(ref);
      }
    }
  }
  return out;
}
