/** The vocabulary of the generated organisation: categories, manufacturers, places and names. */

export interface CategorySpec {
  name: string;
  kind: 'hardware' | 'accessory';
  /** Relative share of the assets. */
  weight: number;
  cost: [number, number];
  warrantyYears: number;
  /** Manufacturer and product line of its models. */
  lines: [string, string][];
  /** Models here get a minimum stock level. */
  stocked?: boolean;
}

export const CATEGORIES: CategorySpec[] = [
  {
    name: 'Laptops',
    kind: 'hardware',
    weight: 22,
    cost: [850, 2400],
    warrantyYears: 3,
    stocked: true,
    lines: [
      ['Dell', 'Latitude'],
      ['Lenovo', 'ThinkPad T'],
      ['Lenovo', 'ThinkPad X1'],
      ['HP', 'EliteBook'],
      ['Apple', 'MacBook Pro'],
      ['Apple', 'MacBook Air'],
      ['Microsoft', 'Surface Laptop'],
      ['Asus', 'ExpertBook'],
    ],
  },
  {
    name: 'Desktops',
    kind: 'hardware',
    weight: 6,
    cost: [600, 1600],
    warrantyYears: 3,
    lines: [
      ['Dell', 'OptiPlex'],
      ['HP', 'EliteDesk'],
      ['Lenovo', 'ThinkCentre'],
      ['Apple', 'iMac'],
    ],
  },
  {
    name: 'Monitors',
    kind: 'hardware',
    weight: 18,
    cost: [160, 900],
    warrantyYears: 3,
    stocked: true,
    lines: [
      ['Dell', 'UltraSharp U'],
      ['LG', 'UltraFine'],
      ['Samsung', 'ViewFinity S'],
      ['BenQ', 'GW'],
      ['Eizo', 'FlexScan EV'],
      ['Philips', 'Brilliance'],
    ],
  },
  {
    name: 'Docking stations',
    kind: 'accessory',
    weight: 8,
    cost: [150, 350],
    warrantyYears: 3,
    stocked: true,
    lines: [
      ['Dell', 'Dock WD'],
      ['Lenovo', 'ThinkPad Universal Dock'],
      ['HP', 'USB-C Dock G'],
    ],
  },
  {
    name: 'Keyboards',
    kind: 'accessory',
    weight: 5,
    cost: [30, 140],
    warrantyYears: 1,
    stocked: true,
    lines: [
      ['Logitech', 'MX Keys'],
      ['Microsoft', 'Ergonomic Keyboard'],
      ['Apple', 'Magic Keyboard'],
    ],
  },
  {
    name: 'Mice',
    kind: 'accessory',
    weight: 5,
    cost: [20, 110],
    warrantyYears: 1,
    stocked: true,
    lines: [
      ['Logitech', 'MX Master'],
      ['Microsoft', 'Surface Mouse'],
      ['Razer', 'Pro Click'],
    ],
  },
  {
    name: 'Headsets',
    kind: 'accessory',
    weight: 7,
    cost: [80, 380],
    warrantyYears: 2,
    stocked: true,
    lines: [
      ['Jabra', 'Evolve2'],
      ['Poly', 'Voyager Focus'],
      ['Sony', 'WH-1000XM'],
      ['Logitech', 'Zone Wireless'],
    ],
  },
  {
    name: 'Mobile phones',
    kind: 'hardware',
    weight: 8,
    cost: [300, 1300],
    warrantyYears: 2,
    stocked: true,
    lines: [
      ['Apple', 'iPhone'],
      ['Samsung', 'Galaxy S'],
      ['Samsung', 'Galaxy A'],
      ['Google', 'Pixel'],
    ],
  },
  {
    name: 'Tablets',
    kind: 'hardware',
    weight: 3,
    cost: [350, 1400],
    warrantyYears: 2,
    lines: [
      ['Apple', 'iPad'],
      ['Samsung', 'Galaxy Tab S'],
      ['Microsoft', 'Surface Pro'],
    ],
  },
  {
    name: 'Desk phones',
    kind: 'hardware',
    weight: 2,
    cost: [90, 400],
    warrantyYears: 3,
    lines: [
      ['Cisco', 'IP Phone'],
      ['Poly', 'VVX'],
      ['Yealink', 'SIP-T'],
    ],
  },
  {
    name: 'Printers',
    kind: 'hardware',
    weight: 1,
    cost: [250, 4500],
    warrantyYears: 3,
    lines: [
      ['HP', 'LaserJet Pro'],
      ['Brother', 'HL-L'],
      ['Canon', 'imageRUNNER'],
      ['Kyocera', 'ECOSYS'],
      ['Xerox', 'VersaLink'],
    ],
  },
  {
    name: 'Barcode scanners',
    kind: 'hardware',
    weight: 0.5,
    cost: [120, 600],
    warrantyYears: 3,
    lines: [
      ['Zebra', 'DS'],
      ['Honeywell', 'Xenon'],
    ],
  },
  {
    name: 'Servers',
    kind: 'hardware',
    weight: 1,
    cost: [3500, 24000],
    warrantyYears: 5,
    lines: [
      ['Dell', 'PowerEdge R'],
      ['HP', 'ProLiant DL'],
      ['Lenovo', 'ThinkSystem SR'],
    ],
  },
  {
    name: 'Network switches',
    kind: 'hardware',
    weight: 1,
    cost: [400, 9000],
    warrantyYears: 5,
    lines: [
      ['Cisco', 'Catalyst'],
      ['Aruba', 'CX'],
      ['Juniper', 'EX'],
      ['Netgear', 'M4300-'],
    ],
  },
  {
    name: 'Routers',
    kind: 'hardware',
    weight: 0.3,
    cost: [900, 12000],
    warrantyYears: 5,
    lines: [
      ['Cisco', 'ISR'],
      ['Juniper', 'MX'],
      ['Huawei', 'NetEngine AR'],
    ],
  },
  {
    name: 'Wireless access points',
    kind: 'hardware',
    weight: 1,
    cost: [150, 1200],
    warrantyYears: 5,
    lines: [
      ['Ubiquiti', 'UniFi U'],
      ['Aruba', 'AP-'],
      ['Cisco', 'Meraki MR'],
    ],
  },
  {
    name: 'Firewalls',
    kind: 'hardware',
    weight: 0.3,
    cost: [800, 15000],
    warrantyYears: 5,
    lines: [
      ['Fortinet', 'FortiGate'],
      ['Palo Alto Networks', 'PA-'],
    ],
  },
  {
    name: 'Storage',
    kind: 'hardware',
    weight: 0.3,
    cost: [1500, 40000],
    warrantyYears: 5,
    lines: [
      ['NetApp', 'AFF A'],
      ['Synology', 'RackStation RS'],
      ['QNAP', 'TS-h'],
    ],
  },
  {
    name: 'UPS',
    kind: 'hardware',
    weight: 0.5,
    cost: [300, 6000],
    warrantyYears: 3,
    lines: [
      ['APC', 'Smart-UPS SRT'],
      ['Eaton', '9PX'],
      ['Vertiv', 'Liebert GXT'],
    ],
  },
  {
    name: 'Projectors',
    kind: 'hardware',
    weight: 0.4,
    cost: [500, 3500],
    warrantyYears: 3,
    lines: [
      ['Epson', 'EB-'],
      ['Sony', 'VPL-'],
      ['Panasonic', 'PT-'],
      ['ViewSonic', 'LS'],
    ],
  },
  {
    name: 'Webcams',
    kind: 'accessory',
    weight: 2,
    cost: [50, 250],
    warrantyYears: 2,
    stocked: true,
    lines: [
      ['Logitech', 'Brio'],
      ['Razer', 'Kiyo'],
      ['Poly', 'Studio P'],
    ],
  },
  {
    name: 'Conference systems',
    kind: 'hardware',
    weight: 0.5,
    cost: [1200, 9000],
    warrantyYears: 3,
    lines: [
      ['Poly', 'Studio X'],
      ['Cisco', 'Webex Room'],
      ['Logitech', 'Rally'],
    ],
  },
  {
    name: 'Thin clients',
    kind: 'hardware',
    weight: 1,
    cost: [250, 700],
    warrantyYears: 3,
    lines: [
      ['HP', 't'],
      ['Dell', 'Wyse'],
      ['Fujitsu', 'Futro S'],
    ],
  },
  {
    name: 'External drives',
    kind: 'accessory',
    weight: 1.5,
    cost: [60, 300],
    warrantyYears: 2,
    lines: [
      ['Seagate', 'Expansion'],
      ['Western Digital', 'My Passport'],
      ['Samsung', 'T'],
      ['Kingston', 'XS'],
    ],
  },
  {
    name: 'Label printers',
    kind: 'hardware',
    weight: 0.2,
    cost: [150, 1400],
    warrantyYears: 2,
    lines: [
      ['Zebra', 'ZD'],
      ['Brother', 'QL-'],
    ],
  },
];

/** Fifty manufacturers: those of the product lines above, then a few with no models yet. */
export const MANUFACTURERS: string[] = [
  ...new Set([
    ...CATEGORIES.flatMap((c) => c.lines.map(([m]) => m)),
    'Acer',
    'Toshiba',
    'Ricoh',
    'Sharp',
    'Xiaomi',
    'Corsair',
    'Belkin',
    'Kensington',
    'Targus',
    'Anker',
    'Jabra Engage',
    'Lexmark',
    'Extreme Networks',
    'Check Point',
    'Pure Storage',
    'Tripp Lite',
    'Crestron',
    'Barco',
    'Bose',
    'Huawei Enterprise',
  ]),
].slice(0, 50);

export const SUPPLIERS = [
  'CDW',
  'Insight',
  'SHI International',
  'Softcat',
  'Computacenter',
  'Bechtle',
  'Cancom',
  'Dustin',
  'Atea',
  'Misco',
  'Ingram Micro',
  'TD Synnex',
  'Also',
  'Exertis',
  'Amazon Business',
];

export const SITES = [
  { code: 'LON', city: 'London', address: '1 Finsbury Avenue, London EC2M 2PF' },
  { code: 'PAR', city: 'Paris', address: '12 Rue de la Paix, 75002 Paris' },
  { code: 'NYC', city: 'New York', address: '350 Fifth Avenue, New York, NY 10118' },
  { code: 'SIN', city: 'Singapore', address: '8 Marina Boulevard, Singapore 018981' },
  { code: 'BER', city: 'Berlin', address: 'Friedrichstraße 68, 10117 Berlin' },
];
export const BUILDINGS = ['North Tower', 'South Tower', 'Annex', 'Campus Hall', 'Data Centre'];
export const ROOMS = ['Office', 'Meeting room', 'Open space', 'Lab', 'Server room', 'Workshop', 'Studio', 'Library'];
export const SPOTS = ['Desk', 'Cabinet', 'Rack', 'Locker'];

export const DEPARTMENTS = [
  'Engineering',
  'Product',
  'Design',
  'Sales',
  'Marketing',
  'Customer Success',
  'Support',
  'Finance',
  'Accounting',
  'Payroll',
  'Human Resources',
  'Recruiting',
  'Legal',
  'Compliance',
  'Security',
  'IT Operations',
  'Service Desk',
  'Infrastructure',
  'Data',
  'Research',
  'Procurement',
  'Facilities',
  'Logistics',
  'Manufacturing',
  'Quality',
  'Operations',
  'Strategy',
  'Communications',
  'Partnerships',
  'Training',
  'Internal Audit',
  'Risk',
  'Treasury',
  'Investor Relations',
  'Executive Office',
  'Business Development',
  'Field Services',
  'Platform',
  'Mobile',
  'Analytics',
];

export const FIRST_NAMES = (
  'James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph ' +
  'Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty Anthony Margaret Mark Sandra ' +
  'Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Dorothy Kevin Carol Brian Amanda ' +
  'George Melissa Edward Deborah Ronald Stephanie Timothy Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob ' +
  'Kathleen Gary Amy Nicholas Shirley Eric Angela Jonathan Helen Stephen Anna Larry Brenda Justin Pamela Scott ' +
  'Nicole Brandon Emma Benjamin Samantha Samuel Katherine Gregory Christine Frank Debra Alexander Rachel Raymond ' +
  'Catherine Patrick Carolyn Jack Janet Dennis Ruth Jerry Maria Tyler Heather Aaron Diane Jose Virginia Adam Julie ' +
  'Henry Joyce Nathan Victoria Douglas Olivia Zachary Kelly Peter Christina Kyle Lauren Walter Joan Ethan Evelyn ' +
  'Jeremy Judith Harold Megan Keith Cheryl Christian Andrea Roger Hannah Noah Martha Gerald Jacqueline Carl Frances ' +
  'Terry Gloria Sean Ann Austin Teresa Arthur Kathryn Lawrence Sara Jesse Janice Dylan Jean Bryan Alice Joe Madison ' +
  'Jordan Doris Billy Abigail Bruce Julia Albert Judy Willie Grace Gabriel Denise Logan Amber Alan Marilyn Juan ' +
  'Beverly Wayne Danielle Roy Theresa Ralph Sophia Randy Marie Eugene Diana Vincent Brittany Russell Natalie Elijah ' +
  'Isabella Louis Charlotte Bobby Rose Philip Alexis Johnny Kayla Amelie Lukas Sofia Mateo Yuki Wei Priya Arjun ' +
  'Fatima Omar Chloe Hugo Lea Jonas Mia Elena Luca Giulia Marco Sven Ingrid Aiko Haruto Mei Chen Ravi Ananya'
).split(' ');

export const SURNAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson ' +
  'Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson ' +
  'Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell ' +
  'Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales ' +
  'Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson ' +
  'Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long ' +
  'Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher ' +
  'Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes ' +
  'Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez ' +
  'McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson ' +
  'Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson ' +
  'Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver ' +
  'Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley ' +
  'Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins ' +
  'Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman ' +
  'Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin ' +
  'Carlson Austin Dominguez Carr Lawson Jacobs OBrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey ' +
  'Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber ' +
  'Dupont Moreau Laurent Lefebvre Bernard Dubois Schneider Fischer Becker Hoffmann Schulz Tanaka Suzuki Sato ' +
  'Watanabe Yamamoto Nakamura Kobayashi Tan Lim Ng Goh Sharma Gupta Kumar Iyer Rossi Russo Ferrari Esposito Romano'
).split(' ');

export const JOB_TITLES = [
  'Software Engineer',
  'Senior Software Engineer',
  'Engineering Manager',
  'Product Manager',
  'Designer',
  'Account Executive',
  'Sales Manager',
  'Marketing Specialist',
  'Support Agent',
  'Service Desk Analyst',
  'Systems Administrator',
  'Network Engineer',
  'Accountant',
  'Financial Analyst',
  'HR Partner',
  'Recruiter',
  'Legal Counsel',
  'Data Analyst',
  'Research Scientist',
  'Buyer',
  'Facilities Coordinator',
  'Operations Manager',
  'Technician',
  'Director',
];

export const CPUS = ['Intel Core i5', 'Intel Core i7', 'Intel Core Ultra 7', 'AMD Ryzen 7', 'Apple M2', 'Apple M3'];
export const OSES = ['Windows 11', 'Windows 10', 'macOS', 'Ubuntu'];
export const RESOLUTIONS = ['1920x1080', '2560x1440', '3840x2160', '5120x2880'];
export const CARRIERS = ['Vodafone', 'Orange', 'Verizon', 'Singtel', 'Deutsche Telekom', 'O2'];
export const NOTES = [
  'Screen scratched',
  'Battery replaced under warranty',
  'Keyboard sticky keys, see ticket',
  'Loaner pool',
  'Reserved for new starters',
  'Returned by leaver, wiped',
  'Refurbished unit',
  'Asset label reprinted',
];
