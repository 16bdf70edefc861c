// Large-data demo, only with `?demo=pmtiles`: 100,000 SYNTHETIC points from a static PMTiles file,
// built by `npm run demo:pmtiles` (scripts/build-pmtiles.ts) into public/demo/ (and by the bench and the e2e
// test into their build directories). The map code and the `pmtiles` library load only when asked for.
// When the layer has been drawn, body[data-demo-ready] becomes "true" ("error" if it could not be loaded).
import type { AppContext } from './context';
import { tPmtilesDemo } from '../i18n/pmtiles-demo';

export const DEMO_FILE = 'demo/synthetic-100k.pmtiles';
export const DEMO_SOURCE_LAYER = 'synthetic';
const BUILD_COMMAND = 'npm run demo:pmtiles';

export function installPmtilesDemo(ctx: AppContext): void {
  if (ctx.store.get().demo !== 'pmtiles') return;
  const url = new URL(DEMO_FILE, document.baseURI).href;
  void (async () => {
    try {
      // Under the cultural layers: real sites stay on top of the synthetic cloud.
      await ctx.map.addPmtilesLayer(url, DEMO_SOURCE_LAYER, 'lcm-transport-line');
      void ctx.map.whenIdle().then(() => {
        document.body.dataset.demoReady = 'true';
      });
      ctx.notices.show('info', tPmtilesDemo(ctx.lang(), 'shown', { file: DEMO_FILE }));
    } catch (e) {
      document.body.dataset.demoReady = 'error';
      const reason = e instanceof Error ? e.message : String(e);
      ctx.notices.show(
        'error',
        tPmtilesDemo(ctx.lang(), 'failed', { file: DEMO_FILE, reason, command: BUILD_COMMAND }),
      );
    }
  })();
}
