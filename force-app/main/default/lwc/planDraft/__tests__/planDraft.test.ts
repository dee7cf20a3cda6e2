import {
    addObjective,
    changedPlanFields,
    coerceValue,
    draftFromWorkspace,
    fieldKey,
    isDirty,
    moveObjective,
    positionOf,
    rebaseDraft,
    removeObjective,
    sameValue,
    saveRequest,
    setObjectiveField,
    setPlanField,
    withServerErrors,
    type FieldKind,
    type PlanDraft
} from 'c/planDraft';
import workspaceJson from './data/workspace.json';

const WORKSPACE: Apex.PlanWorkspace = workspaceJson;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function loaded(workspace: Apex.PlanWorkspace = WORKSPACE): PlanDraft {
    const draft = draftFromWorkspace(copy(workspace));
    if (!draft) {
        throw new Error('the test workspace has a plan');
    }
    return draft;
}

const [FIRST, SECOND, THIRD] = WORKSPACE.objectives.map((objective) => objective.key);

describe('c/planDraft', () => {
    describe('coerceValue', () => {
        it.each<[FieldKind, unknown, unknown]>([
            ['requiredText', 'Acme', 'Acme'],
            ['requiredText', '', ''],
            ['requiredText', undefined, ''],
            ['requiredDate', '2027-01-31', '2027-01-31'],
            ['requiredDate', null, ''],
            ['text', '', null],
            ['text', '  padded  ', '  padded  '],
            ['date', '', null],
            ['date', '2027-01-31', '2027-01-31'],
            ['picklist', 'High', 'High'],
            ['picklist', null, null],
            ['number', '3', 3],
            ['number', 4, 4],
            ['number', '', null],
            ['number', '  ', null],
            ['number', '2.5', 2.5],
            ['number', {}, null]
        ])('%s %j becomes %j', (kind, raw, expected) => {
            expect(coerceValue(kind, raw)).toEqual(expected);
        });

        it('keeps text that is not a number as NaN, for validation to report', () => {
            expect(coerceValue('number', 'abc')).toBeNaN();
        });
    });

    describe('sameValue', () => {
        it.each<[unknown, unknown, boolean]>([
            [null, '', true],
            [undefined, null, true],
            ['', undefined, true],
            ['a', 'a', true],
            ['a', 'b', false],
            [3, 3, true],
            [3, '3', false],
            [null, 0, false],
            ['x', null, false],
            [Number.NaN, Number.NaN, true]
        ])('%j and %j: %s', (a, b, expected) => {
            expect(sameValue(a, b)).toBe(expected);
        });
    });

    describe('draftFromWorkspace', () => {
        it('copies the plan and objectives and is not dirty', () => {
            const draft = loaded();
            expect(draft.planId).toBe('a01000000000001AAA');
            expect(draft.version).toBe(7);
            expect(draft.plan.name).toBe('Northwind FY27');
            expect(draft.objectives.map((o) => o.key)).toEqual([FIRST, SECOND, THIRD]);
            expect(isDirty(draft)).toBe(false);
            expect(changedPlanFields(draft)).toEqual([]);
        });

        it('is null without a plan', () => {
            expect(draftFromWorkspace({ ...copy(WORKSPACE), plan: null })).toBeNull();
        });

        it('reads properties Apex leaves out (null values) as null', () => {
            const workspace = copy(WORKSPACE) as unknown as Record<string, Record<string, unknown>>;
            const plan = workspace.plan;
            delete plan.renewalDate;
            delete plan.scoreStrategicFit;
            delete plan.version;
            delete plan.name;
            delete workspace.objectives;
            const draft = draftFromWorkspace(workspace as unknown as Apex.PlanWorkspace);
            expect(draft?.plan.renewalDate).toBeNull();
            expect(draft?.plan.scoreStrategicFit).toBeNull();
            expect(draft?.plan.name).toBe('');
            expect(draft?.version).toBe(0);
            expect(draft?.objectives).toEqual([]);
        });

        it('uses the id as key and fills absent objective properties', () => {
            const objective = {
                id: 'a02X',
                name: 'Grow',
                status: 'On Track'
            } as unknown as Apex.ObjectiveDto;
            const draft = draftFromWorkspace({ ...copy(WORKSPACE), objectives: [objective] });
            expect(draft?.objectives[0]).toEqual({
                id: 'a02X',
                key: 'a02X',
                name: 'Grow',
                ownerId: null,
                ownerName: null,
                measure: null,
                target: null,
                dueDate: null,
                status: 'On Track',
                sortOrder: 0,
                isOverdue: false
            });
        });
    });

    describe('editing', () => {
        it('sets a plan field, becomes dirty and leaves the original untouched', () => {
            const draft = loaded();
            const edited = setPlanField(draft, 'renewalRisk', 'High');
            expect(edited.plan.renewalRisk).toBe('High');
            expect(draft.plan.renewalRisk).toBe('Medium');
            expect(changedPlanFields(edited)).toEqual(['renewalRisk']);
            expect(isDirty(edited)).toBe(true);
            expect(isDirty(setPlanField(edited, 'renewalRisk', 'Medium'))).toBe(false);
        });

        it('drops the server message of a field the user edits', () => {
            const draft = withServerErrors(loaded(), [
                { recordKey: 'plan', field: 'periodEnd', message: 'End before start.' },
                { recordKey: FIRST, field: 'dueDate', message: 'Too early.' }
            ]);
            const plan = setPlanField(draft, 'periodEnd', '2027-06-30');
            expect(plan.serverErrors).toEqual({ [fieldKey(FIRST, 'dueDate')]: 'Too early.' });
            const objective = setObjectiveField(plan, FIRST, 'dueDate', '2027-01-01');
            expect(objective.serverErrors).toEqual({});
        });

        it('sets an objective field; an unknown key changes nothing', () => {
            const draft = loaded();
            const edited = setObjectiveField(draft, SECOND, 'status', 'Achieved');
            expect(edited.objectives[1].status).toBe('Achieved');
            expect(isDirty(edited)).toBe(true);
            expect(setObjectiveField(draft, 'nope', 'status', 'Achieved')).toBe(draft);
        });

        it('adds objectives with new keys and default owner and status', () => {
            const first = addObjective(loaded(), { ownerId: '005A', ownerName: 'Ava' });
            const second = addObjective(first.draft, { ownerId: null, ownerName: null });
            expect([first.key, second.key]).toEqual(['new-1', 'new-2']);
            expect(second.draft.objectives.slice(3)).toEqual([
                expect.objectContaining({
                    id: null,
                    key: 'new-1',
                    name: '',
                    ownerId: '005A',
                    status: 'Not Started'
                }),
                expect.objectContaining({ id: null, key: 'new-2', ownerId: null, sortOrder: 5 })
            ]);
            expect(isDirty(first.draft)).toBe(true);
        });

        it('removes a saved objective (deleted on save) and a new one (just gone)', () => {
            const added = addObjective(loaded(), { ownerId: null, ownerName: null });
            let draft = withServerErrors(added.draft, [
                { recordKey: SECOND, field: 'name', message: 'x' },
                { recordKey: 'plan', field: 'name', message: 'y' }
            ]);
            draft = removeObjective(draft, SECOND);
            draft = removeObjective(draft, added.key);
            expect(draft.objectives.map((o) => o.key)).toEqual([FIRST, THIRD]);
            expect(draft.deletedObjectiveIds).toEqual([SECOND]);
            expect(draft.serverErrors).toEqual({ 'plan:name': 'y' });
            expect(removeObjective(draft, 'unknown')).toBe(draft);
            expect(isDirty(draft)).toBe(true);
        });

        it.each<[string, number, string[]]>([
            ['first down', 1, [SECOND, FIRST, THIRD]],
            ['first up (already first)', -1, [FIRST, SECOND, THIRD]],
            ['first by two', 2, [SECOND, THIRD, FIRST]],
            ['first by zero', 0, [FIRST, SECOND, THIRD]]
        ])('moves the %s', (_what, delta, expected) => {
            const moved = moveObjective(loaded(), FIRST, delta);
            expect(moved.objectives.map((o) => o.key)).toEqual(expected);
        });

        it('moves the last objective up, not down, and ignores unknown keys', () => {
            const draft = loaded();
            expect(moveObjective(draft, THIRD, 1)).toBe(draft);
            expect(moveObjective(draft, 'nope', -1)).toBe(draft);
            const moved = moveObjective(draft, THIRD, -1);
            expect(positionOf(moved, THIRD)).toBe(2);
            expect(positionOf(moved, 'nope')).toBe(0);
            expect(isDirty(moved)).toBe(true);
            expect(isDirty(moveObjective(moved, THIRD, 1))).toBe(false);
        });

        it('is not dirty when there is no draft', () => {
            expect(isDirty(null)).toBe(false);
            expect(isDirty(undefined)).toBe(false);
        });
    });

    describe('saveRequest', () => {
        it('carries the version, trimmed texts, the objectives in display order and the removals', () => {
            let draft = loaded();
            draft = setPlanField(draft, 'name', '  Northwind FY27 v2  ');
            draft = setPlanField(draft, 'primaryCompetitor', '   ');
            draft = setPlanField(draft, 'renewalRiskReason', ' Outage ');
            draft = moveObjective(draft, THIRD, -2);
            draft = removeObjective(draft, SECOND);
            const added = addObjective(draft, { ownerId: null, ownerName: null });
            draft = setObjectiveField(added.draft, added.key, 'name', ' Win the fleet renewal ');
            draft = setObjectiveField(draft, added.key, 'measure', ' ');

            const request = saveRequest(draft);
            expect(request.planId).toBe('a01000000000001AAA');
            expect(request.expectedVersion).toBe(7);
            expect(request.plan.name).toBe('Northwind FY27 v2');
            expect(request.plan.primaryCompetitor).toBeNull();
            expect(request.plan.renewalRiskReason).toBe('Outage');
            expect(request.plan.competitiveNotes).toBe(WORKSPACE.plan?.competitiveNotes);
            expect(request.objectives.map((o) => [o.key, o.sortOrder, o.name])).toEqual([
                [THIRD, 1, 'Halve Scope 2 emissions by 2030'],
                [FIRST, 2, 'Cut unplanned downtime by 20%'],
                ['new-1', 3, 'Win the fleet renewal']
            ]);
            expect(request.objectives[2].measure).toBeNull();
            expect(request.deletedObjectiveIds).toEqual([SECOND]);
        });
    });

    describe('withServerErrors', () => {
        it('keys messages by record and field, joins several for one field, and keeps the values', () => {
            const draft = setPlanField(loaded(), 'renewalRisk', 'High');
            const failed = withServerErrors(draft, [
                { recordKey: 'plan', field: 'renewalRiskReason', message: 'Say why.' },
                { recordKey: 'plan', field: 'renewalRiskReason', message: 'Really.' },
                { recordKey: SECOND, field: 'dueDate', message: 'Too early.' },
                { recordKey: '', field: 'status', message: 'Overlap.' }
            ]);
            expect(failed.serverErrors).toEqual({
                'plan:renewalRiskReason': 'Say why. Really.',
                [`${SECOND}:dueDate`]: 'Too early.',
                'plan:status': 'Overlap.'
            });
            expect(failed.plan).toEqual(draft.plan);
            expect(withServerErrors(failed, null).serverErrors).toEqual({});
        });
    });

    describe('rebaseDraft', () => {
        /** Someone else's save: a new version with other values. */
        function newerWorkspace(): Apex.PlanWorkspace {
            const workspace = copy(WORKSPACE);
            if (!workspace.plan) {
                throw new Error('plan expected');
            }
            workspace.plan.version = 9;
            workspace.plan.primaryCompetitor = 'Veridian';
            workspace.plan.renewalRisk = 'Low';
            workspace.objectives[0].target = '-25%';
            workspace.objectives[0].name = 'Cut downtime (theirs)';
            workspace.objectives = workspace.objectives.filter((o) => o.key !== THIRD);
            workspace.objectives.push({
                ...workspace.objectives[0],
                id: 'a02NEW',
                key: 'a02NEW',
                name: 'Theirs'
            });
            return workspace;
        }

        it('keeps every value the user changed and takes the rest from the newer version', () => {
            let draft = loaded();
            draft = setPlanField(draft, 'renewalRisk', 'High');
            draft = setPlanField(draft, 'renewalRiskReason', 'Budget cut');
            draft = setObjectiveField(draft, FIRST, 'name', 'Cut downtime (mine)');
            draft = withServerErrors(draft, [{ recordKey: 'plan', field: 'name', message: 'x' }]);

            const rebased = rebaseDraft(draft, newerWorkspace());
            expect(rebased?.version).toBe(9);
            expect(rebased?.plan.renewalRisk).toBe('High');
            expect(rebased?.plan.renewalRiskReason).toBe('Budget cut');
            expect(rebased?.plan.primaryCompetitor).toBe('Veridian');
            expect(rebased?.objectives[0]).toEqual(
                expect.objectContaining({ key: FIRST, name: 'Cut downtime (mine)', target: '-25%' })
            );
            expect(rebased?.serverErrors).toEqual({});
            expect(rebased && changedPlanFields(rebased)).toEqual(['renewalRisk', 'renewalRiskReason']);
        });

        it('keeps new objectives, revives changed ones deleted elsewhere, appends ones added elsewhere', () => {
            let draft = loaded();
            draft = setObjectiveField(draft, THIRD, 'status', 'On Track');
            const added = addObjective(draft, { ownerId: null, ownerName: null });
            draft = setObjectiveField(added.draft, added.key, 'name', 'Mine');

            const rebased = rebaseDraft(draft, newerWorkspace());
            expect(rebased?.objectives.map((o) => [o.key, o.id, o.name])).toEqual([
                [FIRST, FIRST, 'Cut downtime (theirs)'],
                [SECOND, SECOND, 'Consolidate plant IoT platforms'],
                ['new-2', null, 'Halve Scope 2 emissions by 2030'],
                ['new-1', null, 'Mine'],
                ['a02NEW', 'a02NEW', 'Theirs']
            ]);
            expect(rebased?.nextNewKey).toBe(3);
        });

        it('drops unchanged objectives deleted elsewhere, and removals of objectives already gone', () => {
            let draft = loaded();
            draft = removeObjective(draft, THIRD);
            draft = removeObjective(draft, SECOND);
            const rebased = rebaseDraft(draft, newerWorkspace());
            expect(rebased?.objectives.map((o) => o.key)).toEqual([FIRST, 'a02NEW']);
            expect(rebased?.deletedObjectiveIds).toEqual([SECOND]);
            expect(rebased && isDirty(rebased)).toBe(true);
        });

        it('gives a fresh draft for another plan, and null for no plan', () => {
            const draft = setPlanField(loaded(), 'name', 'Mine');
            const other = copy(WORKSPACE);
            if (other.plan) {
                other.plan.id = 'a01OTHER';
            }
            expect(rebaseDraft(draft, other)?.plan.name).toBe('Northwind FY27');
            expect(rebaseDraft(draft, { ...copy(WORKSPACE), plan: null })).toBeNull();
        });
    });
});
