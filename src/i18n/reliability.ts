// Strings of import, saved-state checks, offline and error handling, zh and en.
// `en` is typed against `zh`, so a missing key fails tsc.
import { translator } from './translate';

const zh = {
  importHeading: '导入数据',
  importLabel: '导入',
  importHint:
    'GeoJSON、GPX、KML/KMZ、TCX 或 CSV/TSV 文件（表格需有表头和经纬度列），最大 {mb} MB、{features} 个要素；也可以把文件拖到地图上。',
  crsLabel: '文件的坐标系',
  crs_WGS84: 'WGS84（GPS、OpenStreetMap）',
  'crs_GCJ-02': 'GCJ-02（高德、腾讯地图）',
  'crs_BD-09': 'BD-09（百度地图）',
  importedLayers: '已导入的图层',
  noImportedLayers: '还没有导入的图层。',
  remove: '移除',
  layerSummary: '{n} 个要素 · {crs}',
  dropHint: '松开以导入文件',
  reading: '正在读取 {file}…',
  busy: '正在读取上一个文件，请稍候。',
  importedOk: '已导入“{file}”：{n} 个要素。',
  removed: '已移除图层“{file}”。',
  importFailed: '无法导入“{file}”：',
  nothingChanged: '地图和已保存的内容没有任何改动。',
  err_too_large: '文件太大（{size} MB），上限为 {max} MB。请拆分文件或只导出需要的部分。',
  err_empty: '文件是空的。',
  err_json_syntax: 'JSON 格式错误，位于第 {line} 行第 {column} 列。',
  err_xml_syntax: '{format}（XML）格式错误：{detail}',
  err_not_gpx: '这不是 GPX 文件（根元素是 <{root}>，应为 <gpx>）。',
  err_not_geojson: '这是有效的 JSON，但不是 GeoJSON：{trace}',
  err_too_many_features: '要素太多（{count} 个），上限为 {max} 个。',
  err_too_many_positions: '坐标点太多（超过 {max} 个），已拒绝导入，以免页面卡住。',
  err_out_of_range: '{count} 个要素的坐标超出范围（经度须在 −180 至 180，纬度须在 −90 至 90）：{where}。',
  err_no_features: '文件中没有可以绘制的要素。',
  err_internal: '读取文件时出错：{detail}',
  warn_far_outside: '{count} 个要素远在兰州市范围之外（{where}）：请检查经纬度是否颠倒，或坐标系是否选对。',
  warn_null_geometry: '{count} 个要素没有几何形状，未导入（{where}）。',
  importedFrom: '导入自 {file}',
  importedNote: '此要素来自你导入的文件，内容未经本站核实，只保存在本次浏览中。',
  fileProperties: '文件中的属性',
  storageBackup: '已保存的{what}无法读取（{reason}），已备份到 {key}，应用以空白状态启动。',
  what_routes: '路线',
  what_settings: '设置',
  reason_corrupt: '数据损坏',
  reason_unknown_version: '来自更新版本',
  unexpectedError:
    '出现了意外错误（{message}）。地图仍可使用；如果有功能不正常，请刷新页面；如问题重复出现，请报告此信息。',
  reload: '刷新页面',
  offlineReady: '应用已可离线使用。',
};

export type ReliabilityStringKey = keyof typeof zh;

const en: Record<ReliabilityStringKey, string> = {
  importHeading: 'Import data',
  importLabel: 'Import',
  importHint:
    'A GeoJSON, GPX, KML/KMZ, TCX or CSV/TSV file (tables need a header row and longitude/latitude columns), up to {mb} MB and {features} features; you can also drop a file on the map.',
  crsLabel: 'Coordinate system of the file',
  crs_WGS84: 'WGS84 (GPS, OpenStreetMap)',
  'crs_GCJ-02': 'GCJ-02 (Amap, Tencent Maps)',
  'crs_BD-09': 'BD-09 (Baidu Maps)',
  importedLayers: 'Imported layers',
  noImportedLayers: 'No imported layers yet.',
  remove: 'Remove',
  layerSummary: '{n} features · {crs}',
  dropHint: 'Drop to import the file',
  reading: 'Reading {file}…',
  busy: 'Still reading the previous file, please wait.',
  importedOk: 'Imported “{file}”: {n} features.',
  removed: 'Removed the layer “{file}”.',
  importFailed: 'Could not import “{file}”: ',
  nothingChanged: 'Nothing on the map or in your saved data was changed.',
  err_too_large: 'The file is too large ({size} MB); the limit is {max} MB. Split it or export only what you need.',
  err_empty: 'The file is empty.',
  err_json_syntax: 'Malformed JSON at line {line}, column {column}.',
  err_xml_syntax: 'Malformed {format} (XML): {detail}',
  err_not_gpx: 'This is not a GPX file (the root element is <{root}>, not <gpx>).',
  err_not_geojson: 'This is valid JSON but not GeoJSON: {trace}',
  err_too_many_features: 'Too many features ({count}); the limit is {max}.',
  err_too_many_positions: 'Too many points (more than {max}); refused so the page does not freeze.',
  err_out_of_range:
    '{count} features have coordinates out of range (longitude must be −180 to 180, latitude −90 to 90): {where}.',
  err_no_features: 'The file has no features that can be drawn.',
  err_internal: 'Error while reading the file: {detail}',
  warn_far_outside:
    '{count} features lie far outside Lanzhou ({where}): check that longitude and latitude are not swapped and that the coordinate system is right.',
  warn_null_geometry: '{count} features have no geometry and were not imported ({where}).',
  importedFrom: 'Imported from {file}',
  importedNote:
    'This feature comes from a file you imported; we have not checked its content, and it is kept only for this visit.',
  fileProperties: 'Properties in the file',
  storageBackup:
    'Your saved {what} could not be read ({reason}); the data was backed up to {key} and the app started clean.',
  what_routes: 'routes',
  what_settings: 'settings',
  reason_corrupt: 'damaged data',
  reason_unknown_version: 'from a newer version',
  unexpectedError:
    'Something unexpected went wrong ({message}). The map still works; reload the page if something does not respond, and report this message if it happens again.',
  reload: 'Reload the page',
  offlineReady: 'The app is ready to work offline.',
};

export const tReliability = translator(zh, en);
