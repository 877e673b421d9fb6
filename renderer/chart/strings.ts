// The chart's UI text, registered as its own i18next namespace `chart` so the app's
// resource files stay untouched. Printed furniture (机构设置图, 续页, 职责清单) is Chinese
// in both languages: it is part of the document, not of the interface.
import i18next from 'i18next';

const zh = {
  loading: '正在准备组织结构图…',
  noOffice: '还没有导入任何机构。',
  search: '查找处室',
  searchPlaceholder: '输入处室名称，高亮其所在路径',
  matches: '{{count}} 个匹配',
  noMatch: '没有匹配的处室',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '适合窗口',
  expandAll: '全部展开',
  collapseAll: '全部折叠',
  expand: '展开 {{name}}',
  collapse: '折叠 {{name}}',
  openUnit: '打开 {{name}}',
  openAffiliatedUnit: '打开 {{name}}（直属单位）',
  setup: '打印设置',
  paper: '纸张',
  orientation: '方向',
  portrait: '纵向',
  landscape: '横向',
  fitToPage: '缩放到一页（文字不小于最小字号）',
  minFont: '最小字号（磅）',
  textMode: '文字方向',
  auto: '自动',
  horizontal: '横排',
  vertical: '竖排',
  perRow: '每行最多处室',
  showPeople: '显示领导',
  internal: '标注“内部资料”',
  pages: '打印 {{count}} 页，最小字号 {{pt}} 磅',
  print: '打印…',
  savePdf: '保存 PDF…',
  pdfSaved: '已保存：{{path}}',
  pdfFailed: '未能保存 PDF{{message}}',
  exportSvg: '导出 SVG',
  exportPng: '导出 PNG',
  dpi: '分辨率（DPI）',
  dutySheet: '打印职责清单',
  booklet: '打印全套手册',
  backToChart: '返回组织结构图',
  chartLabel: '{{office}}组织结构图',
  legend: '图例',
  legendInternal: '内设机构',
  legendAffiliated: '直属单位',
};

const en: typeof zh = {
  loading: 'Preparing the organisation chart…',
  noOffice: 'No office has been imported yet.',
  search: 'Find a unit',
  searchPlaceholder: 'Type a unit name to highlight its path',
  matches: '{{count}} matching',
  noMatch: 'No matching unit',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to window',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  expand: 'Expand {{name}}',
  collapse: 'Collapse {{name}}',
  openUnit: 'Open {{name}}',
  openAffiliatedUnit: 'Open {{name}} (affiliated unit)',
  setup: 'Print setup',
  paper: 'Paper',
  orientation: 'Orientation',
  portrait: 'Portrait',
  landscape: 'Landscape',
  fitToPage: 'Fit to one page (text not below the minimum size)',
  minFont: 'Minimum type size (pt)',
  textMode: 'Text direction',
  auto: 'Automatic',
  horizontal: 'Horizontal',
  vertical: 'Vertical (竖排)',
  perRow: 'Units per row at most',
  showPeople: 'Show leaders',
  internal: 'Mark “内部资料” (internal)',
  pages: '{{count}} page(s), smallest text {{pt}} pt',
  print: 'Print…',
  savePdf: 'Save PDF…',
  pdfSaved: 'Saved: {{path}}',
  pdfFailed: 'The PDF was not saved{{message}}',
  exportSvg: 'Export SVG',
  exportPng: 'Export PNG',
  dpi: 'Resolution (DPI)',
  dutySheet: 'Print duty sheet',
  booklet: 'Print booklet',
  backToChart: 'Back to the chart',
  chartLabel: 'Organisation chart of {{office}}',
  legend: 'Legend',
  legendInternal: 'Internal division',
  legendAffiliated: 'Affiliated unit',
};

export const CHART_NS = 'chart';

/** The printed legend's labels: Chinese in both languages, like the rest of the page. */
export const PRINTED_LEGEND = { internal: zh.legendInternal, affiliated: zh.legendAffiliated };

export function registerChartStrings(): void {
  if (i18next.hasResourceBundle('zh', CHART_NS)) return;
  i18next.addResourceBundle('zh', CHART_NS, zh);
  i18next.addResourceBundle('en', CHART_NS, en);
}
