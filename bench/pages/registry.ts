/**
 * Components the benchmarks can mount, by module name. A component joins when its bundle exists: import it
 * here and give its case in bench/cases/ the module name.
 */
import type { LightningElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';
import OrgChart from 'c/orgChart';
import Portfolio from 'c/portfolio';
import WhitespaceGrid from 'c/whitespaceGrid';
import RecordPage from '../../workbench/shell/lwc/wb/recordPage/recordPage';

export const BENCH_COMPONENTS: Readonly<Record<string, typeof LightningElement>> = {
    'c/errorPanel': ErrorPanel,
    'c/orgChart': OrgChart,
    'c/portfolio': Portfolio,
    'c/whitespaceGrid': WhitespaceGrid,
    'wb/recordPage': RecordPage
};
