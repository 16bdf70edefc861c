// Reliability: any uncaught error or rejected promise becomes a non-blocking notice that says what the
// user can do (the map is not torn down), and saved data that could not be read at start is reported with the
// key it was backed up to. Settings are read by src/main.ts before the store exists (it reports a problem with
// reportSettingsProblem); saved routes here.
import type { AppContext } from './context';
import type { Lang } from '../types';
import type { Notices } from '../ui/notices';
import { savedRoutesAtStart } from '../state/saved-routes';
import type { StoredProblem } from '../state/storage';
import { tReliability } from '../i18n/reliability';
import { h } from '../ui/dom';

/** Says where unreadable settings were moved; stays until dismissed, so the user learns where the backup went. */
export function reportSettingsProblem(
  notices: Notices,
  lang: Lang,
  problem: { reason: StoredProblem; backupKey: string },
): void {
  notices.show(
    'warning',
    tReliability(lang, 'storageBackup', {
      what: tReliability(lang, 'what_settings'),
      reason: tReliability(lang, problem.reason === 'corrupt' ? 'reason_corrupt' : 'reason_unknown_version'),
      key: problem.backupKey,
    }),
    0,
  );
}

/** At most this many error notices per page visit, so a failure in an animation frame cannot flood the page. */
const MAX_ERROR_NOTICES = 3;

export function installReliability(ctx: AppContext): void {
  let shownErrors = 0;
  const seen = new Set<string>();
  const report = (message: string) => {
    const text = message.slice(0, 300);
    if (seen.has(text) || shownErrors >= MAX_ERROR_NOTICES) return;
    seen.add(text);
    shownErrors++;
    const item = ctx.notices.show('error', tReliability(ctx.lang(), 'unexpectedError', { message: text }));
    const reload = h('button', { type: 'button', class: 'notice-action' }, tReliability(ctx.lang(), 'reload'));
    reload.addEventListener('click', () => location.reload());
    item.insertBefore(reload, item.lastChild);
  };
  window.addEventListener('error', (e: ErrorEvent) => {
    // Resource load errors (an <img> failing) do not reach window 'error' as ErrorEvent with a message.
    report(e.error instanceof Error ? `${e.error.name}: ${e.error.message}` : e.message || 'error');
  });
  window.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
    const r: unknown = e.reason;
    report(r instanceof Error ? `${r.name}: ${r.message}` : String(r));
  });

  // Saved routes: unreadable data is moved aside when they are read (never overwritten); say where it went.
  const routes = savedRoutesAtStart();
  if (routes.backupKey && routes.problem) {
    const lang = ctx.lang();
    ctx.notices.show(
      'warning',
      tReliability(lang, 'storageBackup', {
        what: tReliability(lang, 'what_routes'),
        reason: tReliability(lang, routes.problem === 'corrupt' ? 'reason_corrupt' : 'reason_unknown_version'),
        key: routes.backupKey,
      }),
      0,
    );
  }
}
