/** Reconcile rules read off one name, header or field: normalising, slugs, position headers, infobox fields and internal units. */
import { describe, expect, it } from 'vitest';
import { fieldNames, fieldRole, titleWithoutJurisdiction } from '../../src/reconcile/fields.ts';
import { displayName, foldKey, matchKey } from '../../src/reconcile/normalise.ts';
import { isSingleHolder, parsePosition } from '../../src/reconcile/position.ts';
import { slugOf } from '../../src/reconcile/slug.ts';
import { isUnitHeading, listItemsFromText, unitName } from '../../src/reconcile/units.ts';

describe('names and ids', () => {
  it('normalises NFC, dashes, spacing and case, and folds diacritics for matching only', () => {
    expect(displayName('  Frank\u2013Walter   Steinmeier ')).toBe('Frank-Walter Steinmeier');
    expect(displayName('Lu\u0308 Feng')).toBe('Lü Feng');
    expect(matchKey('WANG  Yi')).toBe('wang yi');
    expect(foldKey('Lü Feng')).toBe('lu feng');
    expect(foldKey('Wolfgang Schäuble')).toBe('wolfgang schauble');
    expect(foldKey('Straße')).toBe('strasse');
  });

  it('makes readable slugs, keeping non-Latin letters', () => {
    expect(slugOf('Office of the Central Foreign Affairs Commission')).toBe('office-of-the-central-foreign-affairs-commission');
    expect(slugOf("Robert C. O'Brien")).toBe('robert-c-obrien');
    expect(slugOf('Thomas de Maizière')).toBe('thomas-de-maiziere');
    expect(slugOf('中央外事工作委员会办公室')).toBe('中央外事工作委员会办公室');
    expect(slugOf('Ministry of Foreign Affairs (China)')).toBe('ministry-of-foreign-affairs-china');
    expect(slugOf('---')).toMatch(/^x-[0-9a-f]{8}$/);
    const long = slugOf('Office of the '.repeat(20));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/-[0-9a-f]{8}$/);
  });
});

describe('position headers', () => {
  it('finds the body a header names, only when it names one', () => {
    expect(parsePosition('Director of the Foreign Affairs Office of the State Council')).toEqual({ role: 'director', bodies: ['Foreign Affairs Office of the State Council'] });
    expect(parsePosition('Head of the Federal Chancellery')).toEqual({ role: 'head', bodies: ['Federal Chancellery'] });
    expect(parsePosition('Director of the Office of the Central Foreign Affairs Leading Group and the Office of the Central National Security Leading Group').bodies).toEqual([
      'Office of the Central Foreign Affairs Leading Group',
      'Office of the Central National Security Leading Group',
    ]);
    expect(parsePosition('Minister of State Security')).toEqual({ role: 'minister of state security', bodies: [] });
    expect(parsePosition('Ministers of Foreign Affairs')).toEqual({ role: 'minister of foreign affairs', bodies: [] });
    expect(parsePosition('Assistant to the President for National Security Affairs').bodies).toEqual([]);
    expect(parsePosition('Bonn period (selected)').bodies).toEqual([]);
  });

  it('tells single-holder posts from deputies and members', () => {
    expect(isSingleHolder('Director')).toBe(true);
    expect(isSingleHolder('Ministers of Foreign Affairs')).toBe(true);
    expect(isSingleHolder('Deputy Directors')).toBe(false);
    expect(isSingleHolder('Leading members (2023)')).toBe(false);
  });
});

describe('infobox fields and units', () => {
  it('classifies name, native, alias and reference fields', () => {
    expect(['Agency Name', 'Name', 'Nativename A', 'Native Name', 'Native Name Lang', 'Nativename R', 'Abbreviation', 'Former names', 'Parent Agency', 'Parent Organization', 'Preceding1', 'Subsidiaries', 'Headquarters'].map(fieldRole)).toEqual([
      'name', 'name', 'native', 'native', null, 'alias', 'alias', 'alias', 'reference', 'reference', 'reference', 'reference', null,
    ]);
    expect(fieldNames('Abbreviation', 'Zhongban (中办)')).toEqual([{ name: 'Zhongban', native: '中办' }]);
    expect(fieldNames('Subsidiaries', 'Central Security Bureau, Confidential Bureau')).toEqual([
      { name: 'Central Security Bureau', native: null },
      { name: 'Confidential Bureau', native: null },
    ]);
  });

  it('reads a preceding agency, names separated by a spaced slash or a line break, wiki links as shown, and drops the years a bracket gives', () => {
    expect(['Preceding agency', 'Preceding agencies', 'Superseding agency', 'Precursor'].map(fieldRole)).toEqual(['reference', 'reference', 'reference', 'reference']);
    expect(fieldNames('Preceding1', 'Ministry of Finance (1869–2001)')).toEqual([{ name: 'Ministry of Finance', native: null }]);
    // A place in words is the name's qualifier; a standing is dropped.
    expect(fieldNames('Parent Agency', 'Ministry of Finance (India)')).toEqual([{ name: 'Ministry of Finance', native: null, qualifier: 'India' }]);
    expect(fieldNames('Parent Agency', 'Ministry of Defence (United Kingdom)')).toEqual([{ name: 'Ministry of Defence', native: null, qualifier: 'United Kingdom' }]);
    expect(fieldNames('Parent Agency', 'Ministry of Defence (Defunct)')).toEqual([{ name: 'Ministry of Defence', native: null }]);
    // A country's abbreviation is a place too, not another name of the body (as `(MSS)` is).
    expect(fieldNames('Agency Name', 'Ministry of Defence (UK)')).toEqual([{ name: 'Ministry of Defence', native: null, qualifier: 'UK' }]);
    expect(fieldNames('Parent Agency', 'Ministry of State Security (MSS)')).toEqual([{ name: 'Ministry of State Security', native: null }, { name: 'MSS', native: null }]);
    expect(fieldNames('Preceding agency', 'Bureau of Investigation (1908-1935)')).toEqual([{ name: 'Bureau of Investigation', native: null }]);
    expect(fieldNames('Parent Agency', "[[State Council of the People's Republic of China|State Council]]")).toEqual([{ name: 'State Council', native: null }]);
    expect(fieldNames('Preceding1', 'Bureau A<br />Bureau B')).toEqual([
      { name: 'Bureau A', native: null },
      { name: 'Bureau B', native: null },
    ]);
    expect(fieldNames('Abbreviation', 'SIS / MI6')).toEqual([
      { name: 'SIS', native: null },
      { name: 'MI6', native: null },
    ]);
    expect(fieldNames('Abbreviation', 'Ministry of State Security (MSS)')).toEqual([
      { name: 'Ministry of State Security', native: null },
      { name: 'MSS', native: null },
    ]);
  });

  it('takes list items with markdown and wiki markers, with their line and column', () => {
    const text = '= T =\n== Structure ==\n- General Bureau\n# Policy Bureau\n** Research Office\n  * Party Committee\n***** Too Deep\n**Bold** note\n• Audit Office\n  · Archives\n•Tight\n\n    - Deep Office\n';
    const sections = [{ doc_id: 't', level: 2, heading: 'Structure', path: [], line: 2 }];
    expect(listItemsFromText(text, sections, new Set()).map((i) => [i.text, i.line, i.column])).toEqual([
      ['General Bureau', 3, 3],
      ['Policy Bureau', 4, 3],
      ['Research Office', 5, 4],
      ['Party Committee', 6, 5],
      ['Audit Office', 9, 3],
      ['Archives', 10, 5],
      ['Deep Office', 13, 7],
    ]);
  });

  it('reads internal units from organisation headings only', () => {
    expect(['Internal organization', 'Internal Organization', 'Departments', 'Organizational structure', 'Leaders', 'Members', 'History'].map(isUnitHeading)).toEqual([true, true, true, true, false, false, false]);
    expect(['Functional organs', 'Constituent units', 'Organs', 'Functions', 'Organ donation'].map(isUnitHeading)).toEqual([true, true, true, false, false]);
    expect(unitName('General Bureau')).toBe('General Bureau');
    expect(unitName('Xi Jinping, director')).toBeNull();
    expect(unitName('Qian Yongnian (June 1988 – December 1989)')).toBe('Qian Yongnian');
    expect(unitName('some lower-case note')).toBeNull();
  });
});

describe('titles and jurisdictions', () => {
  it('takes the jurisdiction a title names off its end or its start, leaving two words or more', () => {
    expect(titleWithoutJurisdiction("State Council of the People's Republic of China", "People's Republic of China")).toBe('State Council');
    expect(titleWithoutJurisdiction('Ministry of Finance of Japan', 'Japan')).toBe('Ministry of Finance');
    expect(titleWithoutJurisdiction('United States National Security Council', '[[United States]]')).toBe('National Security Council');
    expect(titleWithoutJurisdiction('Cabinet of Japan', 'Japan')).toBeNull();
    expect(titleWithoutJurisdiction('Ministry of Finance', 'Japan')).toBeNull();
    expect(titleWithoutJurisdiction('Federal Chancellery', 'Federal Republic of Germany')).toBeNull();
  });
});
