import { h } from '../../html.js';
import { DoneList } from './DoneList.js';
import { StartedList } from './StartedList.js';
import { CcList } from './CcList.js';
import { SubstitutePage } from './SubstitutePage.js';

/** The desk's pages (#/done, #/started, #/cc, #/substitute), or null for any other address. */
export function deskPage(section, query) {
  switch (section) {
    case 'done':
      return h(DoneList, { query });
    case 'started':
      return h(StartedList, { query });
    case 'cc':
      return h(CcList, { query });
    case 'substitute':
      return h(SubstitutePage);
    default:
      return null;
  }
}
