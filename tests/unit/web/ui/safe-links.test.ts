import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../../web/src/ui/dom';

describe('safeHref', () => {
  it.each([
    ['https://www.wikidata.org/wiki/Q159', 'https://www.wikidata.org/wiki/Q159'],
    ['http://example.org/a b', 'http://example.org/a%20b'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['/relative/path', undefined],
    ['not a url', undefined],
    [42, undefined],
  ])('links %j as %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
