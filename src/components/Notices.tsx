import { useStore } from './use-store';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $notices } from '../stores/calculator';

/** The notice list, whose code and strings load only when there is something to tell. */
export function Notices() {
  const count = useStore($notices).length;
  const [List, setList] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (count > 0 && !List) void import('./NoticeList').then(({ NoticeList }) => setList(() => NoticeList));
  }, [count, List]);
  return List && count > 0 ? <List /> : null;
}
