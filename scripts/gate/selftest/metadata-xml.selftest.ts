import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkMetadataXml } from '../checks/metadata-xml';
import { type Finding } from '../lib/finding';
import { CLASSES, copyFixture, plant, removeFixture, WIDGET_CARD } from './fixture';

const MAIN = 'force-app/main/default';
const OBJECT = `${MAIN}/objects/Widget__c`;
const PERMSET = `${MAIN}/permissionsets/Widget_User.permissionset-meta.xml`;
const HEADER = '<?xml version="1.0" encoding="UTF-8" ?>\n';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

/** An exposed widgetCard that a record page, a tab and a target config can use. */
const EXPOSED_CARD = `${HEADER}<LightningComponentBundle ${NS}>
    <apiVersion>65.0</apiVersion>
    <isExposed>true</isExposed>
    <masterLabel>Widget Card</masterLabel>
    <targets>
        <target>lightning__RecordPage</target>
        <target>lightning__Tab</target>
    </targets>
    <targetConfigs>
        <targetConfig targets="lightning__RecordPage">
            <property name="heading" type="String" default="Widget" label="Heading" />
            <objects>
                <object>Widget__c</object>
            </objects>
        </targetConfig>
    </targetConfigs>
</LightningComponentBundle>
`;

const RECORD_PAGE = `${HEADER}<FlexiPage ${NS}>
    <flexiPageRegions>
        <itemInstances>
            <componentInstance>
                <componentInstanceProperties>
                    <name>collapsed</name>
                    <value>false</value>
                </componentInstanceProperties>
                <componentName>force:highlightsPanel</componentName>
                <identifier>force_highlightsPanel</identifier>
            </componentInstance>
        </itemInstances>
        <mode>Replace</mode>
        <name>header</name>
        <type>Region</type>
    </flexiPageRegions>
    <flexiPageRegions>
        <itemInstances>
            <fieldInstance>
                <fieldInstanceProperties>
                    <name>uiBehavior</name>
                    <value>none</value>
                </fieldInstanceProperties>
                <fieldItem>Record.Size__c</fieldItem>
                <identifier>RecordSize_cField</identifier>
            </fieldInstance>
        </itemInstances>
        <name>Facet-details</name>
        <type>Facet</type>
    </flexiPageRegions>
    <flexiPageRegions>
        <itemInstances>
            <componentInstance>
                <componentInstanceProperties>
                    <name>body</name>
                    <value>Facet-details</value>
                </componentInstanceProperties>
                <componentName>flexipage:fieldSection</componentName>
                <identifier>flexipage_fieldSection</identifier>
            </componentInstance>
        </itemInstances>
        <itemInstances>
            <componentInstance>
                <componentInstanceProperties>
                    <name>heading</name>
                    <value>Widget</value>
                </componentInstanceProperties>
                <componentName>widgetCard</componentName>
                <identifier>c_widgetCard</identifier>
            </componentInstance>
        </itemInstances>
        <mode>Replace</mode>
        <name>main</name>
        <type>Region</type>
    </flexiPageRegions>
    <masterLabel>Widget Record Page</masterLabel>
    <sobjectType>Widget__c</sobjectType>
    <template>
        <name>flexipage:recordHomeTemplateDesktop</name>
    </template>
    <type>RecordPage</type>
</FlexiPage>
`;

const SETTING_TYPE = `${HEADER}<CustomObject ${NS}>
    <label>Widget Setting</label>
    <pluralLabel>Widget Settings</pluralLabel>
    <visibility>Public</visibility>
</CustomObject>
`;

const settingField = (name: string, type: string, extra: string): string => `${HEADER}<CustomField ${NS}>
    <fullName>${name}</fullName>
    <externalId>false</externalId>
    <fieldManageability>DeveloperControlled</fieldManageability>
    <label>${name.replace(/__c$/, '').replace(/_/g, ' ')}</label>
${extra}    <type>${type}</type>
</CustomField>
`;

const SETTING_RECORD = `${HEADER}<CustomMetadata
    ${NS}
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema"
>
    <label>Default</label>
    <protected>false</protected>
    <values>
        <field>Max_Size__c</field>
        <value xsi:type="xsd:double">250.0</value>
    </values>
    <values>
        <field>Enabled__c</field>
        <value xsi:type="xsd:boolean">true</value>
    </values>
    <values>
        <field>Note__c</field>
        <value xsi:nil="true" />
    </values>
</CustomMetadata>
`;

const LABELS = `${HEADER}<CustomLabels ${NS}>
    <labels>
        <fullName>Widget_Card_Title</fullName>
        <categories>Widgets</categories>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Widget card title</shortDescription>
        <value>Widgets &amp; parts</value>
    </labels>
    <labels>
        <fullName>Widget_Empty</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>No widgets</shortDescription>
        <value>No widgets yet.</value>
    </labels>
</CustomLabels>
`;

describe('metadata XML gate', () => {
    let dir = '';
    before(() => {
        dir = copyFixture('metadata-xml');
    });
    after(() => removeFixture(dir));

    const file = (relative: string): string => path.join(dir, relative);
    const write = (relative: string, text: string): void => {
        fs.mkdirSync(path.dirname(file(relative)), { recursive: true });
        fs.writeFileSync(file(relative), text);
    };

    /** Runs the check with some files rewritten or added, then puts the copy back as it was. */
    const withChanges = async (edit: () => void): Promise<Finding[]> => {
        const snapshot = new Map<string, string>();
        const walk = (d: string): void => {
            for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
                const full = path.join(d, entry.name);
                if (entry.isDirectory()) {
                    walk(full);
                } else {
                    snapshot.set(full, fs.readFileSync(full, 'utf8'));
                }
            }
        };
        walk(file('force-app'));
        try {
            edit();
            return await checkMetadataXml(dir);
        } finally {
            fs.rmSync(file('force-app'), { recursive: true, force: true });
            for (const [full, text] of snapshot) {
                fs.mkdirSync(path.dirname(full), { recursive: true });
                fs.writeFileSync(full, text);
            }
        }
    };

    /** Asserts one finding is in `fileName` and its message matches every pattern. */
    const expectFinding = (findings: Finding[], fileName: string, ...patterns: RegExp[]): Finding => {
        const hit = findings.find(
            (f) => path.basename(f.file) === fileName && patterns.every((p) => p.test(f.message))
        );
        assert.ok(
            hit,
            `no finding in ${fileName} matching ${patterns.join(' ')}; got:\n${JSON.stringify(findings, null, 2)}`
        );
        return hit;
    };

    it('passes the clean fixture', async () => {
        assert.deepEqual(await checkMetadataXml(dir), []);
    });

    it('accepts a realistic record page, custom metadata records with xsi:type values and a labels file', async () => {
        const findings = await withChanges(() => {
            write(`${WIDGET_CARD}.js-meta.xml`, EXPOSED_CARD);
            write(`${MAIN}/flexipages/Widget_Record_Page.flexipage-meta.xml`, RECORD_PAGE);
            write(`${MAIN}/objects/Widget_Setting__mdt/Widget_Setting__mdt.object-meta.xml`, SETTING_TYPE);
            const fields = `${MAIN}/objects/Widget_Setting__mdt/fields`;
            write(
                `${fields}/Max_Size__c.field-meta.xml`,
                settingField(
                    'Max_Size__c',
                    'Number',
                    '    <precision>6</precision>\n    <required>false</required>\n    <scale>1</scale>\n'
                )
            );
            write(
                `${fields}/Enabled__c.field-meta.xml`,
                settingField('Enabled__c', 'Checkbox', '    <defaultValue>true</defaultValue>\n')
            );
            write(
                `${fields}/Note__c.field-meta.xml`,
                settingField(
                    'Note__c',
                    'Text',
                    '    <length>255</length>\n    <required>false</required>\n    <unique>false</unique>\n'
                )
            );
            write(`${MAIN}/customMetadata/Widget_Setting.Default.md-meta.xml`, SETTING_RECORD);
            write(`${MAIN}/labels/CustomLabels.labels-meta.xml`, LABELS);
            write(
                `${MAIN}/tabs/Widget__c.tab-meta.xml`,
                `${HEADER}<CustomTab ${NS}>\n    <customObject>true</customObject>\n    <motif>Custom20: Airplane</motif>\n</CustomTab>\n`
            );
        });
        assert.deepEqual(findings, []);
    });

    it('reports bad enum values in a field (type Numbr, deleteConstraint Nope)', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${OBJECT}/fields/Size__c.field-meta.xml`,
                '<type>Number</type>',
                '<type>Numbr</type>'
            );
            plant(dir, `${OBJECT}/fields/Account__c.field-meta.xml`, 'SetNull', 'Nope');
        });
        const type = expectFinding(
            findings,
            'Size__c.field-meta.xml',
            /'Numbr'/,
            /FieldType/,
            /did you mean 'Number'/
        );
        assert.equal(type.rule, 'metadata-xml-enum');
        assert.equal(type.line, 10);
        expectFinding(
            findings,
            'Account__c.field-meta.xml',
            /deleteConstraint/,
            /'Nope'/,
            /Cascade, Restrict, SetNull/
        );
    });

    it('reports a user-facing text (help text, label value) broken over several lines', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${OBJECT}/fields/Size__c.field-meta.xml`,
                '<inlineHelpText>Size in units.</inlineHelpText>',
                '<inlineHelpText>\n        Size in\n        units.\n    </inlineHelpText>'
            );
        });
        const hit = expectFinding(findings, 'Size__c.field-meta.xml', /<inlineHelpText>.*line break/);
        assert.equal(hit.rule, 'metadata-xml-multiline-text');
    });

    it('reports an unknown element in an object', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${OBJECT}/Widget__c.object-meta.xml`,
                '<label>Widget</label>',
                '<label>Widget</label>\n    <colour>blue</colour>'
            );
        });
        const hit = expectFinding(findings, 'Widget__c.object-meta.xml', /unknown element <colour>/);
        assert.equal(hit.rule, 'metadata-xml-unknown-element');
    });

    it('reports an unknown element nested inside a known one', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${OBJECT}/Widget__c.object-meta.xml`,
                '<type>Text</type>',
                '<type>Text</type>\n        <format>W-{0000}</format>'
            );
        });
        expectFinding(
            findings,
            'Widget__c.object-meta.xml',
            /unknown element <format> in <CustomObject.nameField>/
        );
    });

    it('reports a value that is not a boolean', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${OBJECT}/fields/Status__c.field-meta.xml`,
                '<required>false</required>',
                '<required>maybe</required>'
            );
        });
        const hit = expectFinding(
            findings,
            'Status__c.field-meta.xml',
            /<CustomField.required> must be true or false, not 'maybe'/
        );
        assert.equal(hit.rule, 'metadata-xml-value');
    });

    it('reports a repeated single-valued element and a missing required one', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${OBJECT}/fields/Size__c.field-meta.xml`,
                '<scale>0</scale>',
                '<scale>0</scale>\n    <scale>2</scale>'
            );
            plant(dir, PERMSET, '<label>Widget User</label>', '');
        });
        expectFinding(findings, 'Size__c.field-meta.xml', /<CustomField.scale> appears more than once/);
        expectFinding(findings, 'Widget_User.permissionset-meta.xml', /missing the required element <label>/);
    });

    it('reports a permission set granting a field that does not exist', async () => {
        const findings = await withChanges(() => {
            plant(dir, PERMSET, 'Widget__c.Size__c', 'Widget__c.Sise__c');
        });
        const hit = expectFinding(
            findings,
            'Widget_User.permissionset-meta.xml',
            /^PermissionSet Widget_User grants Widget__c\.Sise__c, which does not exist/,
            /did you mean Size__c/
        );
        assert.equal(hit.rule, 'metadata-ref-missing');
    });

    it('reports a permission set naming a missing object and a missing Apex class', async () => {
        const findings = await withChanges(() => {
            plant(dir, PERMSET, '<object>Widget__c</object>', '<object>Gadget__c</object>');
            plant(
                dir,
                PERMSET,
                '<apexClass>WidgetController</apexClass>',
                '<apexClass>WidgetControler</apexClass>'
            );
        });
        expectFinding(
            findings,
            'Widget_User.permissionset-meta.xml',
            /object Gadget__c, which does not exist/
        );
        expectFinding(
            findings,
            'Widget_User.permissionset-meta.xml',
            /Apex class WidgetControler, which does not exist/,
            /did you mean WidgetController/
        );
    });

    it('reports field permissions the platform rejects: required, master-detail and formula fields', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${OBJECT}/fields/Status__c.field-meta.xml`,
                '<required>false</required>',
                '<required>true</required>'
            );
            plant(
                dir,
                `${OBJECT}/fields/Account__c.field-meta.xml`,
                /<deleteConstraint>SetNull<\/deleteConstraint>\n/,
                ''
            );
            plant(
                dir,
                `${OBJECT}/fields/Account__c.field-meta.xml`,
                /<required>false<\/required>\n\s*<type>Lookup<\/type>/,
                '<type>MasterDetail</type>'
            );
            write(
                `${OBJECT}/fields/Double_Size__c.field-meta.xml`,
                `${HEADER}<CustomField ${NS}>\n    <fullName>Double_Size__c</fullName>\n    <formula>Size__c * 2</formula>\n    <label>Double Size</label>\n    <precision>6</precision>\n    <scale>0</scale>\n    <type>Number</type>\n</CustomField>\n`
            );
            const grant = (field: string): string =>
                `<fieldPermissions>\n        <editable>true</editable>\n        <field>${field}</field>\n        <readable>true</readable>\n    </fieldPermissions>\n    `;
            plant(
                dir,
                PERMSET,
                '<fieldPermissions>',
                `${grant('Widget__c.Status__c')}${grant('Widget__c.Account__c')}${grant('Widget__c.Double_Size__c')}<fieldPermissions>`
            );
        });
        const name = 'Widget_User.permissionset-meta.xml';
        assert.equal(
            expectFinding(findings, name, /required field Widget__c\.Status__c/).rule,
            'metadata-ref-permission'
        );
        expectFinding(findings, name, /master-detail field Widget__c\.Account__c/);
        expectFinding(findings, name, /edit on Widget__c\.Double_Size__c, a formula field/);
    });

    it('reports an unknown element in a js-meta.xml', async () => {
        const findings = await withChanges(() => {
            plant(
                dir,
                `${WIDGET_CARD}.js-meta.xml`,
                '<isExposed>false</isExposed>',
                '<isExposed>false</isExposed>\n    <exposed>true</exposed>'
            );
        });
        expectFinding(
            findings,
            'widgetCard.js-meta.xml',
            /unknown element <exposed> in <LightningComponentBundle>/
        );
    });

    it('reports malformed XML', async () => {
        const findings = await withChanges(() => {
            plant(dir, `${CLASSES}/WidgetDto.cls-meta.xml`, '</status>', '</stat>');
        });
        const hit = expectFinding(findings, 'WidgetDto.cls-meta.xml', /malformed XML/);
        assert.equal(hit.rule, 'metadata-xml-malformed');
        assert.equal(hit.line, 4);
    });

    it('reports a wrong root element and a wrong namespace', async () => {
        const findings = await withChanges(() => {
            plant(dir, `${CLASSES}/WidgetSelector.cls-meta.xml`, /ApexClass/g, 'ApexTrigger');
            plant(dir, `${CLASSES}/WidgetDto.cls-meta.xml`, '2006/04/metadata', '2006/04/meta');
        });
        expectFinding(
            findings,
            'WidgetSelector.cls-meta.xml',
            /root element is <ApexTrigger>/,
            /<ApexClass>/
        );
        expectFinding(
            findings,
            'WidgetDto.cls-meta.xml',
            /must declare xmlns="http:\/\/soap\.sforce\.com\/2006\/04\/metadata"/
        );
    });

    it('reports an unknown metadata suffix', async () => {
        const findings = await withChanges(() => {
            write(`${OBJECT}/fields/Colour__c.feild-meta.xml`, `${HEADER}<CustomField ${NS}/>\n`);
        });
        expectFinding(findings, 'Colour__c.feild-meta.xml', /unknown metadata suffix '\.feild-meta\.xml'/);
    });

    it('reports wrong values in custom metadata records against their xsi:type and missing fields', async () => {
        const findings = await withChanges(() => {
            write(`${MAIN}/objects/Widget_Setting__mdt/Widget_Setting__mdt.object-meta.xml`, SETTING_TYPE);
            const fields = `${MAIN}/objects/Widget_Setting__mdt/fields`;
            write(
                `${fields}/Max_Size__c.field-meta.xml`,
                settingField('Max_Size__c', 'Number', '    <precision>6</precision>\n    <scale>1</scale>\n')
            );
            write(
                `${MAIN}/customMetadata/Widget_Setting.Default.md-meta.xml`,
                SETTING_RECORD.replace('250.0', 'big').replace(
                    '<field>Enabled__c</field>',
                    '<field>Enabld__c</field>'
                )
            );
            write(`${MAIN}/customMetadata/Gadget_Setting.Default.md-meta.xml`, SETTING_RECORD);
        });
        expectFinding(findings, 'Widget_Setting.Default.md-meta.xml', /must be a number, not 'big'/);
        expectFinding(
            findings,
            'Widget_Setting.Default.md-meta.xml',
            /sets Widget_Setting__mdt\.Enabld__c, which does not exist/
        );
        expectFinding(
            findings,
            'Gadget_Setting.Default.md-meta.xml',
            /record of object Gadget_Setting__mdt, which does not exist/
        );
    });

    it('reports references across layouts, pages, tabs, apps, components and fields', async () => {
        const findings = await withChanges(() => {
            write(
                `${MAIN}/layouts/Widget__c-Widget Layout.layout-meta.xml`,
                `${HEADER}<Layout ${NS}>
    <layoutSections>
        <customLabel>false</customLabel>
        <detailHeading>false</detailHeading>
        <editHeading>true</editHeading>
        <label>Information</label>
        <layoutColumns>
            <layoutItems>
                <behavior>Required</behavior>
                <field>Name</field>
            </layoutItems>
            <layoutItems>
                <behavior>Edit</behavior>
                <field>Colour__c</field>
            </layoutItems>
        </layoutColumns>
        <style>OneColumn</style>
    </layoutSections>
</Layout>
`
            );
            write(
                `${MAIN}/flexipages/Widget_Record_Page.flexipage-meta.xml`,
                RECORD_PAGE.replace(
                    '<componentName>widgetCard</componentName>',
                    '<componentName>c:gadgetCard</componentName>'
                ).replace('Record.Size__c', 'Record.Weight__c')
            );
            write(
                `${MAIN}/tabs/Gadget__c.tab-meta.xml`,
                `${HEADER}<CustomTab ${NS}>\n    <customObject>true</customObject>\n    <motif>Custom20: Airplane</motif>\n</CustomTab>\n`
            );
            write(
                `${MAIN}/tabs/Widget_Home.tab-meta.xml`,
                `${HEADER}<CustomTab ${NS}>\n    <label>Widgets</label>\n    <lwcComponent>widgetCard</lwcComponent>\n    <motif>Custom20: Airplane</motif>\n</CustomTab>\n`
            );
            write(
                `${MAIN}/applications/Widgets.app-meta.xml`,
                `${HEADER}<CustomApplication ${NS}>\n    <formFactors>Large</formFactors>\n    <label>Widgets</label>\n    <navType>Standard</navType>\n    <tabs>standard-Account</tabs>\n    <tabs>Widget_Hom</tabs>\n    <uiType>Lightning</uiType>\n</CustomApplication>\n`
            );
            plant(
                dir,
                `${WIDGET_CARD}.js-meta.xml`,
                '<isExposed>false</isExposed>',
                '<isExposed>true</isExposed>\n    <targets>\n        <target>lightning__RecordPage</target>\n    </targets>\n    <targetConfigs>\n        <targetConfig targets="lightning__RecordPage">\n            <objects>\n                <object>Gadget__c</object>\n            </objects>\n        </targetConfig>\n    </targetConfigs>'
            );
            plant(
                dir,
                `${OBJECT}/fields/Account__c.field-meta.xml`,
                '<referenceTo>Account</referenceTo>',
                '<referenceTo>Acount</referenceTo>'
            );
            write(
                `${OBJECT}/fields/Double_Size__c.field-meta.xml`,
                `${HEADER}<CustomField ${NS}>\n    <fullName>Double_Size__c</fullName>\n    <formula>IF(ISBLANK(Sise__c), 0, Size__c * 2) /* Colour__c in a comment */ &amp; "Weight__c"</formula>\n    <label>Double Size</label>\n    <precision>6</precision>\n    <scale>0</scale>\n    <type>Number</type>\n</CustomField>\n`
            );
            write(
                `${OBJECT}/listViews/All.listView-meta.xml`,
                `${HEADER}<ListView ${NS}>\n    <fullName>All</fullName>\n    <columns>NAME</columns>\n    <columns>Sizes__c</columns>\n    <filterScope>Everything</filterScope>\n    <label>All</label>\n</ListView>\n`
            );
            write(
                `${OBJECT}/compactLayouts/Compact.compactLayout-meta.xml`,
                `${HEADER}<CompactLayout ${NS}>\n    <fullName>Compact</fullName>\n    <fields>Name</fields>\n    <fields>Stat__c</fields>\n    <label>Compact</label>\n</CompactLayout>\n`
            );
            write(
                `${MAIN}/reportTypes/Widgets.reportType-meta.xml`,
                `${HEADER}<ReportType ${NS}>\n    <baseObject>Widget__c</baseObject>\n    <category>other</category>\n    <deployed>true</deployed>\n    <label>Widgets</label>\n    <sections>\n        <columns>\n            <checkedByDefault>true</checkedByDefault>\n            <field>Size__c</field>\n            <table>Widget__c</table>\n        </columns>\n        <columns>\n            <checkedByDefault>false</checkedByDefault>\n            <field>Mass__c</field>\n            <table>Widget__c</table>\n        </columns>\n        <masterLabel>Widgets</masterLabel>\n    </sections>\n</ReportType>\n`
            );
        });
        expectFinding(
            findings,
            'Widget__c-Widget Layout.layout-meta.xml',
            /places Widget__c\.Colour__c, which does not exist/
        );
        expectFinding(
            findings,
            'Widget_Record_Page.flexipage-meta.xml',
            /component c:gadgetCard, which does not exist/
        );
        expectFinding(
            findings,
            'Widget_Record_Page.flexipage-meta.xml',
            /shows Widget__c\.Weight__c, which does not exist/
        );
        expectFinding(findings, 'Gadget__c.tab-meta.xml', /opens object Gadget__c, which does not exist/);
        expectFinding(
            findings,
            'Widget_Home.tab-meta.xml',
            /widgetCard, whose js-meta\.xml does not list the target lightning__Tab/
        );
        expectFinding(
            findings,
            'Widgets.app-meta.xml',
            /shows tab Widget_Hom, which does not exist/,
            /did you mean Widget_Home/
        );
        expectFinding(findings, 'widgetCard.js-meta.xml', /targets object Gadget__c, which does not exist/);
        expectFinding(
            findings,
            'Account__c.field-meta.xml',
            /looks up object Acount, which does not exist/,
            /did you mean Account/
        );
        const formula = findings.filter((f) => path.basename(f.file) === 'Double_Size__c.field-meta.xml');
        assert.deepEqual(
            formula.map((f) => f.message),
            [
                'CustomField Widget__c.Double_Size__c uses Widget__c.Sise__c, which does not exist (did you mean Size__c?)'
            ]
        );
        expectFinding(findings, 'All.listView-meta.xml', /shows Widget__c\.Sizes__c, which does not exist/);
        expectFinding(
            findings,
            'Compact.compactLayout-meta.xml',
            /shows Widget__c\.Stat__c, which does not exist/
        );
        expectFinding(
            findings,
            'Widgets.reportType-meta.xml',
            /shows Widget__c\.Mass__c, which does not exist/
        );
        assert.ok(
            !findings.some((f) => /standard-Account|\.Name\b/.test(f.message)),
            JSON.stringify(findings, null, 2)
        );
    });

    it('reports a record page using a component that is not exposed', async () => {
        const findings = await withChanges(() => {
            write(`${MAIN}/flexipages/Widget_Record_Page.flexipage-meta.xml`, RECORD_PAGE);
        });
        expectFinding(
            findings,
            'Widget_Record_Page.flexipage-meta.xml',
            /web component widgetCard, which is not exposed/
        );
    });
});
