// Strings of the large-data demo (`?demo=pmtiles`), zh and en. `en` is typed against `zh`.
import { translator } from './translate';

const zh = {
  shown: '演示图层：{file} 中的合成测试点（随机生成，并非真实地点），以 PMTiles 矢量瓦片加载；缩小时自动抽稀。',
  failed: '无法加载演示图层 {file}（{reason}）。请先运行 {command} 生成该文件。',
};

const en: Record<keyof typeof zh, string> = {
  shown:
    'Demo layer: synthetic test points from {file} (randomly generated, not real places), loaded as PMTiles vector tiles; thinned as you zoom out.',
  failed: 'Could not load the demo layer {file} ({reason}). Build it first with {command}.',
};

export const tPmtilesDemo = translator(zh, en);
