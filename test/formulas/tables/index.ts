import type { ObjectTables } from './tableTypes';
import { accountPlanFormulaTables } from './accountPlanFormulas';
import { accountPlanRuleTables } from './accountPlanRules';
import { keystoneSettingTables } from './keystoneSetting';
import { planObjectiveTables } from './planObjective';
import { playTables } from './play';
import { stakeholderTables } from './stakeholder';
import { stakeholderRelationshipTables } from './stakeholderRelationship';
import { whitespaceCellTables } from './whitespaceCell';

/** Every formula field and validation rule table, per object. A new formula or rule needs its table here. */
export const ALL_TABLES: readonly ObjectTables[] = [
    { object: 'Account_Plan__c', fields: accountPlanFormulaTables, rules: accountPlanRuleTables },
    planObjectiveTables,
    stakeholderTables,
    stakeholderRelationshipTables,
    playTables,
    whitespaceCellTables,
    keystoneSettingTables
];
