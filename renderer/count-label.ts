// A count's label ("12 条结果") for views that redraw on every keystroke: i18next resolves
// the plural form on each call, which for a list of office sections costs more than drawing
// them. Each count is looked up once per language.
import { useMemo } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

export function useCountLabel(key: ParseKeys): (count: number) => string {
  const { t } = useTranslation();
  return useMemo(() => {
    const labels = new Map<number, string>();
    return (count: number) => {
      let label = labels.get(count);
      if (label === undefined) labels.set(count, (label = t(key, { count })));
      return label;
    };
  }, [t, key]);
}
