// Export of the filtered site list (GeoJSON, KML, CSV), placed at the foot of the list panel: the same sites
// the list shows (the layers switched on, then the filters), in catalogue order.
import type { AppContext, Contribution } from './context';
import type { SiteFeature } from '../types';
import { applyFilters } from '../data/filters';
import { errorText, loadFeatureExport } from './lazy';
import { siteRecords } from '../data/export/site-records';
import { tInterop } from '../i18n/interop';
import { downloadText } from '../ui/download';
import { SiteExport } from '../ui/site-export';
import type { ExportFormat } from '../ui/export-buttons';
import '../../styles/import.css';

export function installSiteExport(ctx: AppContext): Contribution {
  const filtered = (): SiteFeature[] => {
    const { filters } = ctx.store.get();
    return applyFilters(
      ctx.catalogue.all().filter((f) => filters.layers.includes(f.properties.layer)),
      filters,
    );
  };
  const exportSites = async (format: ExportFormat): Promise<void> => {
    const sites = filtered();
    const lang = ctx.lang();
    if (sites.length === 0) {
      ctx.notices.show('warning', tInterop(lang, 'exportNothing'));
      return;
    }
    const { recordsToFile } = await loadFeatureExport();
    const file = recordsToFile(siteRecords(sites, lang), format, 'lanzhou-sites', tInterop(lang, 'exportSitesHeading'));
    downloadText(file.text, file.fileName, file.mime);
    ctx.notices.show('info', tInterop(lang, 'exported', { file: file.fileName }));
  };
  const view = new SiteExport(
    (format) => void exportSites(format).catch((e: unknown) => ctx.notices.show('error', errorText(e), 0)),
  );
  ctx.onLang((l) => view.setLang(l));
  view.setCount(filtered().length);
  ctx.store.subscribe((_s, changed) => {
    if (changed.has('filters')) view.setCount(filtered().length);
  });
  return { listFoot: { siteExport: view.el } };
}
