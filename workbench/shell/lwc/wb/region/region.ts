import { LightningElement, api } from 'lwc';
import type { PlacedView } from '../../../registry';

/**
 * One region of a Lightning page: the Keystone components placed in it, each with the properties App
 * Builder would give it, or a note that nothing is placed there yet.
 */
export default class Region extends LightningElement {
    @api components: PlacedView[] = [];
    @api label = '';

    get isEmpty(): boolean {
        return this.components.length === 0;
    }
}
