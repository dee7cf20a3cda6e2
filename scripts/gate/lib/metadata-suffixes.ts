import fs from 'node:fs';
import path from 'node:path';

/** Metadata type of each source-format suffix (`Widget__c.object-meta.xml` -> `object`). */
const SUFFIX_TYPES: Record<string, string> = {
    object: 'CustomObject',
    field: 'CustomField',
    validationRule: 'ValidationRule',
    listView: 'ListView',
    compactLayout: 'CompactLayout',
    recordType: 'RecordType',
    webLink: 'WebLink',
    fieldSet: 'FieldSet',
    businessProcess: 'BusinessProcess',
    sharingReason: 'SharingReason',
    index: 'Index',
    permissionset: 'PermissionSet',
    permissionsetgroup: 'PermissionSetGroup',
    profile: 'Profile',
    mutingpermissionset: 'MutingPermissionSet',
    customPermission: 'CustomPermission',
    cls: 'ApexClass',
    trigger: 'ApexTrigger',
    page: 'ApexPage',
    component: 'ApexComponent',
    js: 'LightningComponentBundle',
    flexipage: 'FlexiPage',
    app: 'CustomApplication',
    tab: 'CustomTab',
    labels: 'CustomLabels',
    layout: 'Layout',
    reportType: 'ReportType',
    report: 'Report',
    dashboard: 'Dashboard',
    reportFolder: 'ReportFolder',
    dashboardFolder: 'DashboardFolder',
    documentFolder: 'DocumentFolder',
    emailFolder: 'EmailFolder',
    emailTemplateFolder: 'EmailTemplateFolder',
    email: 'EmailTemplate',
    document: 'Document',
    md: 'CustomMetadata',
    sharingRules: 'SharingRules',
    quickAction: 'QuickAction',
    globalValueSet: 'GlobalValueSet',
    standardValueSet: 'StandardValueSet',
    globalValueSetTranslation: 'GlobalValueSetTranslation',
    standardValueSetTranslation: 'StandardValueSetTranslation',
    objectTranslation: 'CustomObjectTranslation',
    fieldTranslation: 'CustomFieldTranslation',
    translation: 'Translations',
    flow: 'Flow',
    flowDefinition: 'FlowDefinition',
    workflow: 'Workflow',
    resource: 'StaticResource',
    asset: 'ContentAsset',
    messageChannel: 'LightningMessageChannel',
    remoteSite: 'RemoteSiteSetting',
    cspTrustedSite: 'CspTrustedSite',
    corsWhitelistOrigin: 'CorsWhitelistOrigin',
    namedCredential: 'NamedCredential',
    externalCredential: 'ExternalCredential',
    notiftype: 'CustomNotificationType',
    pathAssistant: 'PathAssistant',
    assignmentRules: 'AssignmentRules',
    autoResponseRules: 'AutoResponseRules',
    escalationRules: 'EscalationRules',
    duplicateRule: 'DuplicateRule',
    matchingRule: 'MatchingRules',
    queue: 'Queue',
    group: 'Group',
    role: 'Role',
    connectedApp: 'ConnectedApp',
    lightningExperienceTheme: 'LightningExperienceTheme',
    brandingSet: 'BrandingSet',
    customApplicationComponent: 'CustomApplicationComponent',
    weblink: 'CustomPageWebLink',
    platformEventChannel: 'PlatformEventChannel',
    platformEventChannelMember: 'PlatformEventChannelMember',
    platformEventSubscriberConfig: 'PlatformEventSubscriberConfig',
    cachePartition: 'PlatformCachePartition',
    featureParameterBoolean: 'FeatureParameterBoolean',
    featureParameterInteger: 'FeatureParameterInteger',
    featureParameterDate: 'FeatureParameterDate',
    dwl: 'DataWeaveResource',
    prompt: 'Prompt',
    navigationMenu: 'NavigationMenu',
    network: 'Network',
    audience: 'Audience',
    topicsForObjects: 'TopicsForObjects',
    bot: 'Bot',
    botVersion: 'BotVersion',
    genAiFunction: 'GenAiFunction',
    genAiPlugin: 'GenAiPlugin',
    genAiPromptTemplate: 'GenAiPromptTemplate',
    digitalExperience: 'DigitalExperienceBundle',
    digitalExperienceConfig: 'DigitalExperienceConfig'
};

/** Suffixes shared by two types; the root element decides which one the file is. */
const AMBIGUOUS_SUFFIXES: Record<string, string[]> = {
    site: ['CustomSite', 'SiteDotCom', 'ExperienceBundle']
};

/** Files of an Aura bundle (`aura/<name>/<name>.<ext>-meta.xml`) all describe the bundle. */
const AURA_SUFFIXES = new Set(['cmp', 'app', 'evt', 'intf', 'design', 'tokens', 'auradoc', 'svg', 'css']);

interface RegistryJson {
    suffixes?: Record<string, string>;
    types?: Record<
        string,
        { name: string; children?: { types?: Record<string, { name: string; suffix?: string }> } }
    >;
}

let registrySuffixes: Map<string, string> | undefined;

/**
 * Suffix -> type pairs from `@salesforce/source-deploy-retrieve`'s registry when that package is
 * installed (it comes with `@salesforce/cli`); it covers the hundreds of rarer types the table omits.
 */
function registryTypes(): Map<string, string> {
    if (registrySuffixes) {
        return registrySuffixes;
    }
    registrySuffixes = new Map();
    try {
        const main = require.resolve('@salesforce/source-deploy-retrieve');
        let dir = path.dirname(main);
        while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) {
            dir = path.dirname(dir);
        }
        const json = JSON.parse(
            fs.readFileSync(path.join(dir, 'lib', 'src', 'registry', 'metadataRegistry.json'), 'utf8')
        ) as RegistryJson;
        const types = json.types ?? {};
        for (const [suffix, id] of Object.entries(json.suffixes ?? {})) {
            const name = types[id]?.name;
            if (name) {
                registrySuffixes.set(suffix, name);
            }
        }
        for (const type of Object.values(types)) {
            for (const child of Object.values(type.children?.types ?? {})) {
                if (child.suffix && !registrySuffixes.has(child.suffix)) {
                    registrySuffixes.set(child.suffix, child.name);
                }
            }
        }
    } catch {
        // Without the registry only the table above is known.
    }
    return registrySuffixes;
}

/** The `<suffix>` of `Name.<suffix>-meta.xml`, or undefined for other files. */
export function metaSuffix(file: string): string | undefined {
    const match = /\.([A-Za-z0-9]+)-meta\.xml$/.exec(path.basename(file));
    return match?.[1];
}

/**
 * Root element names a `*-meta.xml` file may have, from its suffix (and folder, for Aura bundles and
 * settings): usually exactly one; empty when the suffix is unknown.
 */
export function expectedRootTypes(file: string): string[] {
    const suffix = metaSuffix(file);
    if (suffix === undefined) {
        return [];
    }
    const segments = file.split(/[\\/]/);
    if (segments.includes('aura') && AURA_SUFFIXES.has(suffix)) {
        return ['AuraDefinitionBundle'];
    }
    if (segments.includes('lwc') && suffix === 'js') {
        return ['LightningComponentBundle'];
    }
    if (suffix === 'settings') {
        // `Account.settings-meta.xml` holds `<AccountSettings>`.
        return [`${path.basename(file).slice(0, -'.settings-meta.xml'.length)}Settings`];
    }
    const ambiguous = AMBIGUOUS_SUFFIXES[suffix];
    if (ambiguous) {
        return ambiguous;
    }
    const type = SUFFIX_TYPES[suffix] ?? registryTypes().get(suffix);
    return type ? [type] : [];
}

/** The component name of a file: `Widget__c.object-meta.xml` -> `Widget__c`, `Widget__c-Layout.layout-meta.xml` -> `Widget__c-Layout`. */
export function componentName(file: string): string {
    const base = path.basename(file);
    const suffix = metaSuffix(file);
    return suffix === undefined ? base : base.slice(0, -`.${suffix}-meta.xml`.length);
}
