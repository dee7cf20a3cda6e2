import { LightningElement, api } from 'lwc';
import { placedIn, type PlacedView } from '../../../registry';

/** A Lightning app page (the managers' portfolio page): a page header and its region of components. */
export default class AppPage extends LightningElement {
    @api apiName = '';
    @api label = '';

    override connectedCallback(): void {
        document.title = `${this.label} | Keystone`;
    }

    get components(): PlacedView[] {
        return placedIn({ type: 'app', apiName: this.apiName }, 'main', {});
    }
}
