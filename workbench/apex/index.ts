/**
 * The in-memory Apex the workbench answers `@salesforce/apex/<Class>.<method>` with. One file per Apex
 * class (`workbench/apex/<Class>.ts`), exporting the class's methods typed with `InMemoryApexMethod` against
 * the declarations in `types/apex/<Class>.d.ts`, and registered here. An import of a method that is not
 * registered fails the workbench build.
 *
 * Keep these thin: storage and queries over `context.store`, never a second copy of a business rule.
 */
import * as AccountPlanWorkspaceController from './AccountPlanWorkspaceController';
import * as PortfolioController from './PortfolioController';
import * as RelationshipMapController from './RelationshipMapController';
import * as WhitespaceController from './WhitespaceController';
import type { InMemoryApexClass } from './support/context';

export const APEX_CLASSES: Readonly<Record<string, InMemoryApexClass>> = {
    AccountPlanWorkspaceController,
    PortfolioController,
    RelationshipMapController,
    WhitespaceController
};
