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
