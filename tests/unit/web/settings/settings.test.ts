/**
 * The viewer's settings: the defaults pass their own check, a bad value is refused with an error
 * naming the setting, and the size-dependent Sigma settings follow the thresholds.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  resolveSettings,
  validateSettings,
  viewerSettings,
  viewerSettingsFor,
  type ViewerSettings,
} from '../../../../web/src/settings';

const withValue = (key: string, value: unknown) => ({ ...DEFAULT_SETTINGS, [key]: value }) as ViewerSettings;

describe('validateSettings', () => {
  it('passes the defaults, which are the settings the viewer runs with', () => {
    expect(() => validateSettings({ ...DEFAULT_SETTINGS })).not.toThrow();
    expect(viewerSettings).toEqual(DEFAULT_SETTINGS);
    expect(Object.isFrozen(viewerSettings)).toBe(true);
  });

  it.each([
    ['labelSize', 0, 'Viewer settings: invalid `labelSize` (0). Expecting a finite number above 0.'],
    [
      'labelSize',
      Number.NaN,
      'Viewer settings: invalid `labelSize` (NaN). Expecting a finite number above 0.',
    ],
    ['maxNodes', 1.5, 'Viewer settings: invalid `maxNodes` (1.5). Expecting a whole number above 0.'],
    [
      'loadingLineDelayMs',
      -1,
      'Viewer settings: invalid `loadingLineDelayMs` (-1). Expecting a finite number, 0 or more.',
    ],
    [
      'dimNodeColor',
      'grey',
      'Viewer settings: invalid `dimNodeColor` ("grey"). Expecting a colour as #rgb or #rrggbb.',
    ],
    ['labelFont', ' ', 'Viewer settings: invalid `labelFont` (" "). Expecting a non-empty string.'],
    [
      'repairJitter',
      2,
      'Viewer settings: invalid `repairJitter` (2). Expecting a number above 0, at most 1.',
    ],
  ])('refuses %s = %s, naming it', (key, value, message) => {
    expect(() => validateSettings(withValue(key, value))).toThrow(new Error(message));
  });

  it('refuses label rows out of order or without an unbounded last row', () => {
    const expecting =
      'Expecting rows by ascending belowNodes, the last Infinity, each with labelDensity above 0 and labelRenderedSizeThreshold 0 or more.';
    const [small, middle, large] = DEFAULT_SETTINGS.labelRows;
    expect(() => validateSettings(withValue('labelRows', [middle, small, large]))).toThrow(
      new Error(
        `Viewer settings: invalid \`labelRows\` (${JSON.stringify([middle, small, large])}). ${expecting}`,
      ),
    );
    expect(() => validateSettings(withValue('labelRows', [small, middle]))).toThrow(
      new Error(`Viewer settings: invalid \`labelRows\` (${JSON.stringify([small, middle])}). ${expecting}`),
    );
    expect(() => validateSettings(withValue('labelRows', [small, null, large]))).toThrow(
      new Error(
        `Viewer settings: invalid \`labelRows\` (${JSON.stringify([small, null, large])}). ${expecting}`,
      ),
    );
  });

  it('refuses a value of the wrong kind for every setting, naming that setting', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS))
      expect(() => validateSettings(withValue(key, null))).toThrow(
        new RegExp(`^Viewer settings: invalid \`${key}\` \\(null\\)\\. Expecting `),
      );
  });

  it('refuses settings that contradict each other, and names it has no setting for', () => {
    expect(() => resolveSettings({ inPageMaxBytes: 300, maxFileBytes: 200 })).toThrow(
      new Error('Viewer settings: invalid `inPageMaxBytes` (300). Expecting at most `maxFileBytes` (200).'),
    );
    expect(() => resolveSettings({ layoutAutoRunBaseMs: 20_000 })).toThrow(
      new Error(
        'Viewer settings: invalid `layoutAutoRunBaseMs` (20000). Expecting at most `layoutAutoRunMaxMs` (10000).',
      ),
    );
    expect(() => validateSettings(withValue('labelSzie', 12))).toThrow(
      new Error('Viewer settings: unknown setting `labelSzie`.'),
    );
  });

  it('resolves overrides on top of the defaults', () => {
    expect(resolveSettings({ labelSize: 15 })).toEqual({ ...DEFAULT_SETTINGS, labelSize: 15 });
  });
});

describe('viewerSettingsFor', () => {
  it('keeps everything on for a small graph', () => {
    expect(viewerSettingsFor({ nodes: 20, edges: 39 })).toEqual({
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      labelDensity: 0.6,
      labelRenderedSizeThreshold: 6,
    });
  });

  it('changes each setting at its threshold', () => {
    const at = (nodes: number, edges: number) => viewerSettingsFor({ nodes, edges });
    expect([at(1_999, 0).labelDensity, at(2_000, 0).labelDensity, at(20_000, 0).labelDensity]).toEqual([
      0.6, 0.35, 0.2,
    ]);
    expect([at(1_999, 0), at(2_000, 0), at(20_000, 0)].map((s) => s.labelRenderedSizeThreshold)).toEqual([
      6, 8, 10,
    ]);
    expect([at(4_999, 0).hideLabelsOnMove, at(5_000, 0).hideLabelsOnMove]).toEqual([false, true]);
    expect([at(0, 19_999).hideEdgesOnMove, at(0, 20_000).hideEdgesOnMove]).toEqual([false, true]);
    expect([at(0, 5_000).renderEdgeLabels, at(0, 5_001).renderEdgeLabels]).toEqual([true, false]);
    expect([at(0, 20_000).enableEdgeEvents, at(0, 20_001).enableEdgeEvents]).toEqual([true, false]);
  });

  it('reads its thresholds from the settings it is given', () => {
    const settings = resolveSettings({ hideEdgesOnMoveFromEdges: 10 });
    expect(viewerSettingsFor({ nodes: 1, edges: 10 }, settings).hideEdgesOnMove).toBe(true);
  });
});
