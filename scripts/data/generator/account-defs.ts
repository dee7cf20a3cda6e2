/** The shape of a hand-written key account definition: the customer, its units, and its account plan. */
import type { Family } from './catalog';
import type { FunctionId } from './functions';
import type { Locale } from './names';

export interface UnitDef {
    slug: string;
    name: string;
    city: string;
    country: string;
    locale: Locale;
    areaCode: string;
    industry: string;
    revenue: number;
    employees: number;
    description: string;
    /** Functions of the unit's two VPs. */
    functions: readonly [FunctionId, FunctionId];
    /** Chance that the unit has bought a product of each family. */
    affinity: Partial<Record<Family, number>>;
}

export interface GroupVpDef {
    slot: string;
    title: string;
    reportsTo: string;
    fn: FunctionId;
}

/** How many people sit under each leader in a unit: [min, max] per level. */
export interface UnitShape {
    vps: 1 | 2;
    directors: readonly [number, number];
    managers: readonly [number, number];
    individuals: readonly [number, number];
}

export interface ObjectiveDef {
    name: string;
    measure: string;
    target: string;
    due: string;
    status: 'Not Started' | 'On Track' | 'At Risk' | 'Achieved' | 'Missed';
    owner: string;
}

/** Which real opportunity a play is linked to; the pipeline makes sure it exists. */
export type PlayOpportunity =
    | { kind: 'open-new'; close: number }
    | { kind: 'open-expansion'; close: number }
    | { kind: 'open-renewal'; close: number }
    | { kind: 'won-new'; close: number }
    | { kind: 'won-expansion'; close: number }
    | { kind: 'lost-new'; close: number };

export interface PlayDef {
    slug: string;
    name: string;
    type: 'Expansion' | 'Cross-sell' | 'Upsell' | 'Renewal' | 'Retention' | 'Relationship';
    status: 'Planned' | 'In Progress' | 'On Hold' | 'Won' | 'Lost' | 'Cancelled';
    owner: string;
    /** Unit slug; absent for a group-level play. */
    unit?: string;
    product?: string;
    start: number;
    due: number;
    value: number;
    opportunity?: PlayOpportunity;
    nextStep?: string;
    /** Contact slot the steps are done with. */
    contact: string;
    steps: readonly string[];
}

export interface StakeholderOverride {
    role: string;
    influence: 'High' | 'Medium' | 'Low';
    stance: 'Advocate' | 'Supporter' | 'Neutral' | 'Skeptic' | 'Opponent';
    strength: number;
    owner?: string;
    notes?: string;
}

export interface PlaceholderDef {
    name: string;
    title: string;
    reportsTo: string;
    unit?: string;
    role: string;
    influence: 'High' | 'Medium' | 'Low';
    stance: 'Advocate' | 'Supporter' | 'Neutral' | 'Skeptic' | 'Opponent';
    executive: boolean;
    notes?: string;
}

export interface RelationshipDef {
    from: string;
    to: string;
    type: 'Influences' | 'Conflicts With' | 'Allied With';
    strength: 'Weak' | 'Moderate' | 'Strong';
    notes?: string;
}

export type Scores = readonly [
    revenue: number,
    growth: number,
    fit: number,
    competitive: number,
    relationship: number | undefined
];

export interface PlanDef {
    name: string;
    periodStart: string;
    periodEnd: string;
    scores: Scores;
    competitor: string;
    position: 'Sole supplier' | 'Preferred' | 'Shared' | 'Challenger' | 'Displaced';
    competitiveNotes: string;
    renewal: string;
    risk: 'Low' | 'Medium' | 'High';
    riskReason?: string;
    cadence: number;
    /** Days before the anchor date of the last review. */
    lastReviewedDaysAgo: number;
    objectives: readonly ObjectiveDef[];
    /** Stakeholders mapped from Contacts (placeholders come on top). */
    stakeholders: number;
    overrides: Readonly<Record<string, StakeholderOverride>>;
    placeholders: readonly PlaceholderDef[];
    relationships: readonly RelationshipDef[];
    plays: readonly PlayDef[];
    whitespace: { competitorHeld: number; notAFit: number; targeted: number };
}

/** A plan outside the current period: archived history or next period's draft. No detail records. */
export interface OtherPlanDef {
    name: string;
    status: 'Archived' | 'Draft';
    periodStart: string;
    periodEnd: string;
    scores: Scores;
    cadence: number;
    lastReviewed?: string;
    risk: 'Low' | 'Medium' | 'High';
    riskReason?: string;
}

export interface AccountDef {
    slug: string;
    name: string;
    city: string;
    country: string;
    locale: Locale;
    areaCode: string;
    industry: string;
    revenue: number;
    employees: number;
    website: string;
    /** E-mail domain of its people (always under example.com). */
    domain: string;
    description: string;
    kam: string;
    sponsor: string;
    engineer: string;
    success: string;
    /** Which C-suite slots exist (CEO always). */
    executives: readonly string[];
    groupVps: readonly GroupVpDef[];
    /** Products bought centrally by the group account. */
    groupProducts: readonly string[];
    units: readonly UnitDef[];
    unitShape: UnitShape;
    plan: PlanDef;
    otherPlans: readonly OtherPlanDef[];
}
