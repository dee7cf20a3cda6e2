import fs from 'node:fs';
import path from 'node:path';
import { packageDirectories } from '../lib/files';
import { forceIgnore } from '../lib/forceignore';
import { type Finding, formatFinding } from '../lib/finding';
import { fullNameOf, type ParsedDocument, scanInventory } from '../lib/metadata-inventory';
import { loadMetadataModel } from '../lib/metadata-model';
import { documentKey, type RefContext } from '../lib/metadata-ref-context';
import { checkReferences } from '../lib/metadata-references';
import { SchemaLookup } from '../lib/metadata-schema-lookup';
import { SchemaResolver } from '../lib/schema-paths';
import { METADATA_NAMESPACE, StructureValidator, TOOLING_NAMESPACE } from '../lib/metadata-structure';
import { expectedRootTypes, metaSuffix } from '../lib/metadata-suffixes';
import { multiLineUserTexts } from '../lib/metadata-text';
import { parseXmlTree } from '../lib/metadata-xml-tree';

/** Parses one file and checks what needs no other file: well-formedness, root element, namespace, structure. */
function checkDocument(
    file: string,
    validator: StructureValidator,
    findings: Finding[]
): ParsedDocument | undefined {
    const expected = expectedRootTypes(file);
    if (expected.length === 0) {
        findings.push({
            file,
            rule: 'metadata-xml-suffix',
            message: `unknown metadata suffix '.${metaSuffix(file) ?? path.basename(file)}-meta.xml': rename the file to the source-format suffix of its type (e.g. '.object-meta.xml', '.field-meta.xml')`
        });
        return undefined;
    }
    const parsed = parseXmlTree(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    if ('error' in parsed) {
        findings.push({
            file,
            line: parsed.line,
            rule: 'metadata-xml-malformed',
            message: `malformed XML: ${parsed.error}`
        });
        return undefined;
    }
    const root = parsed.root;
    if (!expected.includes(root.name)) {
        findings.push({
            file,
            line: root.line,
            rule: 'metadata-xml-root',
            message: `root element is <${root.name}> but a '.${metaSuffix(file) ?? ''}-meta.xml' file must hold <${expected.join('> or <')}>`
        });
        return undefined;
    }
    const namespace = root.attributes.xmlns;
    if (namespace !== METADATA_NAMESPACE && namespace !== TOOLING_NAMESPACE) {
        findings.push({
            file,
            line: root.line,
            rule: 'metadata-xml-namespace',
            message: `<${root.name}> must declare xmlns="${METADATA_NAMESPACE}"${namespace ? ` (found "${namespace}")` : ''}`
        });
    }
    if (validator.knows(root.name)) {
        for (const problem of validator.validate(root, root.name)) {
            findings.push({ file, line: problem.line, rule: problem.rule, message: problem.message });
        }
    }
    for (const problem of multiLineUserTexts(root)) {
        findings.push({
            file,
            line: problem.line,
            rule: 'metadata-xml-multiline-text',
            message: problem.message
        });
    }
    return { file, type: root.name, name: fullNameOf(file, root.name), root };
}

/**
 * Checks every `*-meta.xml` of the project's package directories against the Metadata API schema
 * (as typed by `@salesforce/types`: unknown, repeated and missing elements, enum, boolean, number and
 * date values, root element and namespace, well-formedness) and checks what each file refers to in
 * other files: fields, objects, classes, tabs, apps, components, record types, layouts, report types...
 * Element order is not checked; files the `.forceignore` excludes are neither checked nor counted as
 * existing. Findings name the file, the line and the missing target.
 */
export async function checkMetadataXml(projectDir: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    const validator = new StructureValidator(loadMetadataModel(projectDir));
    const { inventory, metaFiles } = scanInventory(packageDirectories(projectDir), forceIgnore(projectDir));
    const documents: ParsedDocument[] = [];
    for (const file of metaFiles) {
        const doc = checkDocument(file, validator, findings);
        if (doc) {
            documents.push(doc);
            if (doc.type === 'CustomField') {
                inventory.addField(doc);
            } else if (doc.type === 'LightningComponentBundle') {
                inventory.addLwc(doc);
            }
        }
    }
    const ctx: RefContext = {
        inventory,
        schema: SchemaLookup.load(projectDir),
        namespace: SchemaResolver.projectNamespace(projectDir),
        documents: new Map(documents.map((doc) => [documentKey(doc.type, doc.name), doc])),
        report: (doc, element, rule, message) =>
            findings.push({ file: doc.file, line: element.line, rule, message })
    };
    for (const doc of documents) {
        checkReferences(ctx, doc);
    }
    return findings;
}

if (require.main === module) {
    // Stand-alone use: `npx tsx scripts/gate/checks/metadata-xml.ts [projectDir]`.
    const projectDir = path.resolve(process.argv[2] ?? '.');
    checkMetadataXml(projectDir).then(
        (findings) => {
            for (const finding of findings) {
                console.log(formatFinding(finding, projectDir));
            }
            console.log(`metadata-xml: ${findings.length} finding(s)`);
            process.exitCode = findings.length > 0 ? 1 : 0;
        },
        (error: unknown) => {
            console.error(error instanceof Error ? error.message : String(error));
            process.exitCode = 2;
        }
    );
}
