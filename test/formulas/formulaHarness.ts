/**
 * Evaluates Keystone's deployed formulas offline: formula fields and validation rules are read from
 * force-app (see schemaSource.ts) and evaluated with `formulon`, one function application at a time.
 *
 * What the harness adds to formulon, to behave like the platform:
 * - `IF` is lazy: only the chosen branch is evaluated (formulon evaluates both, and fails on a blank in the
 *   branch the platform never reaches).
 * - `TODAY()` is the case's fixed date; `ISNEW()`, `ISCHANGED(f)` and `PRIORVALUE(f)` come from the case's
 *   `prior` record (no prior record = a record being inserted).
 * - `$CustomMetadata.Keystone_Setting__mdt.Default.X__c` is the value of the `Default` record in
 *   customMetadata/ (a case can override settings).
 * - A formula field referenced by another formula is evaluated from its own deployed formula, unless the
 *   case gives its value. Cross-object references (`Account_Plan__r.Period_Start__c`) come from the case.
 * - Blank inputs: text and picklists are '', checkboxes false, numbers and dates blank (roll-up summaries 0);
 *   `<`, `>`, `<=`, `>=` with a blank are false; `=` and `<>` treat two blanks as equal. Arithmetic on a blank
 *   fails the test: a formula must guard blanks explicitly (it reads better, too).
 * Unknown fields, unknown functions, type errors and values outside a restricted picklist fail loudly.
 */
import { ast, parse, type FormulonCall, type FormulonLiteral, type FormulonNode } from 'formulon';
import { customMetadataRecord, projectObject, projectObjects, type FieldInfo } from './schemaSource';

/** A field value in a test case: numbers, text/picklist/Id, checkbox, `YYYY-MM-DD` dates, ISO date-times. */
export type FieldValue = string | number | boolean | null;
export type Fields = Readonly<Record<string, FieldValue>>;

export interface FormulaInput {
    /** The date TODAY() returns, `YYYY-MM-DD`. Required by formulas that use TODAY(). */
    today?: string;
    /** The record's field values (and cross-object values keyed by path, e.g. `Contact__r.FirstName`). */
    record?: Fields;
    /** The record before the update; absent for an insert. */
    prior?: Fields;
    /** Overrides of Keystone_Setting__mdt fields of the `Default` record. */
    settings?: Fields;
}

const SETTINGS_TYPE = 'Keystone_Setting';
const SETTINGS_PREFIX = '$CustomMetadata.Keystone_Setting__mdt.';
const SETTINGS_RECORD = 'Default';

/** Standard fields every custom object has, as formulas see them. */
const STANDARD_FIELDS: Record<string, string> = {
    Id: 'Id',
    Name: 'Text',
    OwnerId: 'Lookup',
    CreatedDate: 'DateTime',
    CreatedById: 'Lookup',
    LastModifiedDate: 'DateTime',
    LastModifiedById: 'Lookup'
};

/** Fields of standard objects that Keystone formulas reach through a lookup. */
const STANDARD_OBJECT_FIELDS: Record<string, Record<string, string>> = {
    Contact: { FirstName: 'Text', LastName: 'Text', Name: 'Text', Title: 'Text', Department: 'Text' },
    Account: { Name: 'Text', ParentId: 'Lookup' },
    User: { Name: 'Text', IsActive: 'Checkbox' },
    Product2: { Name: 'Text', Family: 'Picklist' },
    Opportunity: { Name: 'Text', IsClosed: 'Checkbox', IsWon: 'Checkbox', Amount: 'Currency' }
};

const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent', 'Summary']);
const TEXT_TYPES = new Set(['Text', 'TextArea', 'LongTextArea', 'Email', 'Phone', 'Url', 'AutoNumber', 'Id']);
const ID_TYPES = new Set(['Lookup', 'MasterDetail', 'Id']);

/** Operators formulon parses into named calls; delegated back as operators. */
const OPERATORS: Record<string, string> = {
    add: '+',
    subtract: '-',
    multiply: '*',
    divide: '/',
    exponentiate: '^',
    equal: '=',
    unequal: '<>',
    lessThan: '<',
    greaterThan: '>',
    lessThanOrEqual: '<=',
    greaterThanOrEqual: '>='
};
const COMPARISONS = new Set(['lessThan', 'greaterThan', 'lessThanOrEqual', 'greaterThanOrEqual']);

const checkbox = (value: boolean): FormulonLiteral => ({
    type: 'literal',
    dataType: 'checkbox',
    value,
    options: {}
});
const blank = (): FormulonLiteral => ({ type: 'literal', dataType: 'null', value: null, options: {} });

function isBlank(literal: FormulonLiteral): boolean {
    return literal.dataType === 'null' || literal.value === null || literal.value === '';
}

function parseDate(value: string, what: string): Date {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) {
        throw new Error(`${what}: expected a YYYY-MM-DD date, got '${value}'`);
    }
    return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function isoDate(value: unknown): string {
    if (!(value instanceof Date)) {
        throw new Error(`expected a date result, got ${String(value)}`);
    }
    return value.toISOString().slice(0, 10);
}

/** Applies one formulon function (or operator) to already evaluated arguments. */
function apply(id: string, args: FormulonLiteral[]): FormulonLiteral {
    const names = args.map((_arg, i) => `Keystone_Arg_${i}__c`);
    const operator = OPERATORS[id];
    const formula = operator
        ? `${names[0]} ${operator} ${names[1]}`
        : `${id.toUpperCase()}(${names.join(', ')})`;
    const result = parse(formula, Object.fromEntries(names.map((name, i) => [name, args[i]])));
    if (result.type === 'error') {
        const shown = args.map((a) => `${a.dataType} ${String(a.value)}`).join(', ');
        throw new Error(`${operator ?? id.toUpperCase()} (${shown}) fails in formulon: ${result.message}`);
    }
    return result;
}

/** The literal a field value stands for, checked against the field's type. */
function literalOf(
    type: string,
    info: FieldInfo | undefined,
    value: FieldValue,
    what: string
): FormulonLiteral {
    if (value === null) {
        if (TEXT_TYPES.has(type) || ID_TYPES.has(type)) {
            return { type: 'literal', dataType: 'text', value: '', options: { length: 0 } };
        }
        if (type === 'Picklist') {
            return {
                type: 'literal',
                dataType: 'picklist',
                value: '',
                options: { values: info?.picklistValues ?? [] }
            };
        }
        if (type === 'Checkbox') {
            return checkbox(false);
        }
        return blank();
    }
    const wrong = (): Error =>
        new Error(`${what} is a ${type} field; ${JSON.stringify(value)} is not a ${type} value`);
    if (NUMBER_TYPES.has(type)) {
        if (typeof value !== 'number') throw wrong();
        const scale = info?.scale ?? 10;
        return { type: 'literal', dataType: 'number', value, options: { length: 18 - scale, scale } };
    }
    if (TEXT_TYPES.has(type) || ID_TYPES.has(type)) {
        if (typeof value !== 'string') throw wrong();
        return {
            type: 'literal',
            dataType: 'text',
            value,
            options: { length: Math.max(info?.length ?? 0, value.length) }
        };
    }
    if (type === 'Picklist') {
        if (typeof value !== 'string') throw wrong();
        if (info && value !== '' && !info.picklistValues.includes(value)) {
            throw new Error(`${what} is a restricted picklist without the value '${value}'`);
        }
        return {
            type: 'literal',
            dataType: 'picklist',
            value,
            options: { values: info?.picklistValues ?? [] }
        };
    }
    if (type === 'Checkbox') {
        if (typeof value !== 'boolean') throw wrong();
        return checkbox(value);
    }
    if (type === 'Date') {
        if (typeof value !== 'string') throw wrong();
        return { type: 'literal', dataType: 'date', value: parseDate(value, what), options: {} };
    }
    if (type === 'DateTime') {
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw wrong();
        return { type: 'literal', dataType: 'datetime', value: new Date(value), options: {} };
    }
    throw new Error(`${what}: the formula tests do not handle ${type} fields yet`);
}

/** Whether two literals hold the same value, blanks (null, '') being equal. */
function sameLiteral(a: FormulonLiteral, b: FormulonLiteral): boolean {
    if (isBlank(a) || isBlank(b)) {
        return isBlank(a) && isBlank(b);
    }
    if (a.value instanceof Date && b.value instanceof Date) {
        return a.value.getTime() === b.value.getTime();
    }
    return a.value === b.value;
}

/** Parsed formulas by text: the deployed formulas are parsed once per process (evaluation never mutates a tree). */
const parsedFormulas = new Map<string, FormulonNode>();

function parsed(formula: string): FormulonNode {
    let tree = parsedFormulas.get(formula);
    if (!tree) {
        tree = ast(formula);
        parsedFormulas.set(formula, tree);
    }
    return tree;
}

/** One evaluation of one formula in the context of one record of one object. */
class Evaluation {
    constructor(
        private readonly objectName: string,
        private readonly input: FormulaInput,
        /** Formula fields being evaluated (cycle guard). */
        private readonly stack: readonly string[],
        private readonly blankNumbersAsZero: boolean
    ) {}

    run(formula: string): FormulonLiteral {
        return this.evaluate(parsed(formula), 'current');
    }

    private evaluate(node: FormulonNode, mode: 'current' | 'prior'): FormulonLiteral {
        switch (node.type) {
            case 'error':
                throw new Error(`formula does not parse: ${node.message}`);
            case 'literal':
                return node;
            case 'identifier':
                return this.resolve(node.name, mode);
            default:
                return this.call(node, mode);
        }
    }

    private call(node: FormulonCall, mode: 'current' | 'prior'): FormulonLiteral {
        const args = node.arguments;
        switch (node.id) {
            case 'if': {
                if (args.length !== 3) throw new Error(`IF takes 3 arguments, not ${args.length}`);
                const test = this.evaluate(args[0], mode);
                if (test.dataType !== 'checkbox' && test.dataType !== 'null') {
                    throw new Error(`IF needs a true/false test, got ${test.dataType}`);
                }
                return this.evaluate(test.value === true ? args[1] : args[2], mode);
            }
            case 'today':
                if (!this.input.today)
                    throw new Error('the formula uses TODAY(): give the case a today date');
                return {
                    type: 'literal',
                    dataType: 'date',
                    value: parseDate(this.input.today, 'today'),
                    options: {}
                };
            case 'isnew':
                return checkbox(this.input.prior === undefined);
            case 'ischanged':
                return checkbox(this.isChanged(this.fieldArgument(node)));
            case 'priorvalue':
                return this.resolve(this.fieldArgument(node), 'prior');
            default: {
                const values = args.map((arg) => this.evaluate(arg, mode));
                if (COMPARISONS.has(node.id) && values.some(isBlank)) {
                    return checkbox(false);
                }
                if ((node.id === 'equal' || node.id === 'unequal') && values.some(isBlank)) {
                    const equal = values.every(isBlank);
                    return checkbox(node.id === 'equal' ? equal : !equal);
                }
                return apply(node.id, values);
            }
        }
    }

    private fieldArgument(node: FormulonCall): string {
        const [arg] = node.arguments;
        if (node.arguments.length !== 1 || arg.type !== 'identifier') {
            throw new Error(`${node.id.toUpperCase()} takes one field`);
        }
        return arg.name;
    }

    private isChanged(field: string): boolean {
        const { prior, record = {} } = this.input;
        if (prior === undefined) {
            return false;
        }
        const { type, info } = this.typeOf(field);
        const before = literalOf(type, info, prior[field] ?? null, `PRIORVALUE(${field})`);
        const after = literalOf(type, info, record[field] ?? null, field);
        return !sameLiteral(before, after);
    }

    private typeOf(name: string): { type: string; info?: FieldInfo } {
        const info = projectObject(this.objectName).fields.get(name);
        if (info) return { type: info.type, info };
        const standard = STANDARD_FIELDS[name];
        if (standard) return { type: standard };
        throw new Error(`${this.objectName} has no field ${name}`);
    }

    private resolve(name: string, mode: 'current' | 'prior'): FormulonLiteral {
        if (name.startsWith('$')) {
            return this.setting(name);
        }
        if (name.includes('.')) {
            return this.crossObject(name);
        }
        const { type, info } = this.typeOf(name);
        // PRIORVALUE on an insert is the current value (platform behaviour).
        const values = (mode === 'prior' ? this.input.prior : undefined) ?? this.input.record ?? {};
        if (Object.hasOwn(values, name)) {
            return literalOf(type, info, values[name], `${this.objectName}.${name}`);
        }
        if (info?.formula !== undefined) {
            return evaluateFieldLiteral(this.objectName, info, this.input, this.stack);
        }
        if (type === 'Summary' || (this.blankNumbersAsZero && NUMBER_TYPES.has(type))) {
            return literalOf(type, info, 0, name);
        }
        return literalOf(type, info, null, name);
    }

    private setting(name: string): FormulonLiteral {
        if (!name.startsWith(SETTINGS_PREFIX)) {
            throw new Error(`unknown global ${name}`);
        }
        const [record, field] = name.slice(SETTINGS_PREFIX.length).split('.');
        if (record !== SETTINGS_RECORD) {
            throw new Error(`${name}: formulas read the ${SETTINGS_RECORD} settings record only`);
        }
        const info = projectObject(`${SETTINGS_TYPE}__mdt`).fields.get(field);
        if (!info) {
            throw new Error(`Keystone_Setting__mdt has no field ${field}`);
        }
        const overrides = this.input.settings ?? {};
        if (Object.hasOwn(overrides, field)) {
            return literalOf(info.type, info, overrides[field], name);
        }
        const stored = customMetadataRecord(SETTINGS_TYPE, SETTINGS_RECORD).get(field) ?? null;
        const value = stored !== null && NUMBER_TYPES.has(info.type) ? Number(stored) : stored;
        return literalOf(info.type, info, value, name);
    }

    private crossObject(name: string): FormulonLiteral {
        const [relationship, field, ...rest] = name.split('.');
        if (rest.length > 0 || !relationship.endsWith('__r')) {
            throw new Error(`${name}: only one custom relationship step is supported`);
        }
        const lookup = this.typeOf(relationship.replace(/__r$/, '__c')).info;
        const target = lookup?.referenceTo;
        if (!target) {
            throw new Error(`${name}: ${relationship} is not a relationship of ${this.objectName}`);
        }
        const targetInfo = projectObjects().get(target)?.fields.get(field);
        const type = targetInfo?.type ?? STANDARD_OBJECT_FIELDS[target]?.[field] ?? STANDARD_FIELDS[field];
        if (!type) {
            throw new Error(`${name}: ${target} has no field ${field}`);
        }
        const record = this.input.record ?? {};
        if (!Object.hasOwn(record, name) && targetInfo?.formula !== undefined) {
            throw new Error(`${name} is a formula on ${target}: give the case its value`);
        }
        return literalOf(type, targetInfo, record[name] ?? null, name);
    }
}

function evaluateFieldLiteral(
    objectName: string,
    info: FieldInfo,
    input: FormulaInput,
    stack: readonly string[]
): FormulonLiteral {
    const key = `${objectName}.${info.name}`;
    if (stack.includes(key)) {
        throw new Error(`formula cycle: ${[...stack, key].join(' → ')}`);
    }
    const formula = info.formula;
    if (formula === undefined) {
        throw new Error(`${key} is not a formula field`);
    }
    return new Evaluation(objectName, input, [...stack, key], info.treatBlanksAs === 'BlankAsZero').run(
        formula
    );
}

/** Converts a formula result to what the platform shows for a field of this type. */
function fieldValueOf(info: FieldInfo, result: FormulonLiteral): FieldValue {
    if (info.type === 'Checkbox') {
        return result.value === true;
    }
    if (isBlank(result)) {
        return null;
    }
    switch (info.type) {
        case 'Number':
        case 'Currency':
            return apply('round', [result, literalOf('Number', undefined, info.scale ?? 0, 'scale')])
                .value as number;
        case 'Percent': {
            const percent = apply('multiply', [result, literalOf('Number', undefined, 100, 'percent')]);
            return apply('round', [percent, literalOf('Number', undefined, info.scale ?? 0, 'scale')])
                .value as number;
        }
        case 'Date':
            return isoDate(result.value);
        case 'Text':
            return String(result.value);
        default:
            throw new Error(`formula fields of type ${info.type} are not handled yet`);
    }
}

/** Evaluates the deployed formula of a formula field; the result is what the platform shows. */
export function evaluateField(objectName: string, fieldName: string, input: FormulaInput): FieldValue {
    const info = projectObject(objectName).fields.get(fieldName);
    if (!info?.formula) {
        throw new Error(`${objectName}.${fieldName} is not a formula field`);
    }
    return fieldValueOf(info, evaluateFieldLiteral(objectName, info, input, []));
}

/** Evaluates the error condition of a deployed validation rule: true means the save is refused. */
export function evaluateRule(objectName: string, ruleName: string, input: FormulaInput): boolean {
    const rule = projectObject(objectName).rules.get(ruleName);
    if (!rule) {
        throw new Error(`${objectName} has no validation rule ${ruleName}`);
    }
    const result = new Evaluation(objectName, input, [], false).run(rule.formula);
    if (result.dataType !== 'checkbox' && result.dataType !== 'null') {
        throw new Error(`${objectName}.${ruleName} returns ${result.dataType}, not true/false`);
    }
    return result.value === true;
}

/** Evaluates any formula text against an object (harness self-tests). */
export function evaluateFormula(objectName: string, formula: string, input: FormulaInput): FormulonLiteral {
    return new Evaluation(objectName, input, [], false).run(formula);
}

/** The shipped `Default` settings record, typed: numbers as numbers, text and picklists as text. */
export function defaultSettings(): Fields {
    const fields = projectObject(`${SETTINGS_TYPE}__mdt`).fields;
    const values: Record<string, FieldValue> = {};
    for (const [field, stored] of customMetadataRecord(SETTINGS_TYPE, SETTINGS_RECORD)) {
        const type = fields.get(field)?.type;
        values[field] =
            stored !== null && type !== undefined && NUMBER_TYPES.has(type) ? Number(stored) : stored;
    }
    return values;
}

/** `Object.Field` of every formula field in force-app. */
export function formulaFieldKeys(): string[] {
    return [...projectObjects().values()].flatMap((o) =>
        [...o.fields.values()].filter((f) => f.formula !== undefined).map((f) => `${o.name}.${f.name}`)
    );
}

/** `Object.Rule` of every validation rule in force-app. */
export function validationRuleKeys(): string[] {
    return [...projectObjects().values()].flatMap((o) => [...o.rules.keys()].map((r) => `${o.name}.${r}`));
}
