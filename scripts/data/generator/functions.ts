/** Job functions in the customers' organisations: department name and titles at each level. */

export type FunctionId =
    | 'operations'
    | 'maintenance'
    | 'engineering'
    | 'it'
    | 'supplyChain'
    | 'logistics'
    | 'fieldService'
    | 'quality'
    | 'finance'
    | 'procurement'
    | 'sustainability';

interface FunctionDef {
    department: string;
    vp: string;
    directors: readonly string[];
    managers: readonly string[];
    individuals: readonly string[];
}

export const FUNCTIONS: Readonly<Record<FunctionId, FunctionDef>> = {
    operations: {
        department: 'Operations',
        vp: 'VP Operations',
        directors: [
            'Director of Manufacturing Operations',
            'Plant Director',
            'Director of Production Planning'
        ],
        managers: ['Production Manager', 'Operations Manager', 'Plant Manager'],
        individuals: [
            'Process Engineer',
            'Operations Analyst',
            'Production Supervisor',
            'Continuous Improvement Lead'
        ]
    },
    maintenance: {
        department: 'Maintenance & Reliability',
        vp: 'VP Maintenance & Reliability',
        directors: ['Director of Reliability Engineering', 'Director of Plant Maintenance'],
        managers: ['Maintenance Manager', 'Reliability Manager', 'Asset Integrity Manager'],
        individuals: ['Reliability Engineer', 'Maintenance Planner', 'Condition Monitoring Specialist']
    },
    engineering: {
        department: 'Engineering',
        vp: 'VP Engineering',
        directors: ['Director of Product Engineering', 'Director of Automation Engineering'],
        managers: ['Engineering Manager', 'Controls Engineering Manager'],
        individuals: ['Controls Engineer', 'Systems Engineer', 'Design Engineer']
    },
    it: {
        department: 'Information Technology',
        vp: 'VP Information Technology',
        directors: [
            'Director of Enterprise Applications',
            'Director of OT Security',
            'Director of Data & Analytics'
        ],
        managers: ['IT Manager', 'Data Platform Manager', 'OT Network Manager'],
        individuals: ['Solution Architect', 'Data Engineer', 'Security Analyst', 'Business Analyst']
    },
    supplyChain: {
        department: 'Supply Chain',
        vp: 'VP Supply Chain',
        directors: ['Director of Supply Planning', 'Director of Inventory Management'],
        managers: ['Demand Planning Manager', 'Materials Manager'],
        individuals: ['Supply Planner', 'Inventory Analyst', 'Buyer']
    },
    logistics: {
        department: 'Logistics',
        vp: 'VP Logistics',
        directors: ['Director of Transportation', 'Director of Warehousing'],
        managers: ['Fleet Manager', 'Warehouse Manager', 'Transport Planning Manager'],
        individuals: ['Transport Planner', 'Logistics Analyst', 'Fleet Coordinator']
    },
    fieldService: {
        department: 'Field Service',
        vp: 'VP Field Service',
        directors: ['Director of Service Operations', 'Director of Customer Support'],
        managers: ['Field Service Manager', 'Service Planning Manager'],
        individuals: ['Field Service Engineer', 'Service Dispatcher', 'Technical Support Specialist']
    },
    quality: {
        department: 'Quality & EHS',
        vp: 'VP Quality & EHS',
        directors: ['Director of Quality Assurance', 'Director of Environment, Health & Safety'],
        managers: ['Quality Manager', 'EHS Manager'],
        individuals: ['Quality Engineer', 'EHS Specialist', 'Compliance Analyst']
    },
    finance: {
        department: 'Finance',
        vp: 'VP Finance',
        directors: ['Director of FP&A', 'Financial Controller'],
        managers: ['Finance Manager', 'Cost Accounting Manager'],
        individuals: ['Financial Analyst', 'Cost Analyst']
    },
    procurement: {
        department: 'Procurement',
        vp: 'VP Procurement',
        directors: ['Director of Indirect Procurement', 'Director of Supplier Management'],
        managers: ['Category Manager', 'Sourcing Manager'],
        individuals: ['Sourcing Specialist', 'Procurement Analyst']
    },
    sustainability: {
        department: 'Sustainability',
        vp: 'VP Sustainability',
        directors: ['Director of Decarbonization', 'Director of ESG Reporting'],
        managers: ['Energy Manager', 'Sustainability Manager'],
        individuals: ['Sustainability Analyst', 'Energy Engineer']
    }
};

/** The group's C-suite: slot, title, department, and the function of the people who report to them. */
export interface ExecutiveDef {
    slot: string;
    title: string;
    department: string;
    fn?: FunctionId;
}

export const EXECUTIVES: readonly ExecutiveDef[] = [
    { slot: 'cfo', title: 'Chief Financial Officer', department: 'Finance', fn: 'finance' },
    { slot: 'coo', title: 'Chief Operating Officer', department: 'Operations', fn: 'operations' },
    { slot: 'cio', title: 'Chief Information Officer', department: 'Information Technology', fn: 'it' },
    { slot: 'cto', title: 'Chief Technology Officer', department: 'Engineering', fn: 'engineering' },
    { slot: 'cpo', title: 'Chief Procurement Officer', department: 'Procurement', fn: 'procurement' },
    {
        slot: 'cso',
        title: 'Chief Sustainability Officer',
        department: 'Sustainability',
        fn: 'sustainability'
    },
    { slot: 'chro', title: 'Chief Human Resources Officer', department: 'Human Resources' },
    { slot: 'gc', title: 'General Counsel', department: 'Legal' }
];
