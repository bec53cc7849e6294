/** Invented mini-stories for clustering tests: two quakes, two robberies, each told by several outlets. */
import type { ClusterInput } from '../../src/stages/stories/index.js';

/** Quake A (Chile, 6.8, March 4) told three ways, quake B (Turkey, 5.9, March 5) told twice. */
export const quakes: (ClusterInput & { event: string })[] = [
  {
    event: 'chile', id: 'q-a1', published: '2024-03-04T08:00:00Z', title: 'Strong earthquake shakes northern Chile',
    text: 'A magnitude 6.8 earthquake struck near Antofagasta in northern Chile on March 4, the Geological Survey said. Two people died in Calama when a wall collapsed, and power was cut across the Atacama region. The quake hit at a depth of 40 kilometres.',
  },
  {
    event: 'chile', id: 'q-a2', published: '2024-03-04T10:30:00Z', title: 'Two dead as 6.8 quake hits Antofagasta',
    text: 'Rescuers in Calama searched rubble after a 6.8 magnitude quake rocked the Antofagasta region of Chile. Officials confirmed two deaths. The Atacama power grid failed for several hours, and Governor Ricardo Diaz asked residents to stay outdoors.',
  },
  {
    event: 'chile', id: 'q-a3', published: '2024-03-05T07:00:00Z', title: 'Chile counts damage after Antofagasta earthquake',
    text: 'Residents of Calama and Antofagasta returned home on Tuesday after the 6.8 earthquake that killed two people. Governor Ricardo Diaz said schools in the Atacama region would reopen next week. Engineers inspected the port for cracks.',
  },
  {
    event: 'turkey', id: 'q-b1', published: '2024-03-05T02:00:00Z', title: 'Earthquake strikes eastern Turkey',
    text: 'A magnitude 5.9 earthquake struck near Malatya in eastern Turkey on March 5, the disaster agency AFAD said. Eleven people were injured in Elazig and several old buildings collapsed. The quake hit at a depth of 10 kilometres.',
  },
  {
    event: 'turkey', id: 'q-b2', published: '2024-03-05T05:00:00Z', title: 'Eleven hurt as 5.9 quake rattles Malatya',
    text: 'AFAD teams searched collapsed buildings in Elazig after a 5.9 magnitude quake centred near Malatya. Eleven people were hurt. Interior Minister Selim Kaya said tents were sent to the villages around Malatya.',
  },
];

/** Two bank robberies of one kind, in different towns with different sums, a week apart. */
export const robberies: (ClusterInput & { event: string })[] = [
  {
    event: 'leeds', id: 'r-a1', published: '2024-05-02T12:00:00Z', title: 'Armed men rob Leeds bank',
    text: 'Three armed men robbed a Barclays branch on Briggate in Leeds on Thursday and escaped with 80,000 pounds, West Yorkshire Police said. A cashier was treated for shock. Detective Inspector Jane Holt appealed for witnesses.',
  },
  {
    event: 'leeds', id: 'r-a2', published: '2024-05-02T16:00:00Z', title: 'Police hunt gang after Briggate bank raid',
    text: 'West Yorkshire Police are hunting three men who took 80,000 pounds from the Barclays bank on Briggate, Leeds. Detective Inspector Jane Holt said the gang fled in a grey van. Staff were shaken but unhurt.',
  },
  {
    event: 'bristol', id: 'r-b1', published: '2024-05-03T09:00:00Z', title: 'Bank robbed in Bristol',
    text: 'Two masked men robbed a Lloyds branch on Gloucester Road in Bristol and escaped with 25,000 pounds, Avon and Somerset Police said. Detective Sergeant Omar Reed appealed for witnesses. Nobody was hurt.',
  },
  {
    event: 'bristol', id: 'r-b2', published: '2024-05-03T13:00:00Z', title: 'Gloucester Road raid: police appeal',
    text: 'Avon and Somerset Police appealed for dashcam footage after 25,000 pounds was taken from the Lloyds bank on Gloucester Road, Bristol. Detective Sergeant Omar Reed said the two robbers wore masks and left on foot.',
  },
];

/** Three more reports of the Leeds robbery (undated): more of one event must not pull in another. */
export const leedsFollowUps: (ClusterInput & { event: string })[] = [
  {
    event: 'leeds', id: 'r-a3',
    text: 'Three armed men robbed the Barclays branch on Briggate in Leeds and escaped with 80,000 pounds in a grey van, West Yorkshire Police said. Detective Inspector Jane Holt appealed for witnesses.',
  },
  {
    event: 'leeds', id: 'r-a4',
    text: 'West Yorkshire Police are hunting three men who took 80,000 pounds from the Barclays bank on Briggate, Leeds. Jane Holt said the gang fled in a grey van and a cashier was treated for shock.',
  },
  {
    event: 'leeds', id: 'r-a5',
    text: 'A cashier at the Briggate branch of Barclays in Leeds was treated for shock after three robbers took 80,000 pounds. Police said the grey van was later found burnt out.',
  },
];

/** Two short takes (title and opening) on one rate rise that share one name only, "Fed", among unrelated news. */
export const rateRise: (ClusterInput & { event: string })[] = [
  {
    event: 'fed', id: 'f-1', title: 'Central bank lifts rates again',
    text: 'On Wednesday the Fed raised its benchmark interest rate by a quarter point, its tenth increase in a row, to fight stubborn inflation.',
  },
  {
    event: 'fed', id: 'f-2', title: 'Another rate rise as inflation lingers',
    text: 'Officials at the Fed lifted borrowing costs a quarter point, the tenth straight increase, saying inflation remains too high.',
  },
  { event: 'storm', id: 'o-1', title: 'Storm floods coastal towns', text: 'Heavy rain flooded streets in three coastal towns on Tuesday and thousands lost power.' },
  { event: 'museum', id: 'o-2', title: 'Museum reopens after repairs', text: 'The city museum reopened on Saturday after two years of repairs to its roof.' },
  { event: 'striker', id: 'o-3', title: 'Striker signs new contract', text: 'The club said its top striker had signed a four-year contract on Monday.' },
];

/**
 * Two robberies in one city, streamed: the first Kirkgate report arrives right after the first
 * Briggate one, while the clusterer has seen too little to know that "bank", "Leeds", "robbed"
 * and "West Yorkshire Police" are common; the background articles teach it that before the rest arrive.
 */
export const streamedRobberies = {
  briggate: [
    { id: 'b-1', text: 'Three armed men robbed a bank in Leeds and escaped with 80,000 pounds from the Briggate branch, West Yorkshire Police said. Detective Inspector Jane Holt appealed for witnesses.' },
    { id: 'b-2', text: 'Jane Holt said three armed men took 80,000 pounds from the Briggate branch and fled in a grey van.' },
    { id: 'b-3', text: 'The grey van used by the three Briggate robbers was found burnt out, Jane Holt said; the 80,000 pounds is still missing.' },
  ] as ClusterInput[],
  kirkgate: [
    { id: 'k-1', text: 'Two men robbed a bank in Leeds and escaped with cash from the Kirkgate branch, West Yorkshire Police said. Sergeant Priya Shah appealed for witnesses.' },
    { id: 'k-2', text: 'Priya Shah said the two Kirkgate robbers carried a hammer and ran into Kirkgate Market with 12,000 pounds.' },
    { id: 'k-3', text: 'Kirkgate Market traders gave footage of the two hammer robbers to Priya Shah; 12,000 pounds was taken.' },
  ] as ClusterInput[],
  background: Array.from({ length: 60 }, (_, i): ClusterInput => ({
    id: `bg-${i}`,
    text: `A bank in Leeds said men ${i % 2 ? 'robbed' : 'escaped'} ${['nothing', 'little', 'cash', 'money'][i % 4]}, West Yorkshire Police said; witnesses appealed ${i}.`,
  })),
};

/**
 * Two dated takes on one bill signing that share no name (the second headline is Title Case)
 * but five headline words (ten pairs), among three unrelated local stories of the same day
 * (with `quietDay`, a batch where a pair in two articles is rare).
 */
export const wildfireBill: (ClusterInput & { event: string })[] = [
  { event: 'bill', id: 'w-1', published: '2024-06-03T09:00:00Z', title: 'Governor signs wildfire relief bill', text: 'The state will spend money on cleanup after the summer fires, officials said on Monday.' },
  { event: 'bill', id: 'w-2', published: '2024-06-03T15:00:00Z', title: 'Governor Signs Wildfire Relief Bill Into Law', text: 'Residents who lost homes to the fires will get grants under the new measure.' },
  { event: 'bus', id: 'o-1', published: '2024-06-03T09:00:00Z', title: 'Council approves new bus lanes', text: 'The city council approved bus lanes on three avenues after a long debate.' },
  { event: 'school', id: 'o-2', published: '2024-06-03T09:00:00Z', title: 'School board delays vote on calendar', text: 'The school board put off a vote on next year calendar until July.' },
  { event: 'storm', id: 'o-3', published: '2024-06-03T09:00:00Z', title: 'Storm knocks out power to thousands', text: 'High winds downed lines across the valley overnight, the utility said.' },
];

/** Forty short dated notices, each about its own street, to make a batch large enough that a pair in two articles is rare. */
export const quietDay: (ClusterInput & { event: string })[] = Array.from({ length: 40 }, (_, i) => {
  const street = ['Ash', 'Birch', 'Cedar', 'Elm', 'Fir', 'Hazel', 'Larch', 'Maple', 'Oak', 'Pine'][i % 10] + ['field', 'wood', 'brook', 'ford'][Math.floor(i / 10)];
  return { event: `notice-${i}`, id: `n-${i}`, published: '2024-06-03T12:00:00Z', title: `Notice for ${street} Lane residents`, text: `Works on ${street} Lane close one lane until Friday.` };
});
