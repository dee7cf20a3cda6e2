/** What the selling company sells, who is on its team, and whom it competes with. */

export const FAMILIES = [
    'Asset Performance',
    'Industrial IoT',
    'Energy & Sustainability',
    'Supply Chain',
    'Field Service',
    'Services'
] as const;

export type Family = (typeof FAMILIES)[number];

export interface ProductDef {
    code: string;
    name: string;
    family: Family;
    /** Annual list price per unit (site, fleet, programme). */
    listPrice: number;
    /** Largest number of units a single deal takes. */
    maxQuantity: number;
    description: string;
}

export const PRODUCTS: readonly ProductDef[] = [
    {
        code: 'APM-PDM',
        name: 'Predictive Maintenance Suite',
        family: 'Asset Performance',
        listPrice: 180_000,
        maxQuantity: 6,
        description:
            'Failure prediction for rotating equipment from vibration, temperature and load data; priced per site.'
    },
    {
        code: 'APM-AHM',
        name: 'Asset Health Monitoring',
        family: 'Asset Performance',
        listPrice: 96_000,
        maxQuantity: 8,
        description: 'Live health scores and alerting for critical assets; priced per site.'
    },
    {
        code: 'APM-REL',
        name: 'Reliability Analytics',
        family: 'Asset Performance',
        listPrice: 72_000,
        maxQuantity: 5,
        description: 'Root-cause and bad-actor analysis across maintenance history; priced per site.'
    },
    {
        code: 'APM-RDX',
        name: 'Remote Diagnostics',
        family: 'Asset Performance',
        listPrice: 54_000,
        maxQuantity: 6,
        description: 'Remote expert diagnosis of equipment faults with guided repair; priced per site.'
    },
    {
        code: 'APM-SPO',
        name: 'Spare Parts Optimization',
        family: 'Asset Performance',
        listPrice: 64_000,
        maxQuantity: 4,
        description: 'Right-sizes spare parts stock against failure risk; priced per warehouse.'
    },
    {
        code: 'IOT-PLT',
        name: 'IoT Platform Enterprise',
        family: 'Industrial IoT',
        listPrice: 420_000,
        maxQuantity: 1,
        description:
            'Enterprise licence for the industrial IoT platform: device management, data pipeline and APIs.'
    },
    {
        code: 'IOT-EDG',
        name: 'Edge Gateway Fleet',
        family: 'Industrial IoT',
        listPrice: 38_000,
        maxQuantity: 10,
        description: 'Managed edge gateways for plant-floor connectivity; priced per 50 gateways.'
    },
    {
        code: 'IOT-SNS',
        name: 'Wireless Sensor Network',
        family: 'Industrial IoT',
        listPrice: 26_000,
        maxQuantity: 12,
        description:
            'Battery-powered vibration and temperature sensors with a mesh network; priced per 100 sensors.'
    },
    {
        code: 'IOT-TWN',
        name: 'Digital Twin Studio',
        family: 'Industrial IoT',
        listPrice: 150_000,
        maxQuantity: 3,
        description: 'Builds and runs process digital twins from live plant data; priced per line.'
    },
    {
        code: 'IOT-CON',
        name: 'Connectivity Manager',
        family: 'Industrial IoT',
        listPrice: 45_000,
        maxQuantity: 6,
        description: 'Secure OT/IT connectivity and remote access management; priced per site.'
    },
    {
        code: 'ESG-EMS',
        name: 'Energy Management System',
        family: 'Energy & Sustainability',
        listPrice: 120_000,
        maxQuantity: 5,
        description: 'Metering, baselining and optimisation of energy use; priced per site.'
    },
    {
        code: 'ESG-EMR',
        name: 'Emissions Reporting',
        family: 'Energy & Sustainability',
        listPrice: 85_000,
        maxQuantity: 2,
        description:
            'Scope 1, 2 and 3 emissions inventory and regulatory reporting; priced per reporting entity.'
    },
    {
        code: 'ESG-CAR',
        name: 'Carbon Accounting',
        family: 'Energy & Sustainability',
        listPrice: 70_000,
        maxQuantity: 2,
        description: 'Audit-ready carbon ledger linked to finance; priced per reporting entity.'
    },
    {
        code: 'ESG-WTR',
        name: 'Water Stewardship',
        family: 'Energy & Sustainability',
        listPrice: 48_000,
        maxQuantity: 4,
        description: 'Water intake, discharge and risk monitoring; priced per site.'
    },
    {
        code: 'ESG-DSH',
        name: 'Sustainability Dashboard',
        family: 'Energy & Sustainability',
        listPrice: 36_000,
        maxQuantity: 1,
        description: 'Board-level sustainability KPIs and target tracking.'
    },
    {
        code: 'SCM-DMD',
        name: 'Demand Sensing',
        family: 'Supply Chain',
        listPrice: 110_000,
        maxQuantity: 3,
        description:
            'Short-term demand forecasting from orders, shipments and market signals; priced per region.'
    },
    {
        code: 'SCM-INV',
        name: 'Inventory Optimization',
        family: 'Supply Chain',
        listPrice: 95_000,
        maxQuantity: 3,
        description: 'Multi-echelon inventory targets; priced per region.'
    },
    {
        code: 'SCM-SRM',
        name: 'Supplier Risk Monitor',
        family: 'Supply Chain',
        listPrice: 60_000,
        maxQuantity: 2,
        description: 'Continuous monitoring of supplier financial, delivery and geopolitical risk.'
    },
    {
        code: 'SCM-TMS',
        name: 'Transportation Planner',
        family: 'Supply Chain',
        listPrice: 130_000,
        maxQuantity: 3,
        description: 'Load building, routing and carrier selection; priced per region.'
    },
    {
        code: 'SCM-WMS',
        name: 'Warehouse Execution',
        family: 'Supply Chain',
        listPrice: 140_000,
        maxQuantity: 4,
        description: 'Warehouse task management and automation orchestration; priced per site.'
    },
    {
        code: 'FSM-CORE',
        name: 'Field Service Management',
        family: 'Field Service',
        listPrice: 160_000,
        maxQuantity: 3,
        description: 'Work orders, service contracts and technician management; priced per 100 technicians.'
    },
    {
        code: 'FSM-MOB',
        name: 'Mobile Work Orders',
        family: 'Field Service',
        listPrice: 42_000,
        maxQuantity: 6,
        description: 'Offline-capable mobile app for technicians; priced per 100 technicians.'
    },
    {
        code: 'FSM-SCH',
        name: 'Scheduling Optimizer',
        family: 'Field Service',
        listPrice: 68_000,
        maxQuantity: 3,
        description: 'Skills- and location-aware scheduling of field work; priced per region.'
    },
    {
        code: 'FSM-ARA',
        name: 'AR Remote Assist',
        family: 'Field Service',
        listPrice: 52_000,
        maxQuantity: 4,
        description: 'Augmented-reality remote assistance for technicians; priced per 50 seats.'
    },
    {
        code: 'SVC-IMP',
        name: 'Implementation Services',
        family: 'Services',
        listPrice: 90_000,
        maxQuantity: 4,
        description: 'Fixed-scope implementation package delivered by our consultants.'
    },
    {
        code: 'SVC-PSP',
        name: 'Premier Success Plan',
        family: 'Services',
        listPrice: 75_000,
        maxQuantity: 1,
        description: 'Named success manager, 24/7 priority support and quarterly value reviews.'
    },
    {
        code: 'SVC-TRN',
        name: 'Training Academy',
        family: 'Services',
        listPrice: 18_000,
        maxQuantity: 6,
        description: 'Role-based training and certification; priced per cohort.'
    },
    {
        code: 'SVC-MOP',
        name: 'Managed Operations',
        family: 'Services',
        listPrice: 220_000,
        maxQuantity: 2,
        description: 'We run and monitor the platform for the customer; priced per region.'
    }
];

export interface UserDef {
    slug: string;
    firstName: string;
    lastName: string;
    title: string;
    manager?: string;
}

/** The selling company's account team. */
export const TEAM: readonly UserDef[] = [
    { slug: 'helen-carter', firstName: 'Helen', lastName: 'Carter', title: 'Chief Revenue Officer' },
    {
        slug: 'daniel-okafor',
        firstName: 'Daniel',
        lastName: 'Okafor',
        title: 'VP Strategic Accounts',
        manager: 'helen-carter'
    },
    {
        slug: 'ava-brooks',
        firstName: 'Ava',
        lastName: 'Brooks',
        title: 'Strategic Account Director',
        manager: 'daniel-okafor'
    },
    {
        slug: 'marcus-lee',
        firstName: 'Marcus',
        lastName: 'Lee',
        title: 'Key Account Manager',
        manager: 'daniel-okafor'
    },
    {
        slug: 'priya-natarajan',
        firstName: 'Priya',
        lastName: 'Natarajan',
        title: 'Key Account Manager',
        manager: 'daniel-okafor'
    },
    {
        slug: 'jonas-weber',
        firstName: 'Jonas',
        lastName: 'Weber',
        title: 'Key Account Manager',
        manager: 'daniel-okafor'
    },
    {
        slug: 'sofia-marin',
        firstName: 'Sofia',
        lastName: 'Marin',
        title: 'Principal Solutions Engineer',
        manager: 'daniel-okafor'
    },
    {
        slug: 'tom-becker',
        firstName: 'Tom',
        lastName: 'Becker',
        title: 'Customer Success Director',
        manager: 'helen-carter'
    }
];

export const userKey = (slug: string): string => `User:${slug}`;

/** Competitors (invented) the team meets in its accounts. */
export const COMPETITORS = [
    'Ironbridge Systems',
    'Veridian Analytics',
    'Corvid Industrial Cloud',
    'Stratus Asset Software',
    'Tallis Field Solutions'
] as const;

export const productKey = (code: string): string => `Product2:${code}`;
export const productCodeOfKey = (key: string): string => key.slice('Product2:'.length);
export const pricebookEntryKey = (code: string): string => `PricebookEntry:${code}`;

export function productByCode(code: string): ProductDef {
    const product = PRODUCTS.find((p) => p.code === code);
    if (!product) {
        throw new Error(`unknown product ${code}`);
    }
    return product;
}
