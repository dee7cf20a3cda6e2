/**
 * `npm run workbench:reset`: puts the workbench's demo data back to the sample data (as if loaded today) and
 * the running user back to the demo key account's owner. A workbench running on PORT (default 3000) is reset
 * in place; otherwise the state file is.
 */
import { workbenchPaths } from './paths';
import { RecordStore } from './store/record-store';
import { sampleDataState } from './store/seed';

async function resetRunningWorkbench(): Promise<boolean> {
    const port = Number(process.env.PORT ?? 3000);
    try {
        const response = await fetch(`http://127.0.0.1:${port}/workbench/reset`, {
            method: 'POST',
            body: '{}'
        });
        if (response.ok) {
            console.log(`Reset the demo data of the workbench running on port ${port}.`);
            return true;
        }
    } catch {
        // Nothing is listening there.
    }
    return false;
}

async function main(): Promise<void> {
    if (await resetRunningWorkbench()) {
        return;
    }
    const paths = workbenchPaths();
    const store = new RecordStore(paths.stateFile, () => sampleDataState());
    store.reset();
    console.log(
        `Workbench demo data reset (${store.seedInfo.source}, dated ${store.seedInfo.today}): ${paths.stateFile}`
    );
}

void main();
