import { describe, expect, it } from 'vitest';
import {
  decodeViewState,
  EMPTY_FILTERS,
  EMPTY_VIEW,
  encodeViewState,
  type ViewState,
} from '../../../../web/src/state';

describe('encodeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(EMPTY_VIEW)).toBe('');
  });

  it('writes selection, hidden values, dates and a rounded camera', () => {
    const view: ViewState = {
      selection: { type: 'node', key: 'russia' },
      filters: {
        ...EMPTY_FILTERS,
        hiddenKinds: ['person', 'place'],
        hiddenPolarities: ['against'],
        dateFrom: '2011-01-01',
      },
      camera: { x: 0.123456789, y: 0.5, ratio: 0.25, angle: 0 },
    };
    expect(encodeViewState(view)).toBe(
      'n=russia&hk=person&hk=place&hp=against&from=2011-01-01&cam=0.1235,0.5,0.25,0',
    );
  });

  it('escapes keys that carry URL syntax', () => {
    expect(encodeViewState({ ...EMPTY_VIEW, selection: { type: 'edge', key: 'a&b=c #d' } })).toBe(
      'e=a%26b%3Dc+%23d',
    );
  });
});

describe('decodeViewState', () => {
  const views: [string, ViewState][] = [
    ['an edge selection and every filter', {
      selection: { type: 'edge', key: 'nato-rejects-joint-system' },
      filters: { hiddenKinds: ['issue'], hiddenTypes: ['asserts', 'warns'], hiddenPolarities: ['neutral', 'relation'], hiddenModalities: ['reported'], hiddenSources: ['000_05cd6d67e97d83d5'], dateFrom: '2010-01-01', dateTo: '2011-12-31' },
      camera: { x: -1.5, y: 2, ratio: 3, angle: 0.7854 },
    }],
    ['a node key with URL syntax', { selection: { type: 'node', key: 'a&b=c #d,e' }, filters: EMPTY_FILTERS, camera: undefined }],
  ]; // prettier-ignore

  it.each(views)('round-trips %s', (_name, view) => {
    expect(decodeViewState(encodeViewState(view))).toEqual({
      ...view,
      filters: { dateFrom: undefined, dateTo: undefined, ...view.filters },
    });
  });

  it('accepts the fragment with its "#" and percent-encoded commas', () => {
    expect(decodeViewState('#cam=0.5%2C0.5%2C1%2C0').camera).toEqual({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  });

  it.each([
    ['cam=1,2,3', 'three numbers'],
    ['cam=1,2,0,0', 'a zero ratio'],
    ['cam=1,2,-1,0', 'a negative ratio'],
    ['cam=a,b,c,d', 'words'],
    ['cam=1,2,Infinity,0', 'an infinite ratio'],
  ])('drops a camera of %s (%s)', (fragment) => {
    expect(decodeViewState(fragment).camera).toBeUndefined();
  });

  it('drops dates that are not ISO days, unknown polarities and unknown keys', () => {
    const view = decodeViewState('from=yesterday&to=2011-5-1&hp=against&hp=<script>&zz=1');
    expect(view.filters).toEqual({
      ...EMPTY_FILTERS,
      hiddenPolarities: ['against'],
      dateFrom: undefined,
      dateTo: undefined,
    });
  });

  it('sorts and deduplicates hidden values, and ignores empty ones', () => {
    expect(decodeViewState('hk=state&hk=issue&hk=state&hk=').filters.hiddenKinds).toEqual(['issue', 'state']);
  });

  it('prefers a node selection over an edge selection', () => {
    expect(decodeViewState('e=x&n=y').selection).toEqual({ type: 'node', key: 'y' });
  });
});
