/**
 * Where the workbench finds its inputs and keeps its outputs. Everything it writes goes under `.workbench/`
 * (gitignored): the state of the demo data, the cached vendor bundle and the app build.
 */
import path from 'node:path';

/** The repository root. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export interface WorkbenchPaths {
    root: string;
    /** The package's components: `c/<name>` → `<lwcDir>/<name>/<name>.ts`. */
    lwcDir: string;
    /** The page shell: an LWC app, `wb/<name>` → `<shellLwcDir>/wb/<name>/<name>.ts`. */
    shellDir: string;
    shellLwcDir: string;
    /** Browser-side local platform modules (lightning/navigation, @salesforce/apex…). */
    platformDir: string;
    /** In-memory Apex: `workbench/apex/<Class>.ts`, registered in `workbench/apex/index.ts`. */
    apexDir: string;
    labelsFile: string;
    objectsDir: string;
    /** `.workbench/`: state, caches and build output. */
    workDir: string;
    stateFile: string;
    cacheDir: string;
    buildDir: string;
}

export function workbenchPaths(root: string = PROJECT_ROOT, workDir?: string): WorkbenchPaths {
    const source = path.join(root, 'force-app', 'main', 'default');
    const work = workDir ?? path.join(root, '.workbench');
    return {
        root,
        lwcDir: path.join(source, 'lwc'),
        shellDir: path.join(root, 'workbench', 'shell'),
        shellLwcDir: path.join(root, 'workbench', 'shell', 'lwc'),
        platformDir: path.join(root, 'workbench', 'platform'),
        apexDir: path.join(root, 'workbench', 'apex'),
        labelsFile: path.join(source, 'labels', 'CustomLabels.labels-meta.xml'),
        objectsDir: path.join(source, 'objects'),
        workDir: work,
        stateFile: path.join(work, 'state.json'),
        // The vendor bundle depends only on package versions: one cache for every work directory.
        cacheDir: path.join(root, '.workbench', 'cache'),
        buildDir: path.join(work, 'build')
    };
}
