/**
 * The HTML of a workbench page: SLDS, the import map that links the app build to the vendor bundle, the
 * page's context (running user) and its entry module. Synthetic shadow loads first, as in Lightning.
 */
export interface PageOptions {
    title: string;
    importMap: Readonly<Record<string, string>>;
    syntheticShadow: string;
    entry: string;
    context: Readonly<Record<string, unknown>>;
}

/** JSON safe to embed in a `<script>` element. */
function embedded(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderPage(options: PageOptions): string {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css">
<style>
html, body { margin: 0; min-height: 100%; background: #b0c4df; }
body { background: linear-gradient(180deg, #1b5297 0, #b0c4df 240px, #b0c4df 100%) no-repeat, #b0c4df; }
</style>
<script type="importmap">${embedded({ imports: options.importMap })}</script>
<script type="application/json" id="wb-context">${embedded(options.context)}</script>
<script type="module" src="${options.syntheticShadow}"></script>
<script type="module" src="${options.entry}"></script>
</head>
<body>
<div id="wb-root"></div>
</body>
</html>
`;
}

/** Shown while the first build runs or when it failed (the page looks again every two seconds). */
export function renderBuildProblem(message: string, building: boolean): string {
    const refresh = '<meta http-equiv="refresh" content="2">';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${refresh}<title>Keystone workbench</title>
<link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css"></head>
<body class="slds-p-around_large"><main>
<h1 class="slds-text-heading_medium slds-m-bottom_small">${building ? 'Building the workbench…' : 'The workbench build failed'}</h1>
<pre class="slds-box slds-theme_shade" style="white-space: pre-wrap">${escapeHtml(message)}</pre>
</main></body></html>
`;
}
