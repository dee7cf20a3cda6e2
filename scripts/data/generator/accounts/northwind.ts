/** The flagship demo account: a diversified industrial group with seven business units. */
import type { AccountDef } from '../account-defs';

export const NORTHWIND: AccountDef = {
    slug: 'northwind',
    name: 'Northwind Industrial Group',
    city: 'Chicago',
    country: 'United States',
    locale: 'us',
    areaCode: '312',
    industry: 'Manufacturing',
    revenue: 18_600_000_000,
    employees: 64_000,
    website: 'https://www.northwind.example.com',
    domain: 'northwind.example.com',
    description:
        'Diversified industrial group with seven business units in factory automation, energy systems, logistics, specialty materials, aerospace components, water technologies and shared digital services; operates 41 plants in 31 countries.',
    kam: 'ava-brooks',
    sponsor: 'helen-carter',
    engineer: 'sofia-marin',
    success: 'tom-becker',
    executives: ['cfo', 'coo', 'cio', 'cto', 'cpo', 'cso', 'chro', 'gc'],
    groupVps: [
        {
            slot: 'vp:enterprise-architecture',
            title: 'VP Enterprise Architecture',
            reportsTo: 'cio',
            fn: 'it'
        },
        { slot: 'vp:it-operations', title: 'VP IT Operations', reportsTo: 'cio', fn: 'it' },
        { slot: 'vp:digital-transformation', title: 'VP Digital Transformation', reportsTo: 'cio', fn: 'it' },
        {
            slot: 'vp:finance-transformation',
            title: 'VP Finance Transformation',
            reportsTo: 'cfo',
            fn: 'finance'
        },
        {
            slot: 'vp:strategic-sourcing',
            title: 'VP Strategic Sourcing',
            reportsTo: 'cpo',
            fn: 'procurement'
        },
        {
            slot: 'vp:sustainability-programs',
            title: 'VP Sustainability Programs',
            reportsTo: 'cso',
            fn: 'sustainability'
        },
        { slot: 'vp:engineering', title: 'VP Engineering & R&D', reportsTo: 'cto', fn: 'engineering' },
        {
            slot: 'vp:operational-excellence',
            title: 'VP Operational Excellence',
            reportsTo: 'coo',
            fn: 'operations'
        }
    ],
    groupProducts: ['IOT-PLT', 'ESG-DSH', 'ESG-CAR', 'SVC-PSP', 'SCM-SRM', 'SVC-MOP'],
    units: [
        {
            slug: 'automation',
            name: 'Northwind Automation',
            city: 'Stuttgart',
            country: 'Germany',
            locale: 'de',
            areaCode: '711',
            industry: 'Machinery',
            revenue: 4_100_000_000,
            employees: 14_200,
            description:
                'Factory automation: drives, controllers and packaged production lines for automotive and food plants.',
            functions: ['operations', 'engineering'],
            affinity: {
                'Asset Performance': 0.65,
                'Industrial IoT': 0.55,
                'Energy & Sustainability': 0.25,
                'Supply Chain': 0.25,
                'Field Service': 0.3,
                Services: 0.45
            }
        },
        {
            slug: 'energy',
            name: 'Northwind Energy Systems',
            city: 'Houston',
            country: 'United States',
            locale: 'us',
            areaCode: '713',
            industry: 'Energy',
            revenue: 3_600_000_000,
            employees: 9_800,
            description:
                'Gas turbines, grid equipment and long-term service agreements for utilities and industrial sites.',
            functions: ['fieldService', 'maintenance'],
            affinity: {
                'Asset Performance': 0.6,
                'Industrial IoT': 0.45,
                'Energy & Sustainability': 0.35,
                'Supply Chain': 0.2,
                'Field Service': 0.6,
                Services: 0.4
            }
        },
        {
            slug: 'logistics',
            name: 'Northwind Logistics',
            city: 'Rotterdam',
            country: 'Netherlands',
            locale: 'nl',
            areaCode: '10',
            industry: 'Transportation',
            revenue: 2_300_000_000,
            employees: 11_400,
            description:
                'Contract logistics, European road fleet and bonded warehousing for the group and outside customers.',
            functions: ['logistics', 'it'],
            affinity: {
                'Asset Performance': 0.25,
                'Industrial IoT': 0.4,
                'Energy & Sustainability': 0.35,
                'Supply Chain': 0.7,
                'Field Service': 0.15,
                Services: 0.35
            }
        },
        {
            slug: 'materials',
            name: 'Northwind Materials',
            city: 'Pittsburgh',
            country: 'United States',
            locale: 'us',
            areaCode: '412',
            industry: 'Chemicals',
            revenue: 3_000_000_000,
            employees: 8_100,
            description:
                'Specialty alloys, coatings and composite materials for aerospace, energy and automotive customers.',
            functions: ['operations', 'quality'],
            affinity: {
                'Asset Performance': 0.45,
                'Industrial IoT': 0.35,
                'Energy & Sustainability': 0.6,
                'Supply Chain': 0.35,
                'Field Service': 0.1,
                Services: 0.35
            }
        },
        {
            slug: 'aerospace',
            name: 'Northwind Aerospace Components',
            city: 'Toulouse',
            country: 'France',
            locale: 'fr',
            areaCode: '5',
            industry: 'Engineering',
            revenue: 2_700_000_000,
            employees: 7_600,
            description:
                'Machined structural parts and actuation sub-assemblies for commercial aircraft programmes.',
            functions: ['engineering', 'quality'],
            affinity: {
                'Asset Performance': 0.4,
                'Industrial IoT': 0.5,
                'Energy & Sustainability': 0.25,
                'Supply Chain': 0.4,
                'Field Service': 0.1,
                Services: 0.35
            }
        },
        {
            slug: 'water',
            name: 'Northwind Water Technologies',
            city: 'Singapore',
            country: 'Singapore',
            locale: 'sg',
            areaCode: '6',
            industry: 'Utilities',
            revenue: 1_600_000_000,
            employees: 5_300,
            description:
                'Desalination and water treatment plants, built and operated under long-term contracts across Asia.',
            functions: ['fieldService', 'operations'],
            affinity: {
                'Asset Performance': 0.45,
                'Industrial IoT': 0.35,
                'Energy & Sustainability': 0.55,
                'Supply Chain': 0.15,
                'Field Service': 0.55,
                Services: 0.35
            }
        },
        {
            slug: 'digital',
            name: 'Northwind Digital Services',
            city: 'Bengaluru',
            country: 'India',
            locale: 'in',
            areaCode: '80',
            industry: 'Technology',
            revenue: 400_000_000,
            employees: 3_900,
            description:
                'The group’s shared IT, data and finance operations centre; runs the platforms the units use.',
            functions: ['it', 'finance'],
            affinity: {
                'Asset Performance': 0.15,
                'Industrial IoT': 0.5,
                'Energy & Sustainability': 0.2,
                'Supply Chain': 0.25,
                'Field Service': 0.1,
                Services: 0.6
            }
        }
    ],
    unitShape: { vps: 2, directors: [1, 2], managers: [1, 2], individuals: [1, 2] },
    plan: {
        name: 'Northwind Industrial Group – Account Plan',
        periodStart: '2026-04-01',
        periodEnd: '2027-03-31',
        scores: [5, 5, 4, 3, 3],
        competitor: 'Ironbridge Systems',
        position: 'Preferred',
        competitiveNotes:
            'We are the preferred platform in Automation, Energy Systems and Water Technologies. Ironbridge holds asset performance in Materials and is pitching the Logistics fleet renewal after our Q3 outage. Veridian is bundling emissions reporting for free at group level; Procurement is pushing for a multi-vendor tender for the platform consolidation.',
        renewal: '2027-02-26',
        risk: 'Medium',
        riskReason:
            'Logistics escalated the Q3 platform outage; its president has invited Ironbridge to pitch for the fleet renewal.',
        cadence: 30,
        lastReviewedDaysAgo: 9,
        objectives: [
            {
                name: 'Cut unplanned downtime across the group’s plants by 20%',
                measure: 'Unplanned downtime hours per plant per quarter against the previous year',
                target: '-20%',
                due: '2027-03-31',
                status: 'On Track',
                owner: 'ava-brooks'
            },
            {
                name: 'Consolidate plant-level IoT platforms onto one enterprise platform',
                measure: 'Plants running on the enterprise IoT platform',
                target: '38 of 41 plants',
                due: '2027-01-29',
                status: 'At Risk',
                owner: 'sofia-marin'
            },
            {
                name: 'Halve Scope 2 emissions by 2030',
                measure: 'Scope 2 tCO2e against the 2024 baseline',
                target: '-30% at the end of this plan period',
                due: '2027-03-31',
                status: 'On Track',
                owner: 'ava-brooks'
            },
            {
                name: 'Reduce logistics cost per shipment by 8%',
                measure: 'Cost per shipment at Northwind Logistics',
                target: '-8%',
                due: '2026-12-18',
                status: 'At Risk',
                owner: 'tom-becker'
            },
            {
                name: 'Reach a 95% first-time fix rate in Energy Systems field service',
                measure: 'First-time fix rate of field visits',
                target: '95%',
                due: '2026-09-30',
                status: 'Achieved',
                owner: 'tom-becker'
            },
            {
                name: 'Monitor every tier-1 supplier for delivery and financial risk',
                measure: 'Tier-1 suppliers under continuous monitoring',
                target: '420 of 420',
                due: '2026-10-30',
                status: 'On Track',
                owner: 'ava-brooks'
            }
        ],
        stakeholders: 38,
        overrides: {
            ceo: {
                role: 'Decision Maker',
                influence: 'High',
                stance: 'Neutral',
                strength: 2,
                owner: 'helen-carter',
                notes: 'Meets us once a year at the executive briefing; cares about margin and plant safety.'
            },
            cfo: {
                role: 'Economic Buyer',
                influence: 'High',
                stance: 'Skeptic',
                strength: 2,
                owner: 'helen-carter',
                notes: 'Challenges the business case at every renewal; wants hard savings rather than KPIs.'
            },
            coo: {
                role: 'Decision Maker',
                influence: 'High',
                stance: 'Supporter',
                strength: 4,
                owner: 'ava-brooks'
            },
            cio: {
                role: 'Decision Maker',
                influence: 'High',
                stance: 'Supporter',
                strength: 4,
                owner: 'ava-brooks',
                notes: 'Sponsor of the platform consolidation; needs a win before the board strategy day.'
            },
            cto: {
                role: 'Influencer',
                influence: 'Medium',
                stance: 'Neutral',
                strength: 3,
                owner: 'sofia-marin'
            },
            cpo: {
                role: 'Gatekeeper',
                influence: 'High',
                stance: 'Skeptic',
                strength: 2,
                owner: 'ava-brooks',
                notes: 'Runs the consolidated software tender and pushes for three-year price locks.'
            },
            cso: {
                role: 'Champion',
                influence: 'High',
                stance: 'Advocate',
                strength: 5,
                owner: 'ava-brooks',
                notes: 'Our strongest advocate; presents our emissions results to the board.'
            },
            'vp:digital-transformation': {
                role: 'Champion',
                influence: 'Medium',
                stance: 'Advocate',
                strength: 5,
                owner: 'sofia-marin'
            },
            'vp:enterprise-architecture': {
                role: 'Technical Evaluator',
                influence: 'Medium',
                stance: 'Supporter',
                strength: 4,
                owner: 'sofia-marin'
            },
            'vp:strategic-sourcing': {
                role: 'Gatekeeper',
                influence: 'Medium',
                stance: 'Neutral',
                strength: 3
            },
            'logistics:president': {
                role: 'Blocker',
                influence: 'High',
                stance: 'Opponent',
                strength: 1,
                owner: 'ava-brooks',
                notes: 'Holds us responsible for the Q3 outage and has invited Ironbridge to pitch.'
            },
            'automation:president': {
                role: 'Decision Maker',
                influence: 'High',
                stance: 'Advocate',
                strength: 4,
                owner: 'ava-brooks'
            },
            'energy:president': {
                role: 'Decision Maker',
                influence: 'High',
                stance: 'Supporter',
                strength: 3
            }
        },
        placeholders: [
            {
                name: 'Rajesh Iyer',
                title: 'Chief Digital Officer (announced, joins next quarter)',
                reportsTo: 'ceo',
                role: 'Influencer',
                influence: 'High',
                stance: 'Neutral',
                executive: true,
                notes: 'Will own the platform strategy; ask the CIO for an introduction before he starts.'
            },
            {
                name: 'Head of Software Category (vacant)',
                title: 'Procurement – will own the platform tender',
                reportsTo: 'cpo',
                role: 'Gatekeeper',
                influence: 'Medium',
                stance: 'Neutral',
                executive: false
            },
            {
                name: 'Clara Fontaine',
                title: 'Plant Director, Toulouse',
                reportsTo: 'aerospace:vp1',
                unit: 'aerospace',
                role: 'User',
                influence: 'Medium',
                stance: 'Supporter',
                executive: false,
                notes: 'Ran the digital twin pilot line; met at the Paris user group.'
            },
            {
                name: 'Water Technologies CFO (to be identified)',
                title: 'Finance lead, Northwind Water Technologies',
                reportsTo: 'water:president',
                unit: 'water',
                role: 'Economic Buyer',
                influence: 'Medium',
                stance: 'Neutral',
                executive: true
            }
        ],
        relationships: [
            {
                from: 'cso',
                to: 'ceo',
                type: 'Influences',
                strength: 'Strong',
                notes: 'Sets the board’s sustainability agenda; the CEO follows her lead on ESG spend.'
            },
            { from: 'cfo', to: 'ceo', type: 'Influences', strength: 'Strong' },
            { from: 'vp:digital-transformation', to: 'cio', type: 'Allied With', strength: 'Strong' },
            {
                from: 'cpo',
                to: 'cio',
                type: 'Conflicts With',
                strength: 'Moderate',
                notes: 'Procurement wants a multi-vendor tender; the CIO wants one platform.'
            },
            { from: 'logistics:president', to: 'coo', type: 'Influences', strength: 'Moderate' },
            {
                from: 'logistics:president',
                to: 'vp:digital-transformation',
                type: 'Conflicts With',
                strength: 'Strong',
                notes: 'Blames the platform team for the Q3 outage.'
            },
            { from: 'automation:president', to: 'coo', type: 'Allied With', strength: 'Strong' },
            { from: 'cio', to: 'cfo', type: 'Influences', strength: 'Moderate' },
            { from: 'vp:enterprise-architecture', to: 'cio', type: 'Influences', strength: 'Moderate' },
            { from: 'energy:president', to: 'cso', type: 'Allied With', strength: 'Moderate' },
            { from: 'vp:strategic-sourcing', to: 'cpo', type: 'Influences', strength: 'Strong' },
            {
                from: 'cto',
                to: 'cio',
                type: 'Conflicts With',
                strength: 'Weak',
                notes: 'Different views on edge versus cloud architecture.'
            }
        ],
        plays: [
            {
                slug: 'platform-consolidation',
                name: 'Enterprise IoT platform consolidation',
                type: 'Expansion',
                status: 'In Progress',
                owner: 'ava-brooks',
                product: 'IOT-PLT',
                start: -60,
                due: 75,
                value: 1_260_000,
                opportunity: { kind: 'open-expansion', close: 75 },
                nextStep: 'Architecture sign-off with the VP Enterprise Architecture',
                contact: 'cio',
                steps: [
                    'Map the 41 plant platforms and their contract end dates',
                    'Build the consolidation business case with Finance',
                    'Architecture review with Enterprise Architecture',
                    'Executive readout to the CIO and COO',
                    'Submit the consolidated proposal'
                ]
            },
            {
                slug: 'energy-emissions',
                name: 'Emissions reporting cross-sell into Energy Systems',
                type: 'Cross-sell',
                status: 'Planned',
                owner: 'sofia-marin',
                unit: 'energy',
                product: 'ESG-EMR',
                start: -20,
                due: 110,
                value: 170_000,
                opportunity: { kind: 'open-new', close: 110 },
                nextStep: 'Discovery workshop with the Energy Systems EHS team',
                contact: 'energy:vp2',
                steps: [
                    'Discovery workshop on reporting obligations',
                    'Share the group emissions results as a reference',
                    'Scope a pilot for two sites'
                ]
            },
            {
                slug: 'automation-renewal',
                name: 'Defend the Automation predictive maintenance renewal',
                type: 'Renewal',
                status: 'In Progress',
                owner: 'tom-becker',
                unit: 'automation',
                product: 'APM-PDM',
                start: -45,
                due: -5,
                value: 900_000,
                opportunity: { kind: 'open-renewal', close: 24 },
                nextStep: 'Send the revised three-year proposal to Procurement',
                contact: 'automation:vp1',
                steps: [
                    'Value review: downtime avoided in the last twelve months',
                    'Agree the renewal scope with Operations',
                    'Revised three-year proposal to Procurement',
                    'Signature by the Automation president'
                ]
            },
            {
                slug: 'logistics-winback',
                name: 'Win back Northwind Logistics after the Q3 outage',
                type: 'Retention',
                status: 'In Progress',
                owner: 'ava-brooks',
                unit: 'logistics',
                product: 'SCM-TMS',
                start: -70,
                due: -12,
                value: 390_000,
                opportunity: { kind: 'open-renewal', close: 60 },
                nextStep: 'Executive apology and service-credit offer to the Logistics president',
                contact: 'logistics:president',
                steps: [
                    'Root-cause report on the outage',
                    'Service-credit proposal approved internally',
                    'Executive call with the Logistics president',
                    'Joint stabilisation plan signed off'
                ]
            },
            {
                slug: 'cfo-sponsor',
                name: 'Executive sponsor programme with the CFO',
                type: 'Relationship',
                status: 'Planned',
                owner: 'helen-carter',
                start: -10,
                due: 60,
                value: 0,
                nextStep: 'Book a value review with the CFO',
                contact: 'cfo',
                steps: ['Introduce our CRO as executive sponsor', 'Quarterly value review with the CFO']
            },
            {
                slug: 'water-scheduling',
                name: 'Scheduling optimizer upsell at Water Technologies',
                type: 'Upsell',
                status: 'On Hold',
                owner: 'tom-becker',
                unit: 'water',
                product: 'FSM-SCH',
                start: -30,
                due: 45,
                value: 136_000,
                opportunity: { kind: 'open-expansion', close: 150 },
                nextStep: 'Wait for the Water Technologies CFO to be appointed',
                contact: 'water:vp1',
                steps: ['Scheduling assessment for the Singapore crews', 'Business case for the unit CFO']
            },
            {
                slug: 'aerospace-twin',
                name: 'Digital twin pilot in Aerospace Components',
                type: 'Expansion',
                status: 'Won',
                owner: 'sofia-marin',
                unit: 'aerospace',
                product: 'IOT-TWN',
                start: -200,
                due: -100,
                value: 300_000,
                opportunity: { kind: 'won-new', close: -110 },
                contact: 'aerospace:vp1',
                steps: ['Pilot line selected', 'Pilot results reviewed', 'Contract signed']
            },
            {
                slug: 'materials-supplier-risk',
                name: 'Supplier risk monitoring for Northwind Materials',
                type: 'Cross-sell',
                status: 'Lost',
                owner: 'ava-brooks',
                unit: 'materials',
                product: 'SCM-SRM',
                start: -190,
                due: -120,
                value: 120_000,
                opportunity: { kind: 'lost-new', close: -130 },
                contact: 'materials:vp2',
                steps: ['Demo for the quality team', 'Proposal presented', 'Debrief after the loss']
            },
            {
                slug: 'group-dashboard',
                name: 'Group sustainability dashboard',
                type: 'Cross-sell',
                status: 'Planned',
                owner: 'ava-brooks',
                product: 'ESG-DSH',
                start: 14,
                due: 120,
                value: 36_000,
                opportunity: { kind: 'open-new', close: 120 },
                nextStep: 'Show the board KPI mock-up to the Chief Sustainability Officer',
                contact: 'cso',
                steps: ['Board KPI mock-up', 'Data readiness check with ESG reporting']
            }
        ],
        whitespace: { competitorHeld: 4, notAFit: 3, targeted: 5 }
    },
    otherPlans: [
        {
            name: 'Northwind Industrial Group – Previous Plan',
            status: 'Archived',
            periodStart: '2025-04-01',
            periodEnd: '2026-03-31',
            scores: [4, 5, 4, 3, 2],
            cadence: 30,
            lastReviewed: '2026-03-20',
            risk: 'Low'
        }
    ]
};
