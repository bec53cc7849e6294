import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultStandalone, isCutOff, rateStandalone } from '../../src/stages/summary/rate-standalone.js';

test('a line cut off on a function word or a dangling mark is told from one that only lacks its stop', () => {
  // NeuS cuts its articles mid-sentence: these end where no sentence can end.
  assert.ok(isCutOff('Ginsburg is still recuperating from surgery to'));
  assert.ok(isCutOff('a midterm election set up by both parties as a referendum on'));
  assert.ok(isCutOff("Here's a rundown of some of the bill's highlights:"));
  assert.ok(isCutOff('the partial shutdown quickly —'));
  // A standfirst ends on a content word; a function word that can end a sentence is no cut.
  assert.ok(!isCutOff('Former Goldman Sachs executive was a campaign loyalist and fundraiser'));
  assert.ok(!isCutOff('The talks will go on until Friday, she said'));
  assert.ok(!isCutOff('Voters in the county turned out in record numbers to back him'));
  const cut = rateStandalone('Senate Republicans on Thursday blocked a bill that would have funded the agency through');
  const standfirst = rateStandalone('Former Goldman Sachs executive was a campaign loyalist and fundraiser');
  const whole = rateStandalone('Former Goldman Sachs executive was a campaign loyalist and fundraiser.');
  assert.equal(cut, defaultStandalone.unfinished);
  assert.equal(standfirst, defaultStandalone.unstopped);
  assert.equal(whole, 1);
  assert.ok(cut < standfirst && standfirst < whole);
});

test('a pronoun opens a quotation whose speaker the line names: not a dangling opener', () => {
  assert.equal(rateStandalone('“We are currently on a pace to finish by August 31,” Biden said in remarks at the White House.'), 1);
  assert.equal(rateStandalone('He said the withdrawal would be finished by August 31 at the latest.'), defaultStandalone.opener);
  // The speaker is a pronoun too: the line still leans on the one before.
  assert.equal(rateStandalone('“We are currently on a pace to finish by August 31,” he said.'), defaultStandalone.opener);
  // Without a speaker the quotation is unattributed, and its "I" still leans on a missing line.
  assert.equal(
    rateStandalone('“I mean, we have seen a year’s worth of attempts in the last four weeks.”'),
    defaultStandalone.opener * defaultStandalone.unattributedQuote,
  );
});

test('a lead-in clause reads well alone: no factor for it', () => {
  assert.equal(rateStandalone('In a statement released on Monday, the regional council said heavy rain had closed three schools.'), 1);
});
