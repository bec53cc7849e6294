/**
 * Table tests of the conflict table by family, through the whole pipeline, on small stories
 * written for these tests. Real families must be found with every value group and its outlets;
 * false families must not be reported. Each false family names the rule that stops it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';
import type { Conflict, Report } from '../../src/model/report.js';

type Story = Record<string, { text: string; published?: string }>;

function brief(story: Story): Report {
  const articles = Object.entries(story).map(([id, a]) => ({ id, source: id, title: `Report ${id}`, text: a.text, published: a.published }));
  return analyzeSync(articles);
}

const show = (r: Report) => r.conflicts.map((c) => `${c.kind}: ${c.topic} :: ${c.values.map((v) => `${v.value} [${v.articles.join(',')}]${v.attributedTo ? ` per ${v.attributedTo}` : ''}`).join(' | ')}`).join('\n');

/** The conflict whose values include every one of `values` (matched against the words as written). */
function conflictWith(r: Report, ...values: RegExp[]): Conflict | undefined {
  return r.conflicts.find((c) => values.every((re) => c.values.some((v) => re.test(v.value))));
}

const valueOf = (c: Conflict, re: RegExp) => c.values.find((v) => re.test(v.value))!;

// --- Real disagreements -------------------------------------------------------------------------

test('conflicts, many values: one slot, every value group with its outlets', () => {
  const r = brief({
    a: { text: 'A magnitude 6.1 earthquake struck the coastal town of Marrowby early on Friday, the institute said.' },
    b: { text: 'A magnitude 6.1 earthquake struck the coastal town of Marrowby on Friday morning.' },
    c: { text: 'A magnitude 6.4 earthquake struck the coastal town of Marrowby early on Friday.' },
    d: { text: 'A magnitude 6.4 earthquake struck the coastal town of Marrowby on Friday.' },
    e: { text: 'A magnitude 5.8 earthquake struck the coastal town of Marrowby on Friday, shaking buildings.' },
  });
  const c = conflictWith(r, /6\.1/, /6\.4/, /5\.8/);
  assert.ok(c, show(r));
  assert.equal(c.kind, 'contradiction');
  assert.deepEqual(valueOf(c, /6\.1/).articles, ['a', 'b']);
  assert.deepEqual(valueOf(c, /6\.4/).articles, ['c', 'd']);
  assert.deepEqual(valueOf(c, /5\.8/).articles, ['e']);
  assert.equal(r.conflicts.filter((x) => x.values.some((v) => /6\.1/.test(v.value))).length, 1, 'one row, not one per pair');
});

test('conflicts, many values: counts of near-synonym nouns are one measure ("eight experts" / "three observers")', () => {
  const r = brief({
    a: { text: 'The monitoring group sent eight experts to observe the vote in Kestria on Sunday.' },
    b: { text: 'The monitoring group sent only three observers to observe the vote in Kestria on Sunday.' },
  });
  const c = conflictWith(r, /eight experts/, /three observers/);
  assert.ok(c, show(r));
  assert.equal(c.kind, 'contradiction');
});

test('conflicts, who said what: each value carries the source it is credited to', () => {
  const r = brief({
    a: { text: 'About 5,000 people marched through Lindholm on Saturday, police said.' },
    b: { text: 'About 20,000 people marched through Lindholm on Saturday, the organisers said.' },
  });
  const c = conflictWith(r, /5,000/, /20,000/);
  assert.ok(c, show(r));
  assert.equal(valueOf(c, /5,000/).attributedTo, 'police');
  assert.equal(valueOf(c, /20,000/).attributedTo, 'organisers');
});

test('conflicts, update: a figure told as the outcome of a change ("has risen to 17") is an update, dated or not', () => {
  const r = brief({
    a: { text: 'The storm in Vesterby killed at least 12 people on Friday, officials said.' },
    b: { text: 'The death toll from the storm in Vesterby has risen to 17, officials said on Saturday.' },
  });
  const c = conflictWith(r, /12/, /17/);
  assert.ok(c, show(r));
  assert.equal(c.kind, 'update');
  // A fall the other way is no such update: "fell to 17" against 12 is a contradiction.
  const odd = brief({
    a: { text: 'Shares of Lumex closed at $12 on Friday in New York.' },
    b: { text: 'Shares of Lumex fell to $17 on Friday in New York.' },
  });
  const shares = conflictWith(odd, /12/, /17/);
  assert.ok(shares, show(odd));
  assert.notEqual(shares.kind, 'update');
});

test('conflicts, update: a toll revised upward in a later report is an update', () => {
  const r = brief({
    a: { text: 'The storm killed at least 12 people in Vesterby, officials said.', published: '2026-03-06T08:00:00Z' },
    b: { text: 'The storm killed 17 people in Vesterby, officials said.', published: '2026-03-06T20:00:00Z' },
  });
  const c = conflictWith(r, /12/, /17/);
  assert.ok(c, show(r));
  assert.equal(c.kind, 'update');
  assert.match(c.topic, /killed/i);
});

test('conflicts, precision: a hedged figure against a close exact one, and a unit conversion', () => {
  const r = brief({
    a: { text: 'Mayor Ana Ruiz said about 300 residents spent the night in shelters in Dunmore.\nDeputies chased the van for 30 miles along the coast road near Dunmore.' },
    b: { text: 'Mayor Ana Ruiz said 312 residents spent the night in shelters in Dunmore.\nDeputies chased the van for 48 km along the coast road near Dunmore.' },
  });
  const residents = conflictWith(r, /300/, /312/);
  assert.ok(residents, show(r));
  assert.equal(residents.kind, 'precision');
  const chase = conflictWith(r, /30 miles/, /48 km/);
  assert.ok(chase, show(r));
  assert.equal(chase.kind, 'precision');
  assert.match(valueOf(chase, /30 miles/).normalized, /\(48280 m\)/, 'the metric figure beside the miles');
  assert.equal(valueOf(chase, /30 miles/).unit, 'mile');
});

test('conflicts, not only numbers: times of day and dates', () => {
  const r = brief({
    a: { text: 'The fire at the Holm warehouse was reported at 3:33 a.m. on Tuesday, fire chief Jon Berg said.' },
    b: { text: 'The fire at the Holm warehouse was reported at 4:10 a.m. on Tuesday, fire chief Jon Berg said.' },
  });
  assert.ok(conflictWith(r, /3:33/, /4:10/), show(r));
});

test('conflicts, precision: one figure with and without "more than" is a precision row, never a contradiction', () => {
  const r = brief({
    a: { text: 'The jury in Dunmore deliberated for 30 hours over four days before reaching a verdict on Vera Lind.' },
    b: { text: 'The jury in Dunmore deliberated for more than 30 hours over four days before reaching a verdict on Vera Lind.' },
  });
  const hours = conflictWith(r, /^30 hours$/, /more than 30 hours/);
  assert.ok(hours, show(r));
  assert.equal(hours.kind, 'precision');
});

test('not a conflict: an age and another span of years ("LaSalle, 36," vs "he faces up to 55 years in prison")', () => {
  const r = brief({
    a: { text: 'Riley Adams, 36, was charged with third-degree murder on Friday in Bloomington.' },
    b: { text: 'If convicted, Riley Adams faces up to 55 years in prison, a $60,000 fine, or both.' },
    c: { text: 'Riley Adams, 36, of Bloomington, was pulled over a few blocks away, police said.' },
  });
  assert.equal(r.conflicts.filter((c) => c.values.some((v) => /^36$/.test(v.value))).length, 0, show(r));
});

test('not a conflict: a part of a measure and the whole ("176 receiving yards" vs "404 yards")', () => {
  const r = brief({
    a: { text: 'Dell Rourke ran for 404 yards and two touchdowns in the win over the Hawks on Sunday.' },
    b: { text: 'Dell Rourke had 176 receiving yards and two touchdowns in the win over the Hawks on Sunday.' },
    c: { text: 'Dell Rourke finished with 404 yards and two touchdowns as the Hawks lost on Sunday.' },
  });
  assert.equal(r.conflicts.filter((c) => c.values.some((v) => /176/.test(v.value))).length, 0, show(r));
});

test('not a conflict: a sentence that gives the other figure without its noun tells two measures apart', () => {
  const r = brief({
    a: { text: 'Ratings for last year\'s Lantern Awards fell to a record low, with about 32 million people tuning in, compared with 55.3 million a decade ago.' },
    b: { text: 'A total of 55.3 million people tuned in to watch the Lantern Awards, the organisers said.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
  // A number shared by another measure of the sentence is no such mention: "13 minutes" is not "13 shots".
  const shots = brief({
    a: { text: 'Rico Vane is accused of firing 13 shots outside the Dunmore school on Friday afternoon.' },
    b: { text: 'At least 12 shots were fired outside the Dunmore school, just 13 minutes after classes ended on Friday.' },
    c: { text: 'Prosecutors say Rico Vane fired 13 shots outside the Dunmore school on Friday.' },
  });
  assert.ok(conflictWith(shots, /^13 shots$/, /least 12 shots/i), show(shots));
});

test('conflicts, attributes of one name: an age and a win-loss record written beside the name, whatever the sentences say', () => {
  const r = brief({
    a: { text: 'Tomas Verhoeven, 32, fell about 300 metres while crossing the Karsk glacier on Sunday. Boxer Ilya Marsh (41-2, 30 KOs) won in the fourth round.' },
    b: { text: 'Police in Dunmore named the man as 31-year-old Tomas Verhoeven, a teacher from Leeds. Ilya Marsh, 40-2, 30 KOs, was the favourite with the bookmakers.' },
    c: { text: 'Tomas Verhoeven, 32, had climbed in the range for years. The promoter praised Ilya Marsh (41-2) after the bout.' },
  });
  const age = conflictWith(r, /^32$/, /31/);
  assert.ok(age, show(r));
  assert.equal(age.kind, 'contradiction');
  assert.match(age.topic, /Age \(Tomas Verhoeven\)/);
  assert.deepEqual(valueOf(age, /^32$/).articles, ['a', 'c']);
  const record = conflictWith(r, /41-2/, /40-2/);
  assert.ok(record, show(r));
  assert.match(record.topic, /record \(Ilya Marsh\)/);
});

test('conflicts, a pronoun-held length is the whole measure ("She had moved about a mile and a half away")', () => {
  const r = brief({
    a: { text: 'Nadia Rahm, who lived half a mile away in Eastfield, was taken to the county hospital.' },
    b: { text: 'Nadia Rahm was struck near her old street on Tuesday. She had moved about a mile and a half away five years ago, a friend said.' },
  });
  const c = conflictWith(r, /half a mile/, /mile and a half/);
  assert.ok(c, show(r));
  assert.equal(c.kind, 'contradiction');
});

test('not a conflict: an age with no name beside it ("the 41-year-old American") against a named one', () => {
  const r = brief({
    a: { text: 'It was just the third fight in a decade for the 41-year-old American, who won on points.' },
    b: { text: 'The win was the 32-year-old Pavel Rusk\'s third fight of the year, after a decision over Tony Vale.' },
  });
  assert.equal(r.conflicts.filter((c) => /Age/.test(c.topic)).length, 0, show(r));
});

test('not a conflict: attributes of two people in one list ("Riva, 47, and Steinberg, 48")', () => {
  const r = brief({
    a: { text: 'The gunman wounded Paul Okafor, 47, of Dunmore and Alan Brisk, 48, of Kettle Township.' },
    b: { text: 'Alan Brisk, 48, and Paul Okafor, 47, were taken to the county hospital on Monday.' },
  });
  assert.equal(r.conflicts.filter((c) => /Age/.test(c.topic)).length, 0, show(r));
});

test('conflicts, not only numbers: the colour of one vehicle (two spellings of grey are one value)', () => {
  const r = brief({
    a: { text: 'She was struck by a gray 2013 Honda Civic heading north on Elm Street.' },
    b: { text: 'Police said the woman was hit by a grey Honda Civic that fled the scene.' },
    c: { text: 'Witnesses said a silver Honda Civic struck the woman on Elm Street.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'colour');
  assert.ok(c, show(r));
  assert.equal(c.topic, 'Colour of the Honda Civic');
  assert.deepEqual(c.values.map((v) => [v.normalized, v.articles]), [['grey', ['a', 'b']], ['silver', ['c']]]);
});

test('conflicts, not only numbers: the kind of weapon, each outlet with the kinds it names', () => {
  const r = brief({
    a: { text: 'Staff said the former employee brought a rifle into the office on Monday.' },
    b: { text: 'The man was armed with either a shotgun or a rifle, a police lieutenant said.' },
    c: { text: 'The accountant wounded two managers in a shotgun attack at the office.' },
    d: { text: 'Officers found a pump-action shotgun and shells in his car after the chase.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'weapon');
  assert.ok(c, show(r));
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['shotgun', ['c', 'd']], ['rifle', ['a']], ['rifle or shotgun', ['b']]]);
});

test('not a conflict: one outlet names more weapons than another (a shotgun and a pistol vs a shotgun)', () => {
  const r = brief({
    a: { text: 'Police said the gunman carried a shotgun and a pistol into the bank.' },
    b: { text: 'The gunman fired a shotgun inside the bank, witnesses said.' },
  });
  assert.equal(r.conflicts.filter((x) => x.slot === 'weapon').length, 0, show(r));
});

test('not a conflict: colours of two vehicles in one article, and colour words in names', () => {
  const r = brief({
    a: { text: 'A black van and a white van were seen near the White House on Black Friday.' },
    b: { text: 'Officers stopped a white van on the bridge after the White House alert.' },
  });
  assert.equal(r.conflicts.filter((x) => x.slot === 'colour').length, 0, show(r));
});

test('conflicts, background: a dispute about an earlier event is marked background', () => {
  const r = brief({
    a: { text: 'Gianni Moretti was first convicted of fraud in 1998 in Turin.', published: '2026-05-01T10:00:00Z' },
    b: { text: 'Gianni Moretti was first convicted of fraud in 1999 in Turin.', published: '2026-05-01T11:00:00Z' },
  });
  const c = conflictWith(r, /1998/, /1999/);
  assert.ok(c, show(r));
  assert.equal(c.background, true);
});

// --- False conflicts ----------------------------------------------------------------------------

test('not a conflict: one date written two ways (compareDates reads both as one day)', () => {
  const r = brief({
    a: { text: 'The treaty between Norland and Sudmark was signed on December 31, 2025 in Oslo.' },
    b: { text: 'The treaty between Norland and Sudmark was signed on 31 December 2025 in Oslo.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: a distance and a depth in one article (an outlet that states both tells them apart)', () => {
  const r = brief({
    a: { text: 'The institute said the quake was centred 9 kilometres offshore at a depth of 12 kilometres.' },
    b: { text: 'The quake struck 12 kilometres below the seabed, 9 kilometres offshore, the institute said.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: killed and injured share a unit, not a measure (tolls are bucketed by what they count)', () => {
  const r = brief({
    a: { text: 'The blast in Karvik killed 12 people and injured 40, police said.' },
    b: { text: 'Police said 12 people were killed and 40 injured in the Karvik blast.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: two people\'s ages (values said of different people are never one measure)', () => {
  const r = brief({
    a: { text: 'The victim, Raj Mehta, 59, was struck on Ninth Avenue; the driver, Tom Berg, 23, fled.' },
    b: { text: 'Police arrested Tom Berg, 23, hours after Raj Mehta, 59, was struck on Ninth Avenue.' },
    c: { text: 'Raj Mehta, 59, died at the scene on Ninth Avenue, police said.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: the moment a running count was read ("as of 4 p.m.") against when the event began', () => {
  const r = brief({
    a: { text: 'Voters in Kestria began to cast their ballots at 8:00 a.m. local time on Sunday in the parliamentary election.' },
    b: { text: 'Some 1.2 million voters had cast their ballots as of 4:00 p.m. local time on Sunday, the election commission said.' },
  });
  assert.equal(r.conflicts.filter((c) => /time/i.test(c.topic)).length, 0, show(r));
});

test('not a conflict: a part of a figure and the whole ("including $281 million in cash")', () => {
  const r = brief({
    a: { text: 'Arco will pay $334 million for Lumen, including $281 million in cash.' },
    b: { text: 'Arco is paying $281 million in cash and $53 million in stock for Lumen.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: a title and its synonym (premier and prime minister)', () => {
  const r = brief({
    a: { text: 'Premier Lena Holt visited the flooded towns of Osterby on Monday.' },
    b: { text: 'Prime Minister Lena Holt visited the flooded towns of Osterby on Monday.' },
  });
  assert.equal(r.conflicts.filter((c) => c.slot === 'title').length, 0, show(r));
});

test('not a conflict: a title inside a quotation is the speaker\'s, of the speaker\'s day', () => {
  const r = brief({
    a: { text: 'Governor Lena Holt signed the flood bill in Osterby on Monday.' },
    b: { text: 'Lena Holt signed the flood bill on Monday. Last year a campaign spokesman had said: “As governor, Mayor Lena Holt will protect the river towns.”' },
    c: { text: 'The flood bill was signed by Governor Lena Holt in Osterby.' },
  });
  assert.equal(r.conflicts.filter((c) => c.slot === 'title').length, 0, show(r));
});

test('not a conflict: a bare month whose year no one wrote ("killed … in May" / "killed … last May")', () => {
  const r = brief({
    a: { text: 'Jurors heard on Tuesday, January 13, 2009, how Dario Pell killed 10-year-old Nia Ross in May outside her home in Dunmore.' },
    b: { text: 'Jurors heard testimony in the trial of Dario Pell, the teen accused of killing 10-year-old Nia Ross last May in Dunmore.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: a date inside a tokenised web address', () => {
  const r = brief({
    a: { text: 'The Holm warehouse burned down on Tuesday night.\nhttp : / / news . example . com / local / 2026 - 03 - 09 - holm - fire . htm' },
    b: { text: 'The Holm warehouse burned down on Tuesday night.\nhttp : / / news . example . com / local / 2026 - 03 - 11 - holm - fire . htm' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: ages of unnamed people ("a 50-year-old man" and "a 48-year-old man" are two people as often as one)', () => {
  const r = brief({
    a: { text: 'A 50-year-old man from Dexter tipped off the police in Troy about the car.' },
    b: { text: 'Police in Troy said a 48-year-old man was wounded in the shooting.' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('not a conflict: page furniture (a web address, a time stamp) carries no story date', () => {
  const r = brief({
    a: { text: 'The Holm warehouse burned down on Tuesday night.\nhttp://news.example.com/2026/03/09/holm-fire.html\nMarch 9, 2026 - 4:43 pm' },
    b: { text: 'The Holm warehouse burned down on Tuesday night.\nhttp://news.example.com/2026/03/11/holm-fire.html\nMarch 11, 2026 - 5:46 pm' },
  });
  assert.equal(r.conflicts.length, 0, show(r));
});

test('conflicts, not only numbers: one title held in two offices (after the name, and an office name before it)', () => {
  const r = brief({
    a: { text: 'The patch was ready within a week, said Priya Naidoo, director of the Northgate Software Safety Centre, on Tuesday.' },
    b: { text: 'Customers should install the update now, according to Northgate Software Safety Alliance director Priya Naidoo.' },
    c: { text: '"We worked around the clock," said Priya Naidoo, director of the Northgate Software Safety Centre.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'office');
  assert.ok(c, show(r));
  assert.equal(c.topic, 'Office of Priya Naidoo');
  assert.deepEqual(c.values.map((v) => v.articles), [['a', 'c'], ['b']]);
  assert.match(valueOf(c, /Alliance/).value, /^Northgate Software Safety Alliance director$/);
});

test('conflicts, not only numbers: one title in two units of one company ("Intel\'s general manager for cloud computing")', () => {
  const r = brief({
    a: { text: 'Rival chips will not change the plan, said Omar Haddad, general manager of Lumex\'s data centre business unit, in an interview.' },
    b: { text: 'Omar Haddad, Lumex\'s general manager for cloud computing, said the company would keep its server roadmap.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'office');
  assert.ok(c, show(r));
  assert.deepEqual(c.values.map((v) => v.articles).sort(), [['a'], ['b']]);
});

test('not a conflict: one office written two ways, an office given in more detail, a one-word office', () => {
  const r = brief({
    a: { text: 'Priya Naidoo, director of the Northgate Software Safety Centre, said the fix was ready. Tom Reyes, spokesman for police, gave no names.' },
    b: { text: 'Northgate Software Safety Centre director Priya Naidoo urged users to update. Tom Reyes, spokesman for the city, said more later.' },
    c: { text: 'Priya Naidoo, director of the Software Safety Centre at Northgate Labs, said on Monday the patch was tested.' },
  });
  assert.equal(r.conflicts.filter((x) => x.slot === 'office').length, 0, show(r));
});

test('not a conflict: one outlet giving the person both offices, and a former office', () => {
  const r = brief({
    a: { text: 'Lena Ortiz, director of the Harbour Research Institute, spoke first. Lena Ortiz, director of the Coastal Flood Council, later added figures.' },
    b: { text: 'Lena Ortiz, director of the Harbour Research Institute, presented the flood model.' },
    c: { text: 'Marco Bell, director of the Valley Water Board, warned of shortages.' },
    d: { text: 'The warning came from former Valley Power Authority director Marco Bell on Friday.' },
  });
  assert.equal(r.conflicts.filter((x) => x.slot === 'office').length, 0, show(r));
});

test('conflicts, precision in words: one state told with a hedge by some outlets and plainly or absolutely by others', () => {
  const r = brief({
    a: { text: 'The fire spread through the depot, which was almost totally destroyed, and police are treating it as potentially suspicious.' },
    b: { text: 'Crews said the depot was virtually destroyed by the blaze, which police called potentially suspicious.' },
    c: { text: 'A depot in Carrow has been completely destroyed after a fire on Friday night. Police said it was suspicious.' },
    d: { text: 'Fire has destroyed a bus depot in Carrow. The old workshop next door was burned to the ground last year.' },
    // A plain lead and a hedged line: the outlet has told its degree, shown once under the hedge.
    e: { text: 'A bus depot in Carrow has been destroyed by fire. A fire officer said the depot was almost totally destroyed.' },
  });
  const destroyed = r.conflicts.find((x) => x.id === 'c:degree:destroyed');
  assert.ok(destroyed, show(r));
  assert.equal(destroyed.kind, 'precision');
  assert.deepEqual(destroyed.values.map((v) => [v.value, v.articles]), [
    ['almost totally destroyed / virtually destroyed', ['a', 'b', 'e']],
    ['burned to the ground / destroyed', ['d']],
    ['completely destroyed', ['c']],
  ]);
  const suspicious = r.conflicts.find((x) => x.id === 'c:degree:suspicious');
  assert.ok(suspicious, show(r));
  assert.deepEqual(suspicious.values.map((v) => [v.value, v.articles]), [['potentially suspicious', ['a', 'b']], ['suspicious', ['c']]]);
});

test('not a conflict: plain against absolute, a negated state, a state describing a noun, one outlet hedging alone', () => {
  const r = brief({
    a: { text: 'The warehouse was destroyed in the fire. Officers found a suspicious package nearby.' },
    b: { text: 'The warehouse was completely destroyed, a fire officer said. The cause was potentially suspicious.' },
    c: { text: 'The warehouse was not destroyed, the owner insisted, but the roof was gone.' },
  });
  assert.equal(r.conflicts.filter((x) => x.slot === 'degree').length, 0, show(r));
  const hedgingAlone = brief({
    a: { text: 'The mill was nearly destroyed by the flood. By evening engineers said the mill was destroyed.' },
    b: { text: 'Engineers said the old mill was destroyed by the flood on Sunday.' },
  });
  assert.equal(hedgingAlone.conflicts.filter((x) => x.slot === 'degree').length, 0, show(hedgingAlone));
  // "not suspicious" is no plain telling of "suspicious".
  const negated = brief({
    a: { text: 'Police are treating the fire at the mill as potentially suspicious.' },
    b: { text: 'Police said the fire at the mill was not suspicious.' },
  });
  assert.equal(negated.conflicts.filter((x) => x.slot === 'degree').length, 0, show(negated));
});

test('conflicts, not only numbers: one appeal line printed with a digit missing', () => {
  const r = brief({
    a: { text: 'Anyone with information is asked to call police on 0161 496 0732 or Crimestoppers on 0800 555 111.' },
    b: { text: 'Witnesses should contact Harrow Police on 0161 496 0732, or call Crimestoppers anonymously on 0800 555111.' },
    c: { text: 'Police appealed for anyone with information to contact them on 0161 496 073 or Crimestoppers on 0800 555111.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'phone');
  assert.ok(c, show(r));
  assert.equal(r.conflicts.filter((x) => x.slot === 'phone').length, 1, show(r));
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['0161 496 0732', ['a', 'b']], ['0161 496 073', ['c']]]);
});

test('not a conflict: two lines, one line with and without its area code, a span of years, an outlet printing both numbers', () => {
  const r = brief({
    a: { text: 'Call Sgt. Ana Ruiz at (907) 745-4811 or the tip line on 0800 555 111. He coached the team in 1999-2003.' },
    b: { text: 'Anyone who saw the van should call Sgt. Ruiz at 745-4811. He led the side from 1999-2004.' },
    c: { text: 'Call the desk on 0161 496 0732 or 0161 496 0733 for the two offices.' },
    d: { text: 'The Harrow office can be reached on 0161 496 0733 during the day. She held the number one ranking from 1999-2004.' },
    e: { text: 'The club held the number one spot from 1999-2003. Fans can call the box office on 0845 555 111.' },
    f: { text: 'Callers can ring the charity free on 0800 555 111.' },
  });
  assert.equal(r.conflicts.filter((x) => x.slot === 'phone').length, 0, show(r));
});

test('conflicts, many values: a count written with the article ("a life sentence") against a number ("three life sentences")', () => {
  const r = brief({
    a: { text: 'Dario Pell is a convicted arsonist serving a life sentence at the Kerr unit.' },
    b: { text: 'Dario Pell is serving three life sentences at the Kerr unit.' },
  });
  const c = r.conflicts.find((x) => x.topic === 'How many life sentences');
  assert.ok(c, show(r));
  assert.deepEqual(c.values.map((v) => [v.value, v.normalized]).sort(), [['a life sentence', '1'], ['three life sentences', '3']]);
});

test('not a conflict: "a man" against "two men", a rate ("yards a carry"), one outlet writing both forms, sentences about other things', () => {
  const r = brief({
    a: { text: 'A man who was fired last week from the Kerr accounting firm in Troy shot three people there on Monday, police said. Lyle Dunn averaged 4.2 yards a rushing attempt for the Hawks that season.' },
    b: { text: 'An employee who was fired last week from the Kerr accounting firm in Troy shot a woman and two men there on Monday, police said. Lyle Dunn had 793 yards on 147 rushing attempts for the Hawks that season.' },
    c: { text: 'The pair were nominated for an Academy Award for best screenplay for Harbour Lights, which they co-directed.' },
    d: { text: 'Harbour Lights led to an Academy Award nomination for the pair, and their next film was nominated for two Academy Awards.' },
  });
  assert.equal(r.conflicts.filter((x) => x.values.some((v) => v.normalized === '1')).length, 0, show(r));
  // One claim group, but the count is of another thing the longer sentence goes on to tell.
  const other = brief({
    a: { text: 'The pair were nominated for an Academy Award for the screenplay of Harbour Lights in 2002.' },
    b: { text: 'After Harbour Lights in 2002, the pair wrote The Salt Road, a fantasy epic filmed in Iceland that was nominated for two Academy Awards.' },
  });
  assert.equal(other.conflicts.filter((x) => x.values.some((v) => v.normalized === '1')).length, 0, show(other));
});

test('conflicts, update: a suspect not yet charged in early reports and charged in later ones', () => {
  const r = brief({
    a: { text: 'Police said the name of the suspect would be released after he is formally charged.' },
    b: { text: 'A 61-year-old Dunmore man has been charged with first-degree murder after the office party shooting.' },
    c: { text: 'Ivo Brandt was charged Saturday with one count of first-degree murder in the office party shooting.' },
    d: { text: 'His identity will not be released until charges are formally laid, a police spokesman said.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'charge');
  assert.ok(c, show(r));
  assert.equal(c.kind, 'update');
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['not yet charged', ['a', 'd']], ['charged with first-degree murder', ['b', 'c']]]);
});

test('not a conflict: a charge in an earlier case, a pending charge in a quotation, an outlet telling both', () => {
  const stories = [
    { a: { text: 'Ivo Brandt was charged with assault in 2004, court records show.' }, b: { text: 'Police said on Friday that Ivo Brandt has not been charged.' } },
    { a: { text: '"He has not been charged yet," his lawyer said of Ivo Brandt on Friday.' }, b: { text: 'Ivo Brandt has been charged with murder, police said.' } },
    { a: { text: 'Ivo Brandt has been charged with murder, and further charges are expected.' }, b: { text: 'Ivo Brandt was charged with murder on Friday, police said.' } },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'charge').length, 0, show(r));
  }
});

test('topics quote the sentence\'s own words when the slot words sit together ("broke out in the roof"), else list them', () => {
  const r = brief({
    a: { text: 'The fire at the Dunmore depot broke out in the roof at 8.49pm on Friday, police said.' },
    b: { text: 'The fire at the Dunmore depot broke out in the roof at about 9.30pm on Friday.' },
  });
  const c = conflictWith(r, /8.49pm/, /9.30pm/);
  assert.ok(c, show(r));
  assert.match(c.topic, /^What time — broke out in the roof/);
});

test('conflicts, not only numbers: how a job was lost (fired against laid off)', () => {
  const r = brief({
    a: { text: 'Police said Ivo Brandt, who had recently been fired from his job, is accused of shooting his former boss.' },
    b: { text: 'Police say a recently laid off employee opened fire shortly after entering the office party.' },
    c: { text: 'A just-fired employee of a Dunmore supplements company crashed the office party on Friday.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'job-loss');
  assert.ok(c, show(r));
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['fired', ['a', 'c']], ['laid off', ['b']]]);
});

test('not a conflict: a gun fired, a bullet fired from afar, an employee fired up, "let go", an outlet telling both kinds', () => {
  const laidOff = { text: 'Ivo Brandt, a recently laid off employee, was arrested on Friday, police said.' };
  const stories = [
    { a: { text: 'A gun was fired in the car park of the Dunmore depot on Friday.' }, b: laidOff },
    { a: { text: 'The bullet was fired from more than a block away, police said.' }, b: laidOff },
    { a: { text: 'The new chief executive was fired up about the plan for the Dunmore depot.' }, b: laidOff },
    { a: { text: 'Ivo Brandt had been let go by his employer last Thursday, police said.' }, b: laidOff },
    { a: { text: 'Ivo Brandt was fired last week, and two colleagues were recently laid off too.' }, b: laidOff },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'job-loss').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, not only numbers: where the victim died (at the scene against on the way to hospital)', () => {
  const r = brief({
    a: { text: 'The receptionist, identified by police as Mara Lind, died at the scene, the authorities said.' },
    b: { text: 'A hospital spokeswoman said the third victim died on the way to the hospital.' },
    c: { text: 'The hospital said one victim died en route to the trauma center on Monday.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'death-place');
  assert.ok(c, show(r));
  assert.equal(c.kind, 'contradiction');
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['on the way to hospital', ['b', 'c']], ['at the scene', ['a']]]);
});

test('not a conflict: the attacker\'s death, several dead, an outlet telling two places, one place told two ways', () => {
  const scene = { text: 'The receptionist died at the scene, police said.' };
  const stories: Story[] = [
    { a: { text: 'The gunman died later at Dunmore General Hospital, police said.' }, b: scene },
    { a: { text: 'Two passengers died in hospital on Saturday, the ambulance service said.' }, b: scene },
    { a: { text: 'One worker died at the scene and another was taken to hospital, where he died.' }, b: { text: 'A worker died in hospital on Friday night.' }, c: scene },
    { a: { text: 'The receptionist was pronounced dead at the scene.' }, b: scene },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'death-place').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, not only numbers: cause of death (a cause named against none given, and two causes)', () => {
  const r = brief({
    a: { text: 'Prison spokesman Ned Oakes said Tomas Vail died early Monday of apparent heart disease at the medical center.' },
    b: { text: 'Tomas Vail died at the medical center on Monday. The cause of death was not announced, but he had heart problems.' },
    c: { text: 'Tomas Vail, 77, died in prison on Monday. The cause of his death was unknown, the spokesman said.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'death-cause');
  assert.ok(c, show(r));
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['not announced / unknown', ['b', 'c']], ['heart disease', ['a']]]);
  const two = brief({
    a: { text: 'Tomas Vail died on Monday of a heart attack, his family said.' },
    b: { text: 'Tomas Vail died on Monday from pneumonia, his agent said.' },
  });
  assert.deepEqual(two.conflicts.find((x) => x.slot === 'death-cause')?.values.map((v) => v.value), ['heart attack', 'pneumonia'], show(two));
});

test('not a conflict: another person\'s death, "died of his injuries", one cause told two ways, several dead', () => {
  const unknown = { text: 'Tomas Vail died in prison on Monday. The cause of death was not immediately known.' };
  const stories: Story[] = [
    { a: { text: 'Tomas Vail died at the same prison where his rival Ugo Brand died of cancer in 2002.' }, b: unknown },
    { a: { text: 'Tomas Vail died of his injuries on Monday, the hospital said.' }, b: unknown },
    { a: { text: 'Tomas Vail died of a heart attack on Monday.' }, b: { text: 'Tomas Vail died on Monday of heart failure, his doctor said.' } },
    { a: { text: 'Two climbers died of exposure on the mountain, rescuers said.' }, b: unknown },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'death-cause').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, precision in words: an offense told with and without what narrows it ("of a child")', () => {
  const r = brief({
    a: { text: 'Tomas Vail was serving a life sentence after being convicted in June 1998 of aggravated sexual assault.' },
    b: { text: 'Tomas Vail was serving life in prison for aggravated sexual assault, officials said.' },
    c: { text: 'Tomas Vail was in prison after being convicted of aggravated sexual assault of a child.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'offense');
  assert.ok(c, show(r));
  assert.equal(c.kind, 'precision');
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['aggravated sexual assault', ['a', 'b']], ['aggravated sexual assault of a child', ['c']]]);
});

test('not a conflict: a grade headlines drop, a charge against a verdict, two different offenses, an outlet telling both', () => {
  const stories: Story[] = [
    { a: { text: 'Accountant charged with murder in office shooting' }, b: { text: 'Ivo Brandt is charged with first-degree murder in the death of Mara Lind.' } },
    { a: { text: 'Ivo Brandt has been charged with assault, police said.' }, b: { text: 'Ivo Brandt was found guilty of assault of a police officer on Friday.' } },
    { a: { text: 'Ivo Brandt was convicted of robbery in 2004.' }, b: { text: 'Ivo Brandt was convicted of assault in 2004.' } },
    { a: { text: 'Ivo Brandt was convicted of sexual assault in 1998 and was convicted of sexual assault of a child in 2004.' }, b: { text: 'Ivo Brandt was convicted of sexual assault of a child.' } },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'offense').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, not only numbers: one state judged well and badly ("well equipped" against "ill-equipped")', () => {
  const r = brief({
    a: { text: 'Inspector Dave Orr said the climber was well equipped but inexperienced.' },
    b: { text: 'Police said the group appeared to be "insufficiently" equipped for the climb.' },
    c: { text: 'The ill - equipped climber had hired his gear in town, police said.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'polarity');
  assert.ok(c, show(r));
  assert.equal(c.topic, 'How well equipped');
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['ill-equipped / insufficiently equipped', ['b', 'c']], ['well equipped', ['a']]]);
});

test('not a conflict: an outlet judging two things well and badly, "not well" read as badly, one judgement told two ways', () => {
  const stories: Story[] = [
    { a: { text: 'The well-armed army faced ill-armed rebels in the hills.' }, b: { text: 'The rebels were poorly armed, witnesses said.' } },
    { a: { text: 'The crew was not well trained for the storm.' }, b: { text: 'The crew was poorly trained, the report said.' } },
    { a: { text: 'The hospital was well staffed on Friday.' }, b: { text: 'The hospital was adequately staffed, officials said.' } },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'polarity').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, not only numbers: where a named player was hurt (a knee in a leg is precision, a shoulder a contradiction)', () => {
  const r = brief({
    a: { text: 'Owen Tarrant sprained his knee on a reception, and the Hawks had no timeouts left.' },
    b: { text: 'A pass to running back Owen Tarrant was completed and he hurt his knee on the play.' },
    c: { text: 'Owen Tarrant ran for 10 yards to the 7 but suffered a bruised leg on the play.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'injury');
  assert.ok(c, show(r));
  assert.equal(c.kind, 'precision');
  assert.deepEqual(c.values.map((v) => [v.value, v.normalized, v.articles]), [['hurt his knee / sprained his knee', 'knee', ['a', 'b']], ['bruised leg', 'leg', ['c']]]);
  const two = brief({ a: { text: 'Owen Tarrant hurt his shoulder in the first quarter.' }, b: { text: 'Owen Tarrant left the game with a knee injury in the first quarter.' } });
  assert.equal(two.conflicts.find((x) => x.slot === 'injury')?.kind, 'contradiction', show(two));
});

test('not a conflict: another player named before the one hurt, one outlet naming both parts', () => {
  const stories: Story[] = [
    { a: { text: 'Gil Hesketh watched from the sideline as Owen Tarrant hurt his shoulder.' }, b: { text: 'Gil Hesketh has a knee injury, the coach said.' } },
    { a: { text: 'Owen Tarrant hurt his knee and his shoulder on the play.' }, b: { text: 'Owen Tarrant has a shoulder injury.' } },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'injury').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, updates in words: roads closed in early reports, reopened in later ones (an outlet\'s last word counts)', () => {
  const r = brief({
    a: { text: 'Surrounding roads were closed while firefighters tackled the blaze, police said.' },
    b: { text: 'Roads in the area are expected to remain closed for a number of hours.' },
    c: { text: 'Roads around the depot were closed for some time. A spokeswoman said the roads were all reopened by 4.30pm.' },
    d: { text: 'Roads in the area were closed until about 1630 GMT on Saturday.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'road-status');
  assert.ok(c, show(r));
  assert.equal(c.kind, 'update');
  assert.deepEqual(c.values.map((v) => [v.value, v.normalized, v.articles]), [['closed / expected to remain closed', 'closed', ['a', 'b']], ['closed until about 1630 GMT / reopened by 4.30pm', 'reopened', ['c', 'd']]]);
});

test('not a conflict: every outlet with the roads closed, a shop reopened, closed roads and a reopened shop', () => {
  const stories: Story[] = [
    { a: { text: 'Surrounding roads were closed, police said.' }, b: { text: 'Roads are expected to remain closed for hours.' } },
    { a: { text: 'Surrounding roads were closed, police said.' }, b: { text: 'The bakery reopened on Monday after the fire.' } },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'road-status').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, updates in words: a person unnamed in early reports and named in later ones', () => {
  const r = brief({
    a: { text: 'Police said the person killed was a 63-year-old woman from Dunmore but would not name her.' },
    b: { text: 'The woman, identified by the police as Mara Lind, died at the scene.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'identity');
  assert.ok(c, show(r));
  assert.equal(c.kind, 'update');
  assert.equal(c.topic, 'Whether the woman has been named');
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['would not name her', ['a']], ['identified by the police as Mara Lind', ['b']]]);
});

test('not a conflict: another person named, "her" never a man\'s role, an outlet telling both', () => {
  const stories: Story[] = [
    { a: { text: 'Police would not name the woman who was killed.' }, b: { text: 'The suspect, identified as Ivo Brandt, was arrested on Friday.' } },
    { a: { text: 'A man was arrested at the scene; police would not name her family.' }, b: { text: 'The man, identified as Ivo Brandt, was arrested on Friday.' } },
    { a: { text: 'The two men were hurt, but police declined to identify them. The men were later identified as Paul Riva and Alan Brisk.' }, b: { text: 'The men, identified by the police as Paul Riva and Alan Brisk, were in hospital.' } },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'identity').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, not only numbers: states that exclude each other ("standing naked" against "fully clothed")', () => {
  const r = brief({
    a: { text: 'Federal agents once found him standing naked in a shower, holding an umbrella.' },
    b: { text: 'Agents serving a subpoena found Tomas Vail standing naked in the shower.' },
    c: { text: 'An agent once found him standing under the shower, fully clothed, holding an umbrella.' },
  });
  const c = r.conflicts.find((x) => x.slot === 'state');
  assert.ok(c, show(r));
  assert.equal(c.topic, 'Whether the person was dressed');
  assert.deepEqual(c.values.map((v) => [v.value, v.articles]), [['naked', ['a', 'b']], ['fully clothed', ['c']]]);
});

test('not a conflict: a figure of speech, "not drunk" read as sober, an outlet telling both states', () => {
  const stories: Story[] = [
    { a: { text: 'The comet was visible to the naked eye on Friday.' }, b: { text: 'He was found fully clothed in the car.' } },
    { a: { text: 'Police said the driver was not drunk at the time.' }, b: { text: 'The driver was sober, his lawyer said.' } },
    { a: { text: 'One man was unconscious when found; another was conscious and talking.' }, b: { text: 'The man was unconscious when rescuers reached him.' } },
  ];
  for (const story of stories) {
    const r = brief(story);
    assert.equal(r.conflicts.filter((x) => x.slot === 'state').length, 0, `${story.a.text}\n${show(r)}`);
  }
});

test('conflicts, ordinals: two numbers of one series for one anchor ("sixth defense" against "for the fifth time")', () => {
  const r = brief({
    a: { text: 'The stoppage in Marek Olsen\'s sixth defense of the IBF belt improved him to 52-3.' },
    b: { text: 'Marek Olsen retained his International Boxing Federation title for the fifth time in the process.' },
  });
  const c = conflictWith(r, /sixth defense/, /fifth time/);
  assert.ok(c, show(r));
  assert.equal(c.kind, 'contradiction');
  // Both outlets name the belt's body ("IBF", "International Boxing Federation": one entity) and the boxer.
  assert.equal(c.topic, 'Which defense (International Boxing Federation)');
});

test('not a conflict: two people\'s series sharing a name ("Olsen\'s sixth defense", "Brandt\'s fifth defense" of one belt)', () => {
  const r = brief({
    a: { text: 'The stoppage in Marek Olsen\'s sixth defense of the IBF belt improved him to 52-3.' },
    b: { text: 'Ivo Brandt retained his International Boxing Federation title for the fifth time in 2004.' },
  });
  assert.equal(conflictWith(r, /sixth defense/, /fifth time/), undefined, show(r));
});

test('not a conflict: two scores on the way through one game ("stretched its lead to 62-46", "to 50-44")', () => {
  const r = brief({
    a: { text: 'A Hale layup cut the Bulldogs deficit to four, but they would not score again for almost eight minutes while Dunmore stretched its lead to 62-46.' },
    b: { text: 'A three-point play by Ortiz stretched the Dunmore lead to 50-44, and the Bluejays got baskets from Chan and Moss on their next two possessions.' },
  });
  assert.equal(conflictWith(r, /62-46/, /50-44/), undefined, show(r));
});

test('an outlet\'s second moment is no side of a time row ("called at 06:00" … "just before 8am crews requested …")', () => {
  const r = brief({
    a: { text: 'The fire service was called at 06:00 BST to the Marlow store in High Street, Wellbury, on Sunday.' },
    b: { text: 'The fire service was called at 06:00 BST to the Marlow store in High Street, Wellbury, on Sunday. Just before 8am crews requested the attendance of a support unit for drinking water and salvage equipment.' },
    c: { text: 'Firefighters were called to the Marlow store in Wellbury shortly after 06:00 BST on Sunday.' },
    d: { text: 'The fire service was called at 06:00 BST to the Marlow store on Sunday. By about 09:30 BST the fire was largely out, with crews checking for hotspots.' },
  });
  const row = conflictWith(r, /06: ?00/);
  assert.ok(row, show(r));
  assert.deepEqual(row.values.filter((v) => /8am|09: ?30/.test(v.value)), [], show(r));
});

test('not a conflict: parts of two groups ("missing 10 of the Hawks\' 16 games", "missing two of their best players")', () => {
  const r = brief({
    a: { text: 'Moore suffered through an injury-plagued season, missing 10 of the Hawks\' 16 games with a troublesome left ankle sprain.' },
    b: { text: 'This means the Hawks will be missing two of their best players in the rushing game, and it could weaken their attack even further.' },
  });
  assert.equal(conflictWith(r, /\b10\b/, /\btwo\b/), undefined, show(r));
});

test('not a conflict: an end of a span against a date inside it ("from September 2010 to January 2011" / "in 2010")', () => {
  const r = brief({
    a: { text: 'Lane was previously at the Harbor Clinic from September 2010 to January 2011 after a probation violation in a prior case.' },
    b: { text: 'Lane, who has been in rehab five times before this, was previously at the Harbor Clinic in 2010.' },
  });
  assert.equal(conflictWith(r, /January 2011/, /2010/), undefined, show(r));
});

test('not a conflict: a window up to now against a day ("within the last month" / "on Jan. 6")', () => {
  const r = brief({
    a: { text: 'Hawks receiver Dale Moore was arrested for investigation of DUI on Jan. 6, five days before the playoff loss.', published: '2011-01-20' },
    b: { text: 'Hawks wide receiver Dale Moore is the second Hawks player within the last month to be arrested for investigation of DUI.', published: '2011-01-20' },
    c: { text: 'Dale Moore was arrested for investigation of DUI on Jan. 6, police said.', published: '2011-01-20' },
  });
  assert.equal(conflictWith(r, /Jan\. 6/, /last month/), undefined, show(r));
});
