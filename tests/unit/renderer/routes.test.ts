import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../../../renderer/routes.ts';

describe('hash routes', () => {
  it('reads every route the app links to', () => {
    expect(parseRoute('')).toEqual({ name: 'search', query: '', filters: {} });
    expect(parseRoute('#/')).toEqual({ name: 'search', query: '', filters: {} });
    expect(parseRoute('#/?q=%E6%8A%A4%E7%85%A7')).toEqual({ name: 'search', query: '护照', filters: {} });
    expect(parseRoute('#/office/1')).toEqual({ name: 'office', id: 1 });
    expect(parseRoute('#/unit/42')).toEqual({ name: 'unit', id: 42 });
    expect(parseRoute('#/chart')).toMatchObject({
      name: 'chart',
      chart: { office: null, sheet: 'chart', paper: 'A4' },
    });
    // The chart's settings are read here, with the route, and nowhere else.
    expect(parseRoute('#/chart?sheet=booklet&office=2&paper=A3')).toMatchObject({
      name: 'chart',
      chart: { sheet: 'booklet', office: 2, paper: 'A3' },
    });
    expect(parseRoute('#/directory')).toEqual({ name: 'directory' });
  });

  it('reads the search filters, dropping malformed ones', () => {
    expect(parseRoute('#/?q=%E6%A1%A3%E6%A1%88&office=12&region=%E5%8D%97%E6%98%8C%E5%B8%82&level=city')).toEqual({
      name: 'search',
      query: '档案',
      filters: { officeId: 12, region: '南昌市', level: 'city' },
    });
    expect(parseRoute('#/?q=x&office=0&region=%20&level=village')).toEqual({ name: 'search', query: 'x', filters: {} });
    expect(parseRoute(href.search('档案', { region: '朝阳区', level: 'county' }))).toEqual({
      name: 'search',
      query: '档案',
      filters: { region: '朝阳区', level: 'county' },
    });
    expect(href.search('', { level: 'township' })).toBe('#/?level=township');
    expect(parseRoute('#/?q=x&level=national')).toEqual({ name: 'search', query: 'x', filters: { level: 'national' } });
  });

  it('turns anything else into not-found, ids included', () => {
    for (const hash of [
      '#/unit/0',
      '#/unit/-3',
      '#/unit/1.5',
      '#/unit/abc',
      '#/unit/',
      '#/office/1/2',
      '#/units/3',
      '#/unit/99999999999999999999',
    ]) {
      expect(parseRoute(hash), hash).toEqual({ name: 'not-found' });
    }
  });

  it('links it makes read back as the same route', () => {
    expect(parseRoute(href.search('因公 护照&x'))).toEqual({ name: 'search', query: '因公 护照&x', filters: {} });
    expect(parseRoute(href.search(''))).toEqual({ name: 'search', query: '', filters: {} });
    expect(parseRoute(href.unit(7))).toEqual({ name: 'unit', id: 7 });
    expect(parseRoute(href.office(3))).toEqual({ name: 'office', id: 3 });
    expect(parseRoute(href.chart())).toMatchObject({ name: 'chart', chart: { office: null } });
    expect(href.chart(4)).toBe('#/chart?office=4');
    expect(parseRoute(href.chart(4))).toMatchObject({ name: 'chart', chart: { office: 4 } });
  });
});
