// Strings of the base-map choice and its fallback, zh and en. `en` is typed against `zh`.
import { translator } from './translate';

const zh = {
  label: '底图',
  embedded: '内置底图（离线）',
  note: '在线底图从所选服务商加载；无法访问时自动改用内置底图。',
  fallbackNotice: '在线底图暂时无法访问，已改用内置底图。',
  fallbackStatus: '{name}无法访问，现显示内置底图。',
  retry: '重试',
  retryLabel: '重试加载{name}',
};

const en: Record<keyof typeof zh, string> = {
  label: 'Base map',
  embedded: 'Embedded (offline)',
  note: 'Online base maps load from the chosen provider; if it cannot be reached the embedded one is shown.',
  fallbackNotice: 'The online base map cannot be reached; showing the embedded base map.',
  fallbackStatus: '{name} cannot be reached; the embedded base map is shown.',
  retry: 'Retry',
  retryLabel: 'Retry loading {name}',
};

export const tBasemap = translator(zh, en);
