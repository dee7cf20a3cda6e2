/** The workbench page's entry module. */
import { bootShell } from './boot';

bootShell();
