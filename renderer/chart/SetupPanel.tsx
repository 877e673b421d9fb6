// The print setup panel: paper, orientation, fit-to-page and minimum type size, text
// direction and wrapping, leaders, the 内部资料 mark, export resolution. It offers only what
// applies to the sheet printed: duty sheets are A4 portrait text, the booklet adds the chart
// (its leaders, 竖排 and wrapping still chosen).
import { useTranslation } from 'react-i18next';
import type { Orientation, PaperSize, TextMode } from '../../shared/chart/types.ts';
import { MIN_FONT_PT, type Sheet } from './params.ts';

export interface Setup {
  paper: PaperSize;
  orientation: Orientation;
  fitToPage: boolean;
  minFontPt: number;
  textMode: TextMode | 'auto';
  perRow: number | 'auto';
  showPeople: boolean;
  internal: boolean;
  dpi: number;
}

/** The minimum type size as the route keeps it: half points from 8 to 16. */
/** Units per row offered, with the route's own value when it is another (perRow=100), so
 *  the panel shows the setup that prints. */
function perRowChoices(current: number | 'auto'): number[] {
  const choices = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30];
  return current === 'auto' || choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
}

const halfPoints = (pt: number) =>
  Math.min(MIN_FONT_PT.max, Math.max(MIN_FONT_PT.min, Math.round((pt || MIN_FONT_PT.min) * 2) / 2));

export function SetupPanel({
  setup,
  onChange,
  summary,
  sheet,
}: {
  setup: Setup;
  onChange: (s: Setup) => void;
  summary: string;
  sheet: Sheet;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const set = <K extends keyof Setup>(key: K, value: Setup[K]) => onChange({ ...setup, [key]: value });
  const chart = sheet === 'chart';
  const hasChart = sheet !== 'unit';
  return (
    <details className="oa-setup" data-testid="print-setup">
      <summary>
        {t('setup')} · <span data-testid="print-summary">{summary}</span>
      </summary>
      <div className="oa-setup-grid">
        {chart && (
          <>
            <label>
              {t('paper')}
              <select
                value={setup.paper}
                onChange={(e) => set('paper', e.target.value as PaperSize)}
                data-testid="setup-paper"
              >
                <option value="A4">A4</option>
                <option value="A3">A3</option>
              </select>
            </label>
            <label>
              {t('orientation')}
              <select
                value={setup.orientation}
                onChange={(e) => set('orientation', e.target.value as Orientation)}
                data-testid="setup-orientation"
              >
                <option value="landscape">{t('landscape')}</option>
                <option value="portrait">{t('portrait')}</option>
              </select>
            </label>
            <label>
              <input type="checkbox" checked={setup.fitToPage} onChange={(e) => set('fitToPage', e.target.checked)} />
              {t('fitToPage')}
            </label>
          </>
        )}
        {hasChart && (
          <>
            <label>
              {t('minFont')}
              <input
                type="number"
                min={MIN_FONT_PT.min}
                max={MIN_FONT_PT.max}
                step={0.5}
                value={setup.minFontPt}
                onChange={(e) => set('minFontPt', halfPoints(Number(e.target.value)))}
              />
            </label>
            <label>
              {t('textMode')}
              <select
                value={setup.textMode}
                onChange={(e) => set('textMode', e.target.value as Setup['textMode'])}
                data-testid="setup-text"
              >
                <option value="auto">{t('auto')}</option>
                <option value="horizontal">{t('horizontal')}</option>
                <option value="vertical">{t('vertical')}</option>
              </select>
            </label>
            <label>
              {t('perRow')}
              <select
                value={String(setup.perRow)}
                onChange={(e) => set('perRow', e.target.value === 'auto' ? 'auto' : Number(e.target.value))}
                data-testid="setup-per-row"
              >
                <option value="auto">{t('auto')}</option>
                {perRowChoices(setup.perRow).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={setup.showPeople} onChange={(e) => set('showPeople', e.target.checked)} />
              {t('showPeople')}
            </label>
          </>
        )}
        <label>
          <input
            type="checkbox"
            checked={setup.internal}
            onChange={(e) => set('internal', e.target.checked)}
            data-testid="setup-internal"
          />
          {t('internal')}
        </label>
        {chart && (
          <label>
            {t('dpi')}
            <select value={setup.dpi} onChange={(e) => set('dpi', Number(e.target.value))}>
              {[96, 150, 300, 600].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </details>
  );
}
