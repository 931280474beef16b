import { h } from '../html.js';
import { Inbox } from './tasks/Inbox.js';
import { TaskPage } from './tasks/TaskPage.js';
import { AgreementList } from './agreement/AgreementList.js';
import { AgreementForm } from './agreement/AgreementForm.js';
import { AgreementDetail } from './agreement/AgreementDetail.js';
import { ProjectList } from './project/ProjectList.js';
import { ProjectForm } from './project/ProjectForm.js';
import { ProjectDetail } from './project/ProjectDetail.js';
import { ProjectImportPage } from './plans/ProjectImportPage.js';
import { MoneyTrace } from './funds/MoneyTrace.js';
import { NotFound } from './common/NotFound.js';
import { NotificationList } from './notifications/NotificationList.js';
import { Dashboard } from './reporting/Dashboard.js';
import { FundExplorer } from './funds/FundExplorer.js';
import { PeoplePage } from './people/PeoplePage.js';
import { PasswordPage } from './people/PasswordPage.js';
import { AdminHome } from './people/AdminHome.js';
import { DirectoryAdmin } from './directory/DirectoryAdmin.js';
import { ChannelsPage } from './notifications/ChannelsPage.js';
import { OutboxPage } from './notifications/OutboxPage.js';
import { useSession, hasRole } from '../session.js';
import { deskPage } from './desk/deskRoutes.js';

/**
 * Picks the page for the address (#/inbox, #/tasks/{id}, #/agreements/…, #/projects/…, #/dashboard,
 * #/audit, #/password, #/me/channels; for administrators #/people, #/directory and #/admin/outbox, and their home page
 * shows coverage).
 */
export function Routes({ route }) {
  const me = useSession();
  const admin = hasRole(me, 'admin');
  const [section, id, sub] = route.path;
  const q = route.query;
  switch (section) {
    case undefined:
      return admin ? h(AdminHome) : h(Inbox, { query: q });
    case 'inbox':
      return h(Inbox, { query: q });
    case 'people':
      return admin ? h(PeoplePage, { query: q }) : h(NotFound);
    case 'password':
      return h(PasswordPage);
    case 'me':
      return id === 'channels' ? h(ChannelsPage) : h(NotFound);
    case 'admin':
      return admin && id === 'outbox' ? h(OutboxPage, { query: q }) : h(NotFound);
    case 'tasks':
      return id ? h(TaskPage, { key: id, id }) : h(Inbox, { query: q });
    case 'agreements':
      if (!id) {
        return h(AgreementList, { query: q });
      }
      if (id === 'new') {
        return h(AgreementForm, {});
      }
      return h(AgreementDetail, { key: id, id });
    case 'projects':
      if (!id) {
        return h(ProjectList, { query: q });
      }
      if (id === 'new') {
        return h(ProjectForm, { agreementId: q.agreementId });
      }
      if (id === 'import') {
        return h(ProjectImportPage);
      }
      if (sub === 'trace') {
        return h(MoneyTrace, { key: id, id });
      }
      return h(ProjectDetail, { key: id, id });
    case 'dashboard':
      return h(Dashboard, { query: q });
    case 'audit':
      return h(FundExplorer, { query: q });
    case 'directory':
      return h(DirectoryAdmin);
    case 'notifications':
      return h(NotificationList, { query: q });
    default:
      return deskPage(section, q) || h(NotFound);
  }
}
