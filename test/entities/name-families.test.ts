/**
 * Names across outlets, family by family: each row is a small invented story (one line per
 * article), the spellings that must end in one entity, and the ones that must stay apart.
 * Texts go through the sentence splitter and the mention finder, so pre-tokenised spacing
 * ("U . S .", "al - Assad") is tested as outlets and corpora give it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions, resolveEntities } from '../../src/stages/entities/index.js';
import type { Entity } from '../../src/model/mention.js';
import { splitSentences } from '../../src/stages/sentences/index.js';

interface Row {
  name: string;
  articles: string[];
  same?: string[][];
  apart?: [string, string][];
}

function resolve(articles: string[]): Entity[] {
  return resolveEntities(findMentions(articles.flatMap((text, i) => splitSentences(`a${i}`, text, []))));
}

function check(family: string, rows: Row[]): void {
  for (const row of rows) {
    test(`${family}: ${row.name}`, () => {
      const entities = resolve(row.articles);
      const of = (spelling: string) => {
        const found = entities.find((e) => e.variants.includes(spelling));
        assert.ok(found, `"${spelling}" is found (entities: ${entities.map((e) => e.variants.join('|')).join('; ')})`);
        return found;
      };
      for (const group of row.same ?? []) {
        const ids = new Set(group.map((s) => of(s).id));
        assert.equal(ids.size, 1, `one entity for ${group.join(' / ')}: ${[...ids].join(', ')}`);
      }
      for (const [a, b] of row.apart ?? []) assert.notEqual(of(a).id, of(b).id, `"${a}" and "${b}" stay apart`);
    });
  }
}

check('acronyms', [
  {
    name: 'an agency, its initials, dotted and spaced forms',
    articles: [
      'The U.S. Geological Survey said the quake struck at noon.',
      'According to the US Geological Survey, the quake was shallow.',
      'Scientists at USGS said aftershocks were likely, the US Geological Survey added.',
      'The U . S . Geological Survey put the depth at 10 km .',
    ],
    same: [['U.S. Geological Survey', 'US Geological Survey', 'USGS', 'U . S . Geological Survey']],
  },
  {
    name: 'a hyphenated company and its hyphenated initials',
    articles: ['Shares of Anheuser-Busch rose on Monday.', 'Shares of A-B rose 2 percent on Monday, and Anheuser-Busch said sales were up.'],
    same: [['Anheuser-Busch', 'A-B']],
  },
  {
    name: 'a fund written out once and by its initials',
    articles: ['The Agriculture Revolving Loan Fund lent the dairy $600,000.', 'The ARLF board met on Friday. The Agriculture Revolving Loan Fund has lent $4 million.'],
    same: [['Agriculture Revolving Loan Fund', 'ARLF']],
  },
  {
    name: 'an acronym of a name with small words and a hyphen',
    articles: ['Observers from the Organisation for Security and Co-operation in Europe (OSCE) watched the vote.', 'The OSCE said the vote was not free.'],
    same: [['Organisation for Security and Co-operation in Europe', 'OSCE']],
  },
  {
    name: 'must not: two organisations whose initials collide keep the acronym apart',
    articles: [
      'The Central Intelligence Agency declined to comment, and the CIA said nothing more.',
      'Graduates of the Culinary Institute of America cooked the dinner, a CIA spokesman said.',
    ],
    apart: [
      ['CIA', 'Central Intelligence Agency'],
      ['CIA', 'Culinary Institute of America'],
      ['Central Intelligence Agency', 'Culinary Institute of America'],
    ],
  },
  {
    name: 'a three-letter acronym of a body, written by other outlets than its name',
    articles: ['Klitschko defended his International Boxing Federation title.', 'The IBF champion won in the seventh round.', 'The Food and Drug Administration approved the shot.', 'The FDA said the vaccine is safe.'],
    same: [
      ['International Boxing Federation', 'IBF'],
      ['Food and Drug Administration', 'FDA'],
    ],
  },
  {
    name: 'must not: a three-letter acronym and a bridge with its initials in another outlet',
    articles: ['Police closed the Main Street Bridge.', 'The MSB reopened at noon.'],
    apart: [['MSB', 'Main Street Bridge']],
  },
  {
    name: 'must not: an acronym and a long name with its initials that no outlet writes together',
    articles: ['Fire destroyed the Banstead Baptist Church on Friday.', 'The BBC reported that the fire started at night.'],
    apart: [['BBC', 'Banstead Baptist Church']],
  },
]);

check('transliteration and spelling', [
  {
    name: 'Mohammed / Muhammad, Gaddafi / Qaddafi, Yevgeny / Evgeny',
    articles: [
      'Mohammed Salah scored twice. Muammar Gaddafi ruled Libya. Yevgeny Prigozhin led the group.',
      'Muhammad Salah was named man of the match. Moammar Qaddafi was killed in 2011. Evgeny Prigozhin died in a crash.',
    ],
    same: [
      ['Mohammed Salah', 'Muhammad Salah'],
      ['Muammar Gaddafi', 'Moammar Qaddafi'],
      ['Yevgeny Prigozhin', 'Evgeny Prigozhin'],
    ],
  },
  {
    name: 'a place misspelled by one letter',
    articles: ['The driver was from Schenectady, police said.', 'He lives in Schnectady with his parents.', 'Police in Schenectady confirmed it.'],
    same: [['Schenectady', 'Schnectady']],
  },
  {
    name: 'a climber misspelled by one letter, with the same role',
    articles: ['Duncan Rait, a climber from Britain, fell on Friday.', 'The climber, Duncan Raite, was 28.'],
    same: [['Duncan Rait', 'Duncan Raite']],
  },
  {
    name: 'must not: two people a letter apart whom the articles give different roles',
    articles: ['Peter Rait, the lawyer, spoke on Monday.', 'Police inspector Peter Raite said the search was over.'],
    apart: [['Peter Rait', 'Peter Raite']],
  },
  {
    name: 'must not: two known places a letter or two apart',
    articles: ['The team flew from Austria to Australia.', 'Fans in Australia cheered, and fans in Austria did too.'],
    apart: [['Austria', 'Australia']],
  },
]);

check('corporate suffixes', [
  {
    name: 'Corp., Co., AG, Plc and Holdings left out',
    articles: [
      'Intel Corp. lost the deal. Hewlett-Packard Co. bought servers. Siemens AG built the trains.',
      'Shares of Intel fell. On Monday Hewlett-Packard said nothing. Critics of Siemens said the trains were late.',
      'Rolls-Royce Holdings Plc cut jobs.',
      'The engines of Rolls-Royce are safe.',
    ],
    same: [
      ['Intel Corp.', 'Intel'],
      ['Hewlett-Packard Co.', 'Hewlett-Packard'],
      ['Siemens AG', 'Siemens'],
      ['Rolls-Royce Holdings Plc', 'Rolls-Royce'],
    ],
  },
  {
    name: 'must not: a person and a company with one name',
    articles: ['Former President Gerald Ford visited the plant.', 'Ford Motor Co. said the plant would close.', 'Ford said he was sad.'],
    apart: [
      ['Gerald Ford', 'Ford Motor Co.'],
      ['Ford', 'Ford Motor Co.'],
    ],
  },
]);

check('short and titled forms', [
  {
    name: 'surname alone, Mr + surname, rank + surname',
    articles: ['Officer Jake Moreno found the car.', 'Lt. Moreno said the driver fled.', 'Mr. Moreno declined to comment. Moreno has served for 20 years.'],
    same: [['Jake Moreno', 'Moreno']],
  },
  {
    name: 'a title before the name is a role, not the name',
    articles: ['Palmer City Clerk Janette Bower said the records were lost.', 'Bower said the building was empty.'],
    same: [['Janette Bower', 'Bower']],
  },
  {
    name: 'a nickname in quotes or brackets inside the full name',
    articles: [
      'Vincent "The Chin" Gigante died on Monday.',
      'Vincent Gigante was 77. Gigante ran the family for decades.',
      'Charles "Lucky" Luciano founded it. Charles (Lucky) Luciano died in 1962.',
    ],
    same: [
      ['Vincent "The Chin" Gigante', 'Vincent Gigante', 'Gigante'],
      ['Charles "Lucky" Luciano', 'Charles (Lucky) Luciano'],
    ],
  },
  {
    name: 'must not: two people who share a surname in one story',
    articles: ['William Burns, the CIA director, met Nicholas Burns, the ambassador.', 'William Burns flew home.', 'Nicholas Burns stayed.'],
    apart: [['William Burns', 'Nicholas Burns']],
  },
]);

check('hyphens and spacing', [
  {
    name: 'hyphens spaced out by tokenised text',
    articles: ['Bashar al - Assad spoke . Shares of Rolls - Royce fell .', 'Bashar al-Assad met envoys. On Monday Rolls-Royce said engines were safe.'],
    same: [
      ['Bashar al - Assad', 'Bashar al-Assad'],
      ['Rolls - Royce', 'Rolls-Royce'],
    ],
  },
  {
    name: 'a company written as one word or two',
    articles: ['AMD bought SeaMicro on Wednesday.', 'AMD is acquiring Sea Micro for $334 million.'],
    same: [['SeaMicro', 'Sea Micro']],
  },
  {
    name: 'a capital "The" inside a sentence belongs to the name',
    articles: ['Rescuers flew with The Helicopter Line on Sunday.', 'A pilot from the Helicopter Line saw the climbers.'],
    same: [['The Helicopter Line', 'Helicopter Line']],
  },
  {
    name: 'must not: a dash between a name and a clause',
    articles: ['He drove to Dallas - The police followed him .', 'Police in Dallas said he was caught.'],
    same: [['Dallas']],
  },
]);

check('places, qualifiers and abbreviations', [
  {
    name: 'Mt / Mount, St. / Street, a place before an organisation name',
    articles: [
      'Two climbers died on Mount Sefton. The crash was on 117th Street. He was taken to Royal Oak Beaumont Hospital.',
      'Rescuers reached Mt Sefton on Sunday. Police closed 117th St. on Friday. He died at Beaumont Hospital in Royal Oak.',
    ],
    same: [
      ['Mount Sefton', 'Mt Sefton'],
      ['117th Street', '117th St.'],
      ['Royal Oak Beaumont Hospital', 'Beaumont Hospital'],
    ],
  },
  {
    name: 'must not: a short name that two qualified names share stays apart',
    articles: ['The Palmer Fire Department and the Wasilla Fire Department responded.', 'The Fire Department said the cause was unknown.'],
    apart: [
      ['Fire Department', 'Palmer Fire Department'],
      ['Fire Department', 'Wasilla Fire Department'],
    ],
  },
  {
    name: 'must not: a person and a place with one name',
    articles: ['King Abdullah of Jordan met Michael Jordan in Amman.', 'Jordan said the talks went well.', 'Michael Jordan signed shirts in Jordan.'],
    apart: [['Michael Jordan', 'Jordan']],
  },
]);
