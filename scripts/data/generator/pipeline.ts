/**
 * Two years of opportunities for one key account. Each cell (business unit × product) gets a plausible history:
 * bought (new business won, yearly renewals, expansions), pursued (open new business), lost, or nothing at all
 * (whitespace). Cells that plays point at get the history the play needs.
 */
import type { AccountDef, PlayOpportunity, UnitDef } from './account-defs';
import {
    COMPETITORS,
    PRODUCTS,
    pricebookEntryKey,
    productByCode,
    productKey,
    userKey,
    type ProductDef
} from './catalog';
import { day } from './dates';
import { accountKey, unitAccountKey } from './people';
import type { Random } from './random';
import {
    STANDARD_PRICEBOOK_KEY,
    type SampleOpportunity,
    type SampleOpportunityLineItem
} from '../sample-data-model';

export type OpportunityKind = 'New Business' | 'Expansion' | 'Renewal';
export type Outcome = 'won' | 'lost' | 'open';

export interface OpportunityInfo {
    record: SampleOpportunity;
    unit?: string;
    product: string;
    kind: OpportunityKind;
    outcome: Outcome;
    close: number;
}

export interface Pipeline {
    opportunities: OpportunityInfo[];
    lines: SampleOpportunityLineItem[];
    /** Opportunity key linked to each play (by play slug). */
    byPlay: Map<string, string>;
}

/** Standard opportunity stages of a new org, with their default probabilities. */
export const STAGE_PROBABILITY: Readonly<Record<string, number>> = {
    Prospecting: 10,
    Qualification: 10,
    'Needs Analysis': 20,
    'Value Proposition': 50,
    'Id. Decision Makers': 60,
    'Perception Analysis': 70,
    'Proposal/Price Quote': 75,
    'Negotiation/Review': 90,
    'Closed Won': 100,
    'Closed Lost': 0
};

const NEXT_STEPS: Readonly<Record<string, readonly string[]>> = {
    early: ['Discovery call with the plant team', 'Qualify budget and timing', 'Share a customer case study'],
    middle: ['Solution workshop on site', 'Confirm the decision makers and process', 'Business case review'],
    late: [
        'Send the final proposal',
        'Legal review of the order form',
        'Agree the start date with Procurement'
    ]
};

const LOSS_REASONS = [
    'price',
    'an existing enterprise agreement',
    'functional fit',
    'timing: the budget moved to next year'
];

interface Spec {
    kind: OpportunityKind;
    outcome: Outcome;
    close: number;
    quantity: number;
    forPlay?: string;
}

interface Cell {
    unit?: UnitDef;
    product: ProductDef;
}

type Mode = 'adopted' | 'pursued' | 'lost' | 'none';

function stageFor(outcome: Outcome, close: number, kind: OpportunityKind, r: Random): string {
    if (outcome === 'won') {
        return 'Closed Won';
    }
    if (outcome === 'lost') {
        return 'Closed Lost';
    }
    if (close <= 45) {
        return r.pick(['Negotiation/Review', 'Proposal/Price Quote']);
    }
    if (close <= 120) {
        return r.pick([
            'Proposal/Price Quote',
            'Perception Analysis',
            'Id. Decision Makers',
            'Value Proposition'
        ]);
    }
    return kind === 'Renewal'
        ? r.pick(['Needs Analysis', 'Value Proposition'])
        : r.pick(['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition']);
}

/** Closed deals close at least a week before the anchor date, open ones at least a week after it. */
function settle(close: number, outcome: Outcome): number {
    if (outcome === 'open') {
        return Math.max(close, 7);
    }
    return Math.min(close, -7);
}

class CellHistory {
    readonly specs: Spec[] = [];

    constructor(
        private readonly r: Random,
        private readonly product: ProductDef
    ) {}

    private quantity(): number {
        return this.r.int(1, this.product.maxQuantity);
    }

    /** Bought at `start`: new business won, then yearly renewals and some expansions. */
    adopted(start: number, forced?: PlayOpportunity, play?: string): void {
        let installed = this.quantity();
        this.specs.push({
            kind: 'New Business',
            outcome: 'won',
            close: start,
            quantity: installed,
            forPlay: forced?.kind === 'won-new' ? play : undefined
        });
        if (forced?.kind === 'won-expansion') {
            const extra = Math.max(1, Math.ceil(installed / 2));
            this.specs.push({
                kind: 'Expansion',
                outcome: 'won',
                close: forced.close,
                quantity: extra,
                forPlay: play
            });
            installed += extra;
        } else if (this.r.chance(0.55) && start + 60 <= -10) {
            const extra = Math.max(1, Math.ceil(this.r.int(1, this.product.maxQuantity) / 2));
            const outcome: Outcome = this.r.chance(0.85) ? 'won' : 'lost';
            this.specs.push({
                kind: 'Expansion',
                outcome,
                close: this.r.int(start + 60, -10),
                quantity: extra
            });
            installed += outcome === 'won' ? extra : 0;
        }
        for (let close = start + 365; close <= 270; close += 365) {
            if (forced?.kind === 'open-renewal' && close === forced.close) {
                this.specs.push({
                    kind: 'Renewal',
                    outcome: 'open',
                    close,
                    quantity: installed,
                    forPlay: play
                });
                break;
            }
            if (close > -7) {
                this.specs.push({
                    kind: 'Renewal',
                    outcome: 'open',
                    close: Math.max(close, 10),
                    quantity: installed
                });
                break;
            }
            const churned = !forced && this.r.chance(0.1);
            this.specs.push({
                kind: 'Renewal',
                outcome: churned ? 'lost' : 'won',
                close,
                quantity: installed
            });
            if (churned) {
                return;
            }
        }
        if (forced?.kind === 'open-expansion') {
            this.specs.push({
                kind: 'Expansion',
                outcome: 'open',
                close: forced.close,
                quantity: Math.max(1, Math.ceil(installed / 2)),
                forPlay: play
            });
        } else if (this.r.chance(0.3)) {
            this.specs.push({
                kind: 'Expansion',
                outcome: 'open',
                close: this.r.int(14, 240),
                quantity: Math.max(1, Math.ceil(installed / 2))
            });
        }
    }

    pursued(close: number, play?: string): void {
        this.specs.push({
            kind: 'New Business',
            outcome: 'open',
            close,
            quantity: this.quantity(),
            forPlay: play
        });
    }

    lost(close: number, play?: string): void {
        this.specs.push({
            kind: 'New Business',
            outcome: 'lost',
            close,
            quantity: this.quantity(),
            forPlay: play
        });
    }

    /** The history a play needs in its cell. */
    forced(forced: PlayOpportunity, play: string): void {
        switch (forced.kind) {
            case 'open-new':
                this.pursued(forced.close, play);
                return;
            case 'lost-new':
                this.lost(forced.close, play);
                return;
            case 'won-new':
                this.adopted(forced.close, forced, play);
                return;
            case 'won-expansion':
                this.adopted(this.r.int(-600, forced.close - 90), forced, play);
                return;
            case 'open-expansion':
                this.adopted(this.r.int(-600, -120), forced, play);
                return;
            case 'open-renewal':
                this.adopted(forced.close - 365 * (forced.close - 730 >= -700 ? 2 : 1), forced, play);
                return;
        }
    }
}

function cellMode(r: Random, probability: number): Mode {
    const roll = r.next();
    if (roll < probability) {
        return 'adopted';
    }
    if (roll < probability + 0.15) {
        return 'pursued';
    }
    if (roll < probability + 0.24) {
        return 'lost';
    }
    return 'none';
}

const cellId = (unit: string | undefined, product: string): string => `${unit ?? '(group)'}|${product}`;

/** All opportunities of one key account with their line items. */
export function generatePipeline(account: AccountDef, r: Random): Pipeline {
    const forcedCells = new Map<string, { play: string; forced: PlayOpportunity; cell: Cell }>();
    for (const play of account.plan.plays) {
        if (play.opportunity && play.product) {
            const unit = account.units.find((u) => u.slug === play.unit);
            forcedCells.set(cellId(play.unit, play.product), {
                play: play.slug,
                forced: play.opportunity,
                cell: { unit, product: productByCode(play.product) }
            });
        }
    }
    const cells: Cell[] = [
        ...account.groupProducts.map((code) => ({ product: productByCode(code) })),
        ...account.units.flatMap((unit) => PRODUCTS.map((product) => ({ unit, product })))
    ];
    for (const { cell } of forcedCells.values()) {
        if (!cells.some((c) => c.unit?.slug === cell.unit?.slug && c.product.code === cell.product.code)) {
            cells.push(cell);
        }
    }
    const pipeline: Pipeline = { opportunities: [], lines: [], byPlay: new Map() };
    const names = new Set<string>();
    for (const cell of cells) {
        const history = new CellHistory(r, cell.product);
        const forced = forcedCells.get(cellId(cell.unit?.slug, cell.product.code));
        if (forced) {
            history.forced(forced.forced, forced.play);
        } else {
            const probability = cell.unit ? (cell.unit.affinity[cell.product.family] ?? 0.04) : 0.6;
            const mode = cellMode(r, probability);
            if (mode === 'adopted') {
                history.adopted(r.int(-700, -20));
            } else if (mode === 'pursued') {
                history.pursued(r.int(14, 270));
            } else if (mode === 'lost') {
                history.lost(r.int(-700, -14));
            }
        }
        for (const spec of history.specs) {
            addOpportunity(account, cell, spec, r, pipeline, names);
        }
    }
    return pipeline;
}

function uniqueName(base: string, names: Set<string>): string {
    let name = base;
    for (let n = 2; names.has(name); n++) {
        name = `${base} (${n})`;
    }
    names.add(name);
    return name;
}

function discounted(listPrice: number, r: Random): number {
    const discount = r.weighted([
        [0, 3],
        [0.05, 3],
        [0.1, 3],
        [0.15, 2],
        [0.2, 1]
    ] as const);
    return Math.round((listPrice * (1 - discount)) / 100) * 100;
}

function addOpportunity(
    account: AccountDef,
    cell: Cell,
    spec: Spec,
    r: Random,
    pipeline: Pipeline,
    names: Set<string>
): void {
    const close = settle(spec.close, spec.outcome);
    const stage = stageFor(spec.outcome, close, spec.kind, r);
    const accountName = cell.unit ? cell.unit.name : account.name;
    const suffix = spec.kind === 'New Business' ? '' : ` ${spec.kind.toLowerCase()}`;
    const sequence = String(pipeline.opportunities.length + 1).padStart(4, '0');
    const key = `Opportunity:${account.slug}-${sequence}`;
    const lines: SampleOpportunityLineItem[] = [
        {
            key: `OpportunityLineItem:${account.slug}-${sequence}-1`,
            OpportunityId: key,
            PricebookEntryId: pricebookEntryKey(cell.product.code),
            Product2Id: productKey(cell.product.code),
            Quantity: spec.quantity,
            UnitPrice: discounted(cell.product.listPrice, r)
        }
    ];
    const service = spec.kind === 'New Business' ? 'SVC-IMP' : 'SVC-TRN';
    if (
        cell.product.family !== 'Services' &&
        spec.kind !== 'Renewal' &&
        r.chance(spec.kind === 'New Business' ? 0.35 : 0.2)
    ) {
        const product = productByCode(service);
        lines.push({
            key: `OpportunityLineItem:${account.slug}-${sequence}-2`,
            OpportunityId: key,
            PricebookEntryId: pricebookEntryKey(service),
            Product2Id: productKey(service),
            Quantity: r.int(1, 2),
            UnitPrice: discounted(product.listPrice, r)
        });
    }
    const owner = spec.kind === 'Renewal' && r.chance(0.3) ? account.success : account.kam;
    const record: SampleOpportunity = {
        key,
        Name: uniqueName(`${accountName} – ${cell.product.name}${suffix}`, names),
        AccountId: cell.unit ? unitAccountKey(account, cell.unit) : accountKey(account.slug),
        Type: spec.kind,
        StageName: stage,
        CloseDate: day(close),
        Amount: lines.reduce((sum, line) => sum + line.Quantity * line.UnitPrice, 0),
        Probability: STAGE_PROBABILITY[stage],
        IsClosed: spec.outcome !== 'open',
        IsWon: spec.outcome === 'won',
        NextStep:
            spec.outcome === 'open'
                ? r.pick(NEXT_STEPS[close <= 45 ? 'late' : close <= 120 ? 'middle' : 'early'])
                : undefined,
        Description:
            spec.outcome === 'lost'
                ? spec.kind === 'Renewal'
                    ? `Not renewed: moved to ${r.pick(COMPETITORS)}.`
                    : `Lost to ${r.pick(COMPETITORS)} on ${r.pick(LOSS_REASONS)}.`
                : undefined,
        Pricebook2Id: STANDARD_PRICEBOOK_KEY,
        OwnerId: userKey(owner)
    };
    pipeline.opportunities.push({
        record,
        unit: cell.unit?.slug,
        product: cell.product.code,
        kind: spec.kind,
        outcome: spec.outcome,
        close
    });
    pipeline.lines.push(...lines);
    if (spec.forPlay) {
        pipeline.byPlay.set(spec.forPlay, key);
    }
}
