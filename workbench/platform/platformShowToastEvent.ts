/**
 * `lightning/platformShowToastEvent`: the event a component dispatches to show a toast. In the workbench the
 * page shell listens for it on the document and shows the toast, as Lightning Experience does.
 */
import type { ToastEventDetail } from 'lightning/platformShowToastEvent';

export const SHOW_TOAST_EVENT = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<ToastEventDetail> {
    constructor(detail: ToastEventDetail) {
        super(SHOW_TOAST_EVENT, { bubbles: true, composed: true, cancelable: true, detail });
    }
}
