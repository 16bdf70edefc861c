// Strings of file formats in import and export (KML, KMZ, TCX, CSV; export of layers and the site list), zh
// and en. `en` is typed against `zh`, so a missing key fails tsc.
import { translator } from './translate';

const zh = {
  unit_feature: '第 {examples} 个要素',
  unit_row: '第 {examples} 行',
  unit_placemark: '第 {examples} 个地标',
  err_xml_root: '这个 XML 文件不是 GPX、KML 或 TCX（根元素是 <{root}>）。',
  err_not_utf8:
    '文件不是 UTF-8 文本，也不是中文 GBK 编码。请另存为 UTF-8：在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）”；在 WPS 中导出时选择 UTF-8 编码。',
  err_kmz_broken: 'KMZ 压缩包无法打开（{detail}）。',
  err_kmz_no_kml: 'KMZ 压缩包里没有 KML 文档（共 {entries} 个文件）。',
  err_csv_syntax: 'CSV 格式错误，第 {row} 行有未闭合的引号。',
  err_csv_columns: '无法从表头（{headers}）判断哪一列是经度、哪一列是纬度。请在下方选择后再导入。',
  err_csv_no_valid_rows: '没有一行的坐标可用：{where}的经度或纬度为空、不是数字或超出范围。',
  warn_single_position: '{count} 条轨迹或线只有一个位置，已作为点导入（{where}）。',
  warn_csv_bad_rows: '{count} 行因经度或纬度为空、不是数字或超出范围而被跳过：{where}。',
  warn_csv_columns_used: '经度取自“{lon}”列，纬度取自“{lat}”列{name}。',
  warn_csv_name_column: '，名称取自“{name}”列',
  warn_decoded_gbk: '文件是 GBK（中文 Windows）编码，已按此读取。',
  warn_not_drawable: '未绘制：{what}。文件的其余部分已导入。',
  what_network_links: '{n} 个网络链接（指向其他文件，本应用不会下载）',
  what_ground_overlays: '{n} 个地面叠加图像',
  what_other_overlays: '{n} 个照片或屏幕叠加',
  csvPickHeading: '选择坐标列',
  csvPickFor: '文件：{file}',
  lonColumn: '经度列',
  latColumn: '纬度列',
  nameColumn: '名称列',
  noColumn: '（无）',
  importWithColumns: '按这些列导入',
  cancel: '取消',
  exportAs: '导出“{what}”',
  exportFormat: '导出为 {format}',
  exportCaption: '导出：',
  exportSitesHeading: '导出地点',
  exportSitesNote: '文件含当前筛选条件下的 {n} 条记录（一个地点有几项认定就有几条）；经纬度为 WGS84。',
  exportSitesGroup: '导出筛选后的地点列表',
  exported: '已保存 {file}。',
  exportNothing: '没有可导出的地点。',
  routeKmlLegs: '路线',
  routeKmlDescription: '{stops} 站、{legs} 段，其中 {straight} 段为直线（并非实际道路）。',
};

export type InteropStringKey = keyof typeof zh;

const en: Record<InteropStringKey, string> = {
  unit_feature: 'feature {examples}',
  unit_row: 'row {examples}',
  unit_placemark: 'placemark {examples}',
  err_xml_root: 'This XML file is not GPX, KML or TCX (its root element is <{root}>).',
  err_not_utf8:
    'The file is not UTF-8 text, nor Chinese GBK. Save it as UTF-8: in Excel choose “Save As” → “CSV UTF-8 (Comma delimited)”; in WPS or Numbers choose UTF-8 when exporting.',
  err_kmz_broken: 'The KMZ archive could not be opened ({detail}).',
  err_kmz_no_kml: 'The KMZ archive holds no KML document ({entries} files inside).',
  err_csv_syntax: 'Malformed CSV: a quote opened in row {row} is never closed.',
  err_csv_columns:
    'The header row ({headers}) does not say which columns hold longitude and latitude. Choose them below and import again.',
  err_csv_no_valid_rows:
    'No row has usable coordinates: {where} has a blank, non-numeric or out-of-range longitude or latitude.',
  warn_single_position: '{count} tracks or lines have a single position and were imported as points ({where}).',
  warn_csv_bad_rows:
    '{count} rows were skipped because their longitude or latitude is blank, not a number or out of range: {where}.',
  warn_csv_columns_used: 'Longitude read from column “{lon}”, latitude from “{lat}”{name}.',
  warn_csv_name_column: ', names from “{name}”',
  warn_decoded_gbk: 'The file was in GBK (Chinese Windows) encoding and was read as such.',
  warn_not_drawable: 'Not drawn: {what}. The rest of the file was imported.',
  what_network_links: '{n} network links (links to other files, which this app does not fetch)',
  what_ground_overlays: '{n} ground overlays (images)',
  what_other_overlays: '{n} photo or screen overlays',
  csvPickHeading: 'Choose the coordinate columns',
  csvPickFor: 'File: {file}',
  lonColumn: 'Longitude column',
  latColumn: 'Latitude column',
  nameColumn: 'Name column',
  noColumn: '(none)',
  importWithColumns: 'Import with these columns',
  cancel: 'Cancel',
  exportAs: 'Export “{what}”',
  exportFormat: 'Export as {format}',
  exportCaption: 'Export:',
  exportSitesHeading: 'Export sites',
  exportSitesNote:
    'The files hold the {n} records that match the current filters (one per designation: a place listed several times has several); longitude and latitude are WGS84.',
  exportSitesGroup: 'Export the filtered site list',
  exported: 'Saved {file}.',
  exportNothing: 'There are no sites to export.',
  routeKmlLegs: 'Route',
  routeKmlDescription: '{stops} stops, {legs} legs, {straight} of them drawn as straight lines (not paths).',
};

export const tInterop = translator(zh, en);
