/**
 * Browser bundle entry: the demo page and browser tests create a fake workbook, install the Office
 * globals and then load the task pane, which cannot tell it is not inside Excel.
 */
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from './index';

export interface ParFakeGlobal {
  createFakeWorkbook: typeof createFakeWorkbook;
  installFakeOffice: typeof installFakeOffice;
  current?: FakeWorkbook;
}

declare global {
  interface Window {
    __PAR_FAKE__?: ParFakeGlobal;
  }
}

const api: ParFakeGlobal = {
  createFakeWorkbook,
  installFakeOffice: (target, fake, opts) => {
    api.current = fake;
    return installFakeOffice(target, fake, opts);
  },
};

window.__PAR_FAKE__ = api;

export default api;
