/** The rest of the key-account portfolio: smaller accounts with plans of every freshness, tier and risk. */
import type { AccountDef } from '../account-defs';

const SMALL_UNIT = { vps: 1, directors: [1, 2], managers: [1, 1], individuals: [0, 2] } as const;

export const KESTREL: AccountDef = {
    slug: 'kestrel',
    name: 'Kestrel Mining Corporation',
    city: 'Perth',
    country: 'Australia',
    locale: 'au',
    areaCode: '8',
    industry: 'Other',
    revenue: 7_200_000_000,
    employees: 21_000,
    website: 'https://www.kestrel-mining.example.com',
    domain: 'kestrel-mining.example.com',
    description:
        'Iron ore and copper miner with its own rail and port operations in Western and South Australia.',
    kam: 'marcus-lee',
    sponsor: 'daniel-okafor',
    engineer: 'sofia-marin',
    success: 'tom-becker',
    executives: ['cfo', 'coo', 'cio'],
    groupVps: [],
    groupProducts: ['SVC-PSP'],
    units: [
        {
            slug: 'iron-ore',
            name: 'Kestrel Iron Ore',
            city: 'Port Hedland',
            country: 'Australia',
            locale: 'au',
            areaCode: '8',
            industry: 'Other',
            revenue: 4_900_000_000,
            employees: 12_500,
            description: 'Open-pit iron ore mines in the Pilbara.',
            functions: ['maintenance', 'operations'],
            affinity: {
                'Asset Performance': 0.7,
                'Industrial IoT': 0.45,
                'Field Service': 0.3,
                Services: 0.35
            }
        },
        {
            slug: 'copper',
            name: 'Kestrel Copper',
            city: 'Adelaide',
            country: 'Australia',
            locale: 'au',
            areaCode: '8',
            industry: 'Other',
            revenue: 1_700_000_000,
            employees: 5_200,
            description: 'Underground copper mine and concentrator.',
            functions: ['engineering', 'maintenance'],
            affinity: {
                'Asset Performance': 0.55,
                'Industrial IoT': 0.35,
                'Energy & Sustainability': 0.3,
                Services: 0.3
            }
        },
        {
            slug: 'rail',
            name: 'Kestrel Rail & Port',
            city: 'Perth',
            country: 'Australia',
            locale: 'au',
            areaCode: '8',
            industry: 'Transportation',
            revenue: 600_000_000,
            employees: 3_300,
            description: 'Heavy-haul railway and the export port.',
            functions: ['logistics', 'fieldService'],
            affinity: { 'Asset Performance': 0.4, 'Supply Chain': 0.35, 'Field Service': 0.4, Services: 0.2 }
        }
    ],
    unitShape: SMALL_UNIT,
    plan: {
        name: 'Kestrel Mining Corporation – Account Plan',
        periodStart: '2026-07-01',
        periodEnd: '2027-06-30',
        scores: [4, 5, 4, 5, 4],
        competitor: 'Stratus Asset Software',
        position: 'Sole supplier',
        competitiveNotes:
            'Sole supplier for asset performance across all three units. Stratus keeps trying the rail business through its signalling partner.',
        renewal: '2027-06-30',
        risk: 'Low',
        cadence: 45,
        lastReviewedDaysAgo: 20,
        objectives: [
            {
                name: 'Raise haul-truck availability to 92%',
                measure: 'Mechanical availability of the haul fleet',
                target: '92%',
                due: '2027-06-30',
                status: 'On Track',
                owner: 'marcus-lee'
            },
            {
                name: 'Extend condition monitoring to the rail fleet',
                measure: 'Locomotives with online condition monitoring',
                target: '120 of 140',
                due: '2027-03-31',
                status: 'Not Started',
                owner: 'sofia-marin'
            },
            {
                name: 'Cut diesel use per tonne moved by 5%',
                measure: 'Litres of diesel per tonne',
                target: '-5%',
                due: '2027-06-30',
                status: 'On Track',
                owner: 'marcus-lee'
            }
        ],
        stakeholders: 13,
        overrides: {
            coo: {
                role: 'Economic Buyer',
                influence: 'High',
                stance: 'Advocate',
                strength: 5,
                owner: 'marcus-lee'
            },
            'iron-ore:vp1': { role: 'Champion', influence: 'High', stance: 'Advocate', strength: 5 }
        },
        placeholders: [
            {
                name: 'Head of Rail Asset Management (new role)',
                title: 'Kestrel Rail & Port',
                reportsTo: 'rail:president',
                unit: 'rail',
                role: 'Decision Maker',
                influence: 'Medium',
                stance: 'Neutral',
                executive: false
            }
        ],
        relationships: [
            { from: 'iron-ore:vp1', to: 'coo', type: 'Influences', strength: 'Strong' },
            { from: 'cfo', to: 'coo', type: 'Allied With', strength: 'Moderate' },
            { from: 'rail:president', to: 'iron-ore:president', type: 'Conflicts With', strength: 'Weak' }
        ],
        plays: [
            {
                slug: 'rail-monitoring',
                name: 'Condition monitoring for the rail fleet',
                type: 'Expansion',
                status: 'In Progress',
                owner: 'marcus-lee',
                unit: 'rail',
                product: 'APM-AHM',
                start: -40,
                due: 90,
                value: 480_000,
                opportunity: { kind: 'open-new', close: 90 },
                nextStep: 'Pilot on ten locomotives',
                contact: 'rail:president',
                steps: [
                    'Fleet survey with rolling-stock engineering',
                    'Pilot on ten locomotives',
                    'Pilot review'
                ]
            },
            {
                slug: 'copper-energy',
                name: 'Energy management at the copper concentrator',
                type: 'Cross-sell',
                status: 'Planned',
                owner: 'sofia-marin',
                unit: 'copper',
                product: 'ESG-EMS',
                start: 10,
                due: 140,
                value: 240_000,
                contact: 'copper:president',
                steps: ['Energy baseline of the concentrator', 'Savings case']
            },
            {
                slug: 'iron-ore-sensors',
                name: 'Sensor network roll-out at Iron Ore',
                type: 'Upsell',
                status: 'Won',
                owner: 'marcus-lee',
                unit: 'iron-ore',
                product: 'IOT-SNS',
                start: -150,
                due: -60,
                value: 210_000,
                opportunity: { kind: 'won-expansion', close: -64 },
                contact: 'iron-ore:vp1',
                steps: ['Sensor survey', 'Order placed']
            }
        ],
        whitespace: { competitorHeld: 1, notAFit: 1, targeted: 2 }
    },
    otherPlans: []
};

export const HALVORSEN: AccountDef = {
    slug: 'halvorsen',
    name: 'Halvorsen Maritime ASA',
    city: 'Oslo',
    country: 'Norway',
    locale: 'no',
    areaCode: '22',
    industry: 'Shipping',
    revenue: 3_400_000_000,
    employees: 8_200,
    website: 'https://www.halvorsen-maritime.example.com',
    domain: 'halvorsen.example.com',
    description:
        'Shipowner and port operator: 96 product tankers and bulk carriers and three Nordic container terminals.',
    kam: 'jonas-weber',
    sponsor: 'daniel-okafor',
    engineer: 'sofia-marin',
    success: 'tom-becker',
    executives: ['cfo', 'coo', 'cso'],
    groupVps: [],
    groupProducts: ['ESG-CAR'],
    units: [
        {
            slug: 'shipping',
            name: 'Halvorsen Shipping',
            city: 'Bergen',
            country: 'Norway',
            locale: 'no',
            areaCode: '55',
            industry: 'Shipping',
            revenue: 2_600_000_000,
            employees: 5_900,
            description: 'Tanker and bulk fleet operations and technical management.',
            functions: ['maintenance', 'logistics'],
            affinity: {
                'Asset Performance': 0.5,
                'Industrial IoT': 0.4,
                'Energy & Sustainability': 0.5,
                'Supply Chain': 0.2
            }
        },
        {
            slug: 'ports',
            name: 'Halvorsen Port Services',
            city: 'Oslo',
            country: 'Norway',
            locale: 'no',
            areaCode: '22',
            industry: 'Transportation',
            revenue: 800_000_000,
            employees: 2_300,
            description: 'Container terminals in Oslo, Gothenburg and Aarhus.',
            functions: ['operations', 'it'],
            affinity: {
                'Asset Performance': 0.35,
                'Industrial IoT': 0.3,
                'Supply Chain': 0.45,
                'Field Service': 0.2
            }
        }
    ],
    unitShape: SMALL_UNIT,
    plan: {
        name: 'Halvorsen Maritime – Account Plan',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        scores: [3, 4, 3, 3, 3],
        competitor: 'Veridian Analytics',
        position: 'Shared',
        competitiveNotes:
            'Veridian supplies voyage emissions reporting and is bundling it for free with its fleet analytics renewal.',
        renewal: '2027-01-29',
        risk: 'Medium',
        riskReason:
            'New EU maritime emissions rules moved budget to compliance tooling, where Veridian is the incumbent.',
        cadence: 30,
        lastReviewedDaysAgo: 35,
        objectives: [
            {
                name: 'Comply with the EU maritime emissions rules for the whole fleet',
                measure: 'Vessels reporting verified emissions',
                target: '96 of 96',
                due: '2026-12-31',
                status: 'At Risk',
                owner: 'jonas-weber'
            },
            {
                name: 'Reduce off-hire days from machinery failure',
                measure: 'Off-hire days per vessel per year',
                target: 'Under 2',
                due: '2026-12-31',
                status: 'On Track',
                owner: 'jonas-weber'
            },
            {
                name: 'Automate gate and yard planning at the Oslo terminal',
                measure: 'Truck turnaround time',
                target: 'Under 35 minutes',
                due: '2026-09-30',
                status: 'Missed',
                owner: 'sofia-marin'
            }
        ],
        stakeholders: 11,
        overrides: {
            cso: { role: 'Decision Maker', influence: 'High', stance: 'Neutral', strength: 2 },
            'shipping:vp1': { role: 'Champion', influence: 'Medium', stance: 'Advocate', strength: 4 }
        },
        placeholders: [],
        relationships: [
            { from: 'shipping:vp1', to: 'coo', type: 'Influences', strength: 'Moderate' },
            { from: 'cso', to: 'cfo', type: 'Allied With', strength: 'Strong' }
        ],
        plays: [
            {
                slug: 'fleet-emissions',
                name: 'Fleet emissions reporting',
                type: 'Cross-sell',
                status: 'In Progress',
                owner: 'jonas-weber',
                unit: 'shipping',
                product: 'ESG-EMR',
                start: -50,
                due: -8,
                value: 170_000,
                opportunity: { kind: 'open-new', close: 40 },
                nextStep: 'Reference call with a tanker operator already reporting with us',
                contact: 'cso',
                steps: ['Regulation impact workshop', 'Reference call', 'Proposal']
            },
            {
                slug: 'terminal-health',
                name: 'Crane health monitoring at the terminals',
                type: 'Expansion',
                status: 'Planned',
                owner: 'sofia-marin',
                unit: 'ports',
                product: 'APM-AHM',
                start: 5,
                due: 100,
                value: 190_000,
                contact: 'ports:president',
                steps: ['Crane failure history review', 'Pilot proposal']
            }
        ],
        whitespace: { competitorHeld: 2, notAFit: 1, targeted: 1 }
    },
    otherPlans: [
        {
            name: 'Halvorsen Maritime – Next Period Plan (draft)',
            status: 'Draft',
            periodStart: '2027-01-01',
            periodEnd: '2027-12-31',
            scores: [3, 4, 3, 3, 3],
            cadence: 30,
            risk: 'Medium',
            riskReason: 'Carried over from the current plan until the emissions deal closes.'
        }
    ]
};

export const BLUE_RIDGE: AccountDef = {
    slug: 'blue-ridge',
    name: 'Blue Ridge Utilities',
    city: 'Charlotte',
    country: 'United States',
    locale: 'us',
    areaCode: '704',
    industry: 'Utilities',
    revenue: 9_800_000_000,
    employees: 17_500,
    website: 'https://www.blueridge-utilities.example.com',
    domain: 'blueridge.example.com',
    description: 'Regulated electric and water utility serving 3.1 million customers in the Carolinas.',
    kam: 'marcus-lee',
    sponsor: 'helen-carter',
    engineer: 'sofia-marin',
    success: 'tom-becker',
    executives: ['cfo', 'coo', 'cio', 'cpo'],
    groupVps: [],
    groupProducts: ['SVC-PSP', 'ESG-EMR'],
    units: [
        {
            slug: 'generation',
            name: 'Blue Ridge Power Generation',
            city: 'Charlotte',
            country: 'United States',
            locale: 'us',
            areaCode: '704',
            industry: 'Utilities',
            revenue: 5_200_000_000,
            employees: 6_800,
            description: 'Gas, hydro and solar generation fleet.',
            functions: ['maintenance', 'operations'],
            affinity: { 'Asset Performance': 0.6, 'Industrial IoT': 0.35, 'Energy & Sustainability': 0.4 }
        },
        {
            slug: 'grid',
            name: 'Blue Ridge Grid Services',
            city: 'Raleigh',
            country: 'United States',
            locale: 'us',
            areaCode: '919',
            industry: 'Utilities',
            revenue: 3_500_000_000,
            employees: 8_400,
            description: 'Transmission and distribution network and its field crews.',
            functions: ['fieldService', 'it'],
            affinity: { 'Asset Performance': 0.4, 'Field Service': 0.65, 'Industrial IoT': 0.3 }
        },
        {
            slug: 'water',
            name: 'Blue Ridge Water',
            city: 'Greenville',
            country: 'United States',
            locale: 'us',
            areaCode: '864',
            industry: 'Utilities',
            revenue: 1_100_000_000,
            employees: 2_300,
            description: 'Drinking water and wastewater treatment.',
            functions: ['operations', 'quality'],
            affinity: { 'Asset Performance': 0.35, 'Energy & Sustainability': 0.45, 'Field Service': 0.3 }
        }
    ],
    unitShape: SMALL_UNIT,
    plan: {
        name: 'Blue Ridge Utilities – Account Plan',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        scores: [4, 2, 3, 2, 2],
        competitor: 'Tallis Field Solutions',
        position: 'Challenger',
        competitiveNotes:
            'Tallis runs field service at Grid Services and offers a three-year price lock. We hold asset performance at Power Generation.',
        renewal: '2027-01-15',
        risk: 'High',
        riskReason:
            'Tallis offered a three-year price lock on field service, and our champion at Grid Services left in the spring.',
        cadence: 30,
        lastReviewedDaysAgo: 140,
        objectives: [
            {
                name: 'Meet the regulator’s reliability target',
                measure: 'System average interruption duration (minutes per customer)',
                target: 'Under 110',
                due: '2026-12-31',
                status: 'At Risk',
                owner: 'marcus-lee'
            },
            {
                name: 'Move storm restoration crews to one scheduling system',
                measure: 'Crews scheduled in one system',
                target: '100%',
                due: '2026-08-31',
                status: 'Not Started',
                owner: 'tom-becker'
            }
        ],
        stakeholders: 10,
        overrides: {
            'grid:president': { role: 'Blocker', influence: 'High', stance: 'Skeptic', strength: 1 },
            cpo: { role: 'Gatekeeper', influence: 'High', stance: 'Neutral', strength: 2 }
        },
        placeholders: [
            {
                name: 'Replacement for our Grid Services champion (unknown)',
                title: 'Director of Service Operations, Grid Services',
                reportsTo: 'grid:vp1',
                unit: 'grid',
                role: 'Champion',
                influence: 'Medium',
                stance: 'Neutral',
                executive: false,
                notes: 'Our champion left in the spring; find out who took over the field service programme.'
            }
        ],
        relationships: [
            { from: 'cpo', to: 'cfo', type: 'Allied With', strength: 'Strong' },
            { from: 'grid:president', to: 'coo', type: 'Influences', strength: 'Strong' }
        ],
        plays: [
            {
                slug: 'grid-retention',
                name: 'Keep field service at Grid Services',
                type: 'Retention',
                status: 'In Progress',
                owner: 'marcus-lee',
                unit: 'grid',
                product: 'FSM-CORE',
                start: -90,
                due: -20,
                value: 480_000,
                opportunity: { kind: 'open-renewal', close: 55 },
                nextStep: 'Counter-offer to the Tallis price lock',
                contact: 'grid:president',
                steps: [
                    'Usage and value report',
                    'Counter-offer approved',
                    'Executive meeting with the Grid president'
                ]
            },
            {
                slug: 'generation-renewal',
                name: 'Power Generation asset performance renewal',
                type: 'Renewal',
                status: 'In Progress',
                owner: 'tom-becker',
                unit: 'generation',
                product: 'APM-PDM',
                start: -30,
                due: 50,
                value: 540_000,
                opportunity: { kind: 'open-renewal', close: 50 },
                contact: 'generation:president',
                steps: ['Renewal scope', 'Proposal']
            },
            {
                slug: 'find-champion',
                name: 'Rebuild a champion at Grid Services',
                type: 'Relationship',
                status: 'Planned',
                owner: 'marcus-lee',
                unit: 'grid',
                start: -60,
                due: -15,
                value: 0,
                nextStep: 'Ask the Grid VP who now owns the field service programme',
                contact: 'grid:vp1',
                steps: ['Map the new Grid Services organisation', 'Introductory meeting']
            }
        ],
        whitespace: { competitorHeld: 2, notAFit: 1, targeted: 1 }
    },
    otherPlans: [
        {
            name: 'Blue Ridge Utilities – Previous Plan',
            status: 'Archived',
            periodStart: '2025-01-01',
            periodEnd: '2025-12-31',
            scores: [4, 3, 3, 3, 3],
            cadence: 30,
            lastReviewed: '2025-11-28',
            risk: 'Low'
        }
    ]
};

export const MERIDIAN: AccountDef = {
    slug: 'meridian',
    name: 'Meridian Foods Group',
    city: 'Manchester',
    country: 'United Kingdom',
    locale: 'uk',
    areaCode: '161',
    industry: 'Food & Beverage',
    revenue: 5_600_000_000,
    employees: 23_000,
    website: 'https://www.meridian-foods.example.com',
    domain: 'meridian-foods.example.com',
    description: 'Dairy and bakery brands with 19 factories in the UK and Ireland.',
    kam: 'priya-natarajan',
    sponsor: 'daniel-okafor',
    engineer: 'sofia-marin',
    success: 'tom-becker',
    executives: ['cfo', 'coo', 'cpo'],
    groupVps: [],
    groupProducts: ['SCM-DMD'],
    units: [
        {
            slug: 'dairy',
            name: 'Meridian Dairy',
            city: 'Leeds',
            country: 'United Kingdom',
            locale: 'uk',
            areaCode: '113',
            industry: 'Food & Beverage',
            revenue: 3_100_000_000,
            employees: 11_000,
            description: 'Milk, cheese and yoghurt brands.',
            functions: ['operations', 'supplyChain'],
            affinity: {
                'Supply Chain': 0.6,
                'Energy & Sustainability': 0.45,
                'Asset Performance': 0.35,
                Services: 0.3
            }
        },
        {
            slug: 'bakery',
            name: 'Meridian Bakery Brands',
            city: 'Manchester',
            country: 'United Kingdom',
            locale: 'uk',
            areaCode: '161',
            industry: 'Food & Beverage',
            revenue: 2_500_000_000,
            employees: 12_000,
            description: 'Bread, cakes and chilled bakery.',
            functions: ['supplyChain', 'quality'],
            affinity: {
                'Supply Chain': 0.55,
                'Energy & Sustainability': 0.35,
                'Asset Performance': 0.3,
                'Industrial IoT': 0.2
            }
        }
    ],
    unitShape: SMALL_UNIT,
    plan: {
        name: 'Meridian Foods Group – Account Plan',
        periodStart: '2026-04-01',
        periodEnd: '2027-03-31',
        scores: [3, 3, 4, 3, 3],
        competitor: 'Corvid Industrial Cloud',
        position: 'Preferred',
        competitiveNotes:
            'Corvid runs the bakery plants’ line monitoring and is bidding for the dairy sites.',
        renewal: '2027-03-31',
        risk: 'Medium',
        riskReason: 'A group-wide cost programme asked every supplier for a 10% saving at renewal.',
        cadence: 60,
        lastReviewedDaysAgo: 66,
        objectives: [
            {
                name: 'Cut food waste in the dairy supply chain by 15%',
                measure: 'Tonnes of product written off',
                target: '-15%',
                due: '2027-03-31',
                status: 'On Track',
                owner: 'priya-natarajan'
            },
            {
                name: 'Report Scope 3 emissions to the retail customers',
                measure: 'Retail customers receiving product footprints',
                target: 'Top 5 retailers',
                due: '2026-12-31',
                status: 'On Track',
                owner: 'priya-natarajan'
            }
        ],
        stakeholders: 10,
        overrides: {
            cpo: { role: 'Economic Buyer', influence: 'High', stance: 'Skeptic', strength: 2 },
            'dairy:vp1': { role: 'Champion', influence: 'Medium', stance: 'Advocate', strength: 4 }
        },
        placeholders: [],
        relationships: [{ from: 'dairy:vp1', to: 'coo', type: 'Influences', strength: 'Moderate' }],
        plays: [
            {
                slug: 'dairy-inventory',
                name: 'Inventory optimization for the dairy network',
                type: 'Expansion',
                status: 'In Progress',
                owner: 'priya-natarajan',
                unit: 'dairy',
                product: 'SCM-INV',
                start: -35,
                due: 70,
                value: 285_000,
                opportunity: { kind: 'open-new', close: 70 },
                nextStep: 'Waste baseline with the dairy planning team',
                contact: 'dairy:vp1',
                steps: ['Waste baseline', 'Optimization proof of value', 'Proposal']
            },
            {
                slug: 'bakery-carbon',
                name: 'Carbon accounting for the bakery brands',
                type: 'Cross-sell',
                status: 'Cancelled',
                owner: 'priya-natarajan',
                unit: 'bakery',
                product: 'ESG-CAR',
                start: -120,
                due: -30,
                value: 70_000,
                contact: 'bakery:president',
                steps: ['Intro to the bakery sustainability lead']
            }
        ],
        whitespace: { competitorHeld: 1, notAFit: 1, targeted: 2 }
    },
    otherPlans: []
};

export const SAKURA: AccountDef = {
    slug: 'sakura',
    name: 'Sakura Precision Works',
    city: 'Nagoya',
    country: 'Japan',
    locale: 'jp',
    areaCode: '52',
    industry: 'Electronics',
    revenue: 2_900_000_000,
    employees: 9_600,
    website: 'https://www.sakura-precision.example.com',
    domain: 'sakura-precision.example.com',
    description: 'Semiconductor manufacturing equipment and industrial robots.',
    kam: 'priya-natarajan',
    sponsor: 'daniel-okafor',
    engineer: 'sofia-marin',
    success: 'tom-becker',
    executives: ['cfo', 'cto'],
    groupVps: [],
    groupProducts: [],
    units: [
        {
            slug: 'semiconductor',
            name: 'Sakura Semiconductor Equipment',
            city: 'Kumamoto',
            country: 'Japan',
            locale: 'jp',
            areaCode: '96',
            industry: 'Electronics',
            revenue: 1_800_000_000,
            employees: 5_400,
            description: 'Wafer handling and inspection equipment.',
            functions: ['engineering', 'quality'],
            affinity: { 'Industrial IoT': 0.4, 'Asset Performance': 0.3, Services: 0.3 }
        },
        {
            slug: 'robotics',
            name: 'Sakura Robotics',
            city: 'Nagoya',
            country: 'Japan',
            locale: 'jp',
            areaCode: '52',
            industry: 'Machinery',
            revenue: 1_100_000_000,
            employees: 4_200,
            description: 'Industrial robots and cobots for assembly lines.',
            functions: ['engineering', 'operations'],
            affinity: { 'Industrial IoT': 0.35, 'Asset Performance': 0.3, 'Field Service': 0.3 }
        }
    ],
    unitShape: SMALL_UNIT,
    plan: {
        name: 'Sakura Precision Works – Account Plan',
        periodStart: '2026-04-01',
        periodEnd: '2027-03-31',
        scores: [2, 3, 2, 2, undefined],
        competitor: 'Veridian Analytics',
        position: 'Challenger',
        competitiveNotes:
            'Veridian is the standard for equipment analytics; we won one robotics line on remote diagnostics.',
        renewal: '2027-09-30',
        risk: 'Low',
        cadence: 90,
        lastReviewedDaysAgo: 200,
        objectives: [
            {
                name: 'Offer remote diagnostics on every robot sold',
                measure: 'Share of new robots shipped with remote diagnostics',
                target: '60%',
                due: '2027-03-31',
                status: 'Not Started',
                owner: 'priya-natarajan'
            }
        ],
        stakeholders: 6,
        overrides: {
            'robotics:vp1': { role: 'Champion', influence: 'Medium', stance: 'Advocate', strength: 4 }
        },
        placeholders: [],
        relationships: [],
        plays: [
            {
                slug: 'robotics-diagnostics',
                name: 'Remote diagnostics for every new robot',
                type: 'Expansion',
                status: 'In Progress',
                owner: 'priya-natarajan',
                unit: 'robotics',
                product: 'APM-RDX',
                start: -80,
                due: -25,
                value: 160_000,
                opportunity: { kind: 'open-expansion', close: 35 },
                nextStep: 'Pricing model for the OEM bundle',
                contact: 'robotics:vp1',
                steps: ['OEM bundle workshop', 'Pricing model', 'Contract draft']
            }
        ],
        whitespace: { competitorHeld: 2, notAFit: 0, targeted: 1 }
    },
    otherPlans: []
};

export const PORTFOLIO: readonly AccountDef[] = [KESTREL, HALVORSEN, BLUE_RIDGE, MERIDIAN, SAKURA];
