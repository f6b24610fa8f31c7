/**
 * Each validation rule, table-driven: a bad data folder under tests/fixtures/invalid/ and the exact
 * diagnostics it must produce (file:line:column, rule, field path and message), all in one pass.
 */
import { describe, expect, it } from 'vitest';
import { validateFolder } from '../../../support/pipeline';
import { formatDiagnostic } from '../../../../src/core/validate';

const fixture = (name: string) => `tests/fixtures/invalid/${name}`;

/** Errors only, except for the "warnings" folder, whose point is its warnings. */
const cases: [string, string[]][] = [
  [
    'duplicate-id',
    [
      'duplicate-id/b.yaml:2:9: error [duplicate-id] entities[0].id: expected a unique entity id, found "russia" again (first defined at duplicate-id/a.yaml:8:9)',
      'duplicate-id/b.yaml:6:9: error [duplicate-id] stances[0].id: expected a unique relation or stance id, found "s-1" again (first defined at duplicate-id/a.yaml:23:9)',
    ],
  ],
  [
    'impossible-date',
    [
      'impossible-date/data.yaml:4:16: error [impossible-date] sources[0].published: expected a date that exists in the calendar (month 01–12, a day the month has), found "2011-02-30"',
      'impossible-date/data.yaml:28:11: error [impossible-date] stances[0].date: expected a date that exists in the calendar (month 01–12, a day the month has), found "2011-13"',
      'impossible-date/data.yaml:36:11: error [date-format] stances[1].date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2011, 2011-05, 2011-05-16), found "May 2011"',
    ],
  ],
  [
    'invalid-utf8',
    [
      'invalid-utf8/text.txt:2:5: error [source-text] expected UTF-8 text, found the byte 0xFF that starts no valid UTF-8 sequence',
    ],
  ],
  [
    'many-errors',
    [
      'many-errors/data.yaml:23:11: error [unknown-kind] entities[4].kind: expected one of "state", "organization", "government_body", "person", "treaty", "weapon_system", "issue" or "place", found "alliance"',
      'many-errors/data.yaml:28:12: error [unknown-id] stances[0].actor: expected the id of an entity (the stance\'s actor), found "rusia", which no entity has; did you mean "russia"?',
      'many-errors/data.yaml:34:11: error [unknown-type] stances[1].type: expected one of "asserts", "warns", "considers", "proposes", "agrees", "supports", "demands", "criticizes", "perceives_threat", "opposes", "rejects" or "threatens", found "demandz"; did you mean "demands"?',
      'many-errors/data.yaml:46:16: error [quote-not-found] stances[2].evidence[0].quote: expected a quote found verbatim in source "s1" (whitespace may differ), found a quote that is not in it: no passage of the source begins with its first words',
      'many-errors/data.yaml:52:11: error [impossible-date] stances[3].date: expected a date that exists in the calendar (month 01–12, a day the month has), found "2011-02-29"',
      'many-errors/data.yaml:55:9: error [duplicate-id] stances[4].id: expected a unique relation or stance id, found "s-1" again (first defined at many-errors/data.yaml:26:9)',
    ],
  ],
  [
    'missing-field',
    [
      'missing-field/data.yaml:23:5: error [missing-field] stances[0].actor: missing required field "actor": expected a text (who takes the stance: a state, organisation, body or person), found nothing',
      'missing-field/data.yaml:27:15: error [too-short] stances[0].evidence: expected at least one evidence quote, found a list of 0',
    ],
  ],
  [
    'missing-text',
    [
      'missing-text/data.yaml:6:11: error [source-text] sources[0].text: expected a text file at missing-text/missing.txt, found no such file',
    ],
  ],
  [
    'period-order',
    [
      'period-order/data.yaml:27:36: error [period-order] relations[0].period.end: expected an end on or after the start (2012-06), found "2012-05-31"',
    ],
  ],
  [
    'quote-ambiguous',
    [
      'quote-ambiguous/data.yaml:29:16: error [quote-ambiguous] stances[0].evidence[0].quote: expected a quote that occurs once in "s1", found it 2 times (at 1:28, 2:29); add a prefix or suffix to pick one',
      'quote-ambiguous/data.yaml:36:16: error [quote-ambiguous] stances[1].evidence[0].quote: expected a quote that occurs once in "s1", found it 2 times (at 3:1, 3:26); add a prefix or suffix to pick one',
      'quote-ambiguous/data.yaml:43:16: error [quote-ambiguous] stances[2].evidence[0].quote: expected the prefix/suffix to match one of the quote\'s 2 occurrences in "s1" (at 3:1, 3:26), found none that matches',
    ],
  ],
  [
    'quote-not-found',
    [
      'quote-not-found/data.yaml:29:16: error [quote-not-found] stances[0].evidence[0].quote: expected a quote found verbatim in source "s1" (whitespace may differ), found a quote that is not in it: its first 15 characters match at s1 1:1, then the source has "guarantees, the minister said. \\"We need …" where the quote has "firm guarantees"',
      'quote-not-found/data.yaml:36:16: error [quote-not-found] stances[1].evidence[0].quote: expected a quote found verbatim in source "s1" (whitespace may differ), found a quote that is not in it: no passage of the source begins with its first words',
    ],
  ],
  [
    'syntax-error',
    [
      'syntax-error/data.yaml:25:5: error [syntax] YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ],
  [
    'unknown-field',
    [
      'unknown-field/data.yaml:25:5: error [unknown-field] entities[4].alias: unknown field "alias": expected one of "id", "label", "aliases", "description", "wikidata", "note", "kind" or "iso3166"; did you mean "aliases"?',
      'unknown-field/data.yaml:32:5: error [unknown-field] stances[0].colour: unknown field "colour": expected one of "id", "type", "actor", "speaker", "target", "position", "recipient", "audience", "negated", "hedged", "condition", "reportedBy", "background", "inReplyTo", "utterance", "date", "dateText", "source", "evidence" or "note"',
      'unknown-field/data.yaml:35:1: error [unknown-field] colours: unknown section "colours": expected one of "sources", "entities", "relations" or "stances"',
    ],
  ],
  [
    'unknown-id',
    [
      'unknown-id/data.yaml:25:12: error [unknown-id] stances[0].actor: expected the id of an entity (the stance\'s actor), found "rusia", which no entity has; did you mean "russia"?',
      'unknown-id/data.yaml:32:12: error [unknown-id] stances[1].actor: expected the id of an entity (the stance\'s actor), found "moscow", which no entity has; did you mean "russia"?',
      'unknown-id/data.yaml:35:14: error [unknown-id] stances[1].speaker: expected the id of an entity (the stance\'s speaker), found "ministr", which no entity has; did you mean "minister"?',
      'unknown-id/data.yaml:42:13: error [unknown-id] stances[2].source: expected the id of a source, found "s2", which no source has; did you mean "s1"?',
      'unknown-id/data.yaml:43:17: error [unknown-id] stances[2].recipient[0]: expected the id of an entity (the stance\'s recipient), found "zzzzzz", which no entity has',
    ],
  ],
  [
    'unknown-kind',
    [
      'unknown-kind/data.yaml:23:11: error [unknown-kind] entities[4].kind: expected one of "state", "organization", "government_body", "person", "treaty", "weapon_system", "issue" or "place", found "alliance"',
    ],
  ],
  [
    'unknown-relation-type',
    [
      'unknown-relation-type/data.yaml:24:11: error [unknown-type] relations[0].type: expected one of "member_of", "party_to", "holds_office_in", "speaks_for", "envoy_to", "leads", "develops", "part_of", "concerns", "restricts", "improves", "reaches" or "negotiates_with", found "allied_with"',
    ],
  ],
  [
    'unknown-stance-type',
    [
      'unknown-stance-type/data.yaml:24:11: error [unknown-type] stances[0].type: expected one of "asserts", "warns", "considers", "proposes", "agrees", "supports", "demands", "criticizes", "perceives_threat", "opposes", "rejects" or "threatens", found "demandz"; did you mean "demands"?',
      'unknown-stance-type/data.yaml:35:15: error [unknown-position] stances[1].position: expected one of "for", "against" or "neutral", found "maybe"',
    ],
  ],
  [
    'warnings',
    [
      'warnings/data.yaml:12:9: warning [unreferenced-entity] entities[1].id: expected an entity that some relation or stance refers to, found "nato", which nothing refers to',
      'warnings/data.yaml:15:15: warning [shared-alias] entities[1].aliases[0]: expected a name that only one entity has, found "Moscow", which "russia" has too',
      'warnings/data.yaml:16:9: warning [unreferenced-entity] entities[2].id: expected an entity that some relation or stance refers to, found "minister", which nothing refers to',
      'warnings/data.yaml:23:9: warning [unreferenced-entity] entities[4].id: expected an entity that some relation or stance refers to, found "lonely", which nothing refers to',
      'warnings/data.yaml:36:16: warning [quote-without-speaker] stances[0].evidence[0].quote: expected a speaker for a direct quotation (a stance of "russia" quoting someone\'s words), found none',
      'warnings/data.yaml:42:14: warning [speaker-unaffiliated] stances[1].speaker: expected a speaker linked to the actor "russia" (speaks_for, holds_office_in, envoy_to, part_of, member_of or a person\'s "serves"), found "stranger" with no such link',
    ],
  ],
  [
    'wrong-kind',
    [
      'wrong-kind/data.yaml:25:11: error [wrong-kind] relations[0].from: expected the "from" end of member_of of kind "state" or "organization", found "minister" of kind "person"',
      'wrong-kind/data.yaml:26:9: error [wrong-kind] relations[0].to: expected the "to" end of member_of of kind "organization", found "guarantees" of kind "issue"',
      'wrong-kind/data.yaml:30:12: error [wrong-kind] stances[0].actor: expected the stance\'s actor of kind "state", "organization", "government_body" or "person", found "guarantees" of kind "issue"',
      'wrong-kind/data.yaml:33:14: error [wrong-kind] stances[0].speaker: expected the stance\'s speaker of kind "person" or "government_body", found "nato" of kind "organization"',
    ],
  ],
  [
    'wrong-type',
    [
      'wrong-type/data.yaml:24:12: error [wrong-type] entities[4].label: expected a text, found the number 42',
      'wrong-type/data.yaml:25:14: error [wrong-type] entities[4].aliases: expected a list, found "Washington"',
      'wrong-type/data.yaml:32:11: error [wrong-type] stances[0].date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2011, 2011-05, 2011-05-16), found the boolean true',
    ],
  ],
  [
    'xml-forbidden-char',
    [
      'xml-forbidden-char/data.yaml:21:12: error [xml-forbidden-char] entities[3].label: expected a text without the characters XML 1.0 forbids, found the control character U+0001 at character 7',
      'xml-forbidden-char/data.yaml:28:11: error [xml-forbidden-char] stances[0].note: expected a text without the characters XML 1.0 forbids, found the noncharacter U+FFFF at character 5',
      'xml-forbidden-char/text.txt:4:7: error [xml-forbidden-char] expected a text without the characters XML 1.0 forbids, found the control character U+0007',
    ],
  ],
];

describe('validation reports every error with its place, field and what was expected', () => {
  it.each(cases)('%s', (name, expected) => {
    const result = validateFolder(fixture(name), name);
    const shown = result.diagnostics
      .filter((d) => name === 'warnings' || d.severity === 'error')
      .map(formatDiagnostic);
    expect(shown).toEqual(expected);
    if (name === 'warnings') {
      expect(result.errors).toBe(0);
      expect(result.dataset).toBeDefined();
    } else {
      expect(result.errors).toBeGreaterThan(0);
      expect(result.dataset).toBeUndefined();
    }
  });

  it('covers every fixture folder', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync('tests/fixtures/invalid').sort()).toEqual(cases.map(([name]) => name).sort());
  });

  it('suggests the entity whose alias matches an unknown id ("moscow" → "russia")', () => {
    const result = validateFolder(fixture('unknown-id'), 'unknown-id');
    const moscow = result.diagnostics.find((d) => d.message.includes('"moscow"'));
    expect(moscow?.suggestions).toEqual(['russia']);
    expect(moscow?.code).toBe('unknown-id');
    expect(moscow?.path).toBe('stances[1].actor');
  });
});
