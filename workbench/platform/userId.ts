/** `@salesforce/user/Id`: the Id of the user the workbench runs as. */
import { workbenchContext } from './context';

const userId: string = workbenchContext().userId;
export default userId;
