import type { ObjectTables } from './tableTypes';
import { accountPlanFormulaTables } from './accountPlanFormulas';
import { accountPlanRuleTables } from './accountPlanRules';
import { keystoneSettingTables } from './keystoneSetting';
import { planObjectiveTables } from './planObjective';
import { playTables } from './play';
import { accountPlanDepthTables, stakeholderScoreTables } from './relationshipScore';
import { stakeholderTables } from './stakeholder';
import { stakeholderRelationshipTables } from './stakeholderRelationship';
import { whitespaceCellTables } from './whitespaceCell';

/** Every formula field and validation rule table, per object. A new formula or rule needs its table here. */
export const ALL_TABLES: readonly ObjectTables[] = [
    {
        object: 'Account_Plan__c',
        fields: { ...accountPlanFormulaTables, ...accountPlanDepthTables },
        rules: accountPlanRuleTables
    },
    planObjectiveTables,
    { ...stakeholderTables, fields: { ...stakeholderTables.fields, ...stakeholderScoreTables } },
    stakeholderRelationshipTables,
    playTables,
    whitespaceCellTables,
    keystoneSettingTables
];
