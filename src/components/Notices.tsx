import { useStore } from './use-store';
import { useEffect, useState } from 'preact/hooks';
import { $notices } from '../stores/calculator';
import { $ownEstimate } from '../stores/persistence';
import { $storageRefused } from '../stores/storage';

type Lists = typeof import('./NoticeList');

/**
 * What the page must tell on opening: what a link or saved estimate could not use, a shared estimate
 * opened beside the user's own, a browser that keeps nothing. Their code and strings load only then.
 */
export function Notices() {
  const count = useStore($notices).length;
  const own = useStore($ownEstimate);
  const refused = useStore($storageRefused);
  const [lists, setLists] = useState<Lists | null>(null);
  const needed = count > 0 || own !== null || refused;
  useEffect(() => {
    if (needed && !lists) void import('./NoticeList').then(setLists);
  }, [needed, lists]);
  return lists && <>{count > 0 && <lists.NoticeList />}<lists.SharedNotice /></>;
}
