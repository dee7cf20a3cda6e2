import { type ParsedDocument } from './metadata-inventory';
import { type RefContext } from './metadata-ref-context';
import { checkAccessReferences, checkPermissionSetGroupReferences } from './metadata-refs-access';
import {
    checkCompactLayoutReferences,
    checkCustomMetadataReferences,
    checkFieldReferences,
    checkFieldSetReferences,
    checkLayoutReferences,
    checkListViewReferences,
    checkObjectReferences,
    checkRecordTypeReferences,
    checkValidationRuleReferences
} from './metadata-refs-schema';
import { checkDashboardReferences } from './metadata-refs-dashboards';
import { checkFolderReferences } from './metadata-refs-folders';
import { checkReportReferences, checkReportTypeReferences } from './metadata-refs-reports';
import {
    checkAppReferences,
    checkFlexiPageReferences,
    checkLwcReferences,
    checkQuickActionReferences,
    checkTabReferences
} from './metadata-refs-ui';

type ReferenceCheck = (ctx: RefContext, doc: ParsedDocument) => void;

/** Cross-file checks by metadata type. */
const CHECKS: Record<string, ReferenceCheck> = {
    PermissionSet: checkAccessReferences,
    Profile: checkAccessReferences,
    MutingPermissionSet: checkAccessReferences,
    PermissionSetGroup: checkPermissionSetGroupReferences,
    CustomObject: checkObjectReferences,
    CustomField: checkFieldReferences,
    ValidationRule: checkValidationRuleReferences,
    ListView: checkListViewReferences,
    CompactLayout: checkCompactLayoutReferences,
    FieldSet: checkFieldSetReferences,
    RecordType: checkRecordTypeReferences,
    CustomMetadata: checkCustomMetadataReferences,
    Layout: checkLayoutReferences,
    ReportType: checkReportTypeReferences,
    Report: checkReportReferences,
    Dashboard: checkDashboardReferences,
    ReportFolder: checkFolderReferences,
    DashboardFolder: checkFolderReferences,
    FlexiPage: checkFlexiPageReferences,
    CustomTab: checkTabReferences,
    CustomApplication: checkAppReferences,
    LightningComponentBundle: checkLwcReferences,
    QuickAction: checkQuickActionReferences
};

/** Runs the cross-file checks for one parsed document (types without references are skipped). */
export function checkReferences(ctx: RefContext, doc: ParsedDocument): void {
    CHECKS[doc.type]?.(ctx, doc);
}
