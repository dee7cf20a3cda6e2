import path from 'node:path';
import { type ParsedDocument } from './metadata-inventory';
import { checkComponent, label, type RefContext, RULE_MISSING } from './metadata-ref-context';
import { childElements, childText } from './metadata-xml-tree';

/** Reports and dashboards live in a folder whose `<Folder>.<suffix>-meta.xml` the project must define. */
const FOLDERS: Record<string, { type: string; suffix: string; dir: string }> = {
    Report: { type: 'ReportFolder', suffix: 'reportFolder', dir: 'reports' },
    Dashboard: { type: 'DashboardFolder', suffix: 'dashboardFolder', dir: 'dashboards' }
};

/** Reports the report or dashboard `doc` when it is not in a folder, or its folder has no metadata in the project. */
export function checkFolder(ctx: RefContext, doc: ParsedDocument): void {
    const folder = FOLDERS[doc.type];
    const slash = doc.name.lastIndexOf('/');
    if (slash === -1) {
        ctx.report(
            doc,
            doc.root,
            RULE_MISSING,
            `${label(doc)} is not in a folder: move it to ${folder.dir}/<Folder>/ beside a <Folder>.${folder.suffix}-meta.xml`
        );
        return;
    }
    const name = doc.name.slice(0, slash);
    if (name.toLowerCase() === 'unfiled$public' || ctx.inventory.has(folder.type, name)) {
        return;
    }
    ctx.report(
        doc,
        doc.root,
        RULE_MISSING,
        `${label(doc)} is in folder ${name}, which has no ${folder.dir}/${name}.${folder.suffix}-meta.xml: the folder is neither deployed nor packaged`
    );
}

/** Report and dashboard folders: the metadata file sits beside its folder; shares name groups and roles that exist. */
export function checkFolderReferences(ctx: RefContext, doc: ParsedDocument): void {
    const leaf = doc.name.slice(doc.name.lastIndexOf('/') + 1);
    if (path.basename(path.dirname(doc.file)) === leaf) {
        ctx.report(
            doc,
            doc.root,
            RULE_MISSING,
            `${label(doc)}: the folder's metadata file is inside the folder it describes, which makes a subfolder ${doc.name}; move it up beside the ${leaf} folder`
        );
    }
    for (const share of childElements(doc.root, 'folderShares')) {
        const kind = childText(share, 'sharedToType') ?? '';
        const target = childElements(share, 'sharedTo')[0];
        if (kind === 'User') {
            ctx.report(
                doc,
                target ?? share,
                RULE_MISSING,
                `${label(doc)} is shared with the user ${target?.text ?? ''}, who exists in one org only: share with a role, a group or the organization`
            );
        } else if (kind === 'Group') {
            checkComponent(ctx, doc, target, 'Group', target?.text, 'is shared with');
        } else if (/^Role/.test(kind)) {
            checkComponent(ctx, doc, target, 'Role', target?.text, 'is shared with');
        }
    }
}
