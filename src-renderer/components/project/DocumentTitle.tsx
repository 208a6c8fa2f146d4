import { reaction } from 'mobx';
import { useEffect } from 'react';
import { useStores } from '../../stores/context';
import { windowTitle } from '../../stores/project/windowTitle';

/** Keeps the page's (and so the desktop window's) title on the open project; renders nothing. */
export function DocumentTitle() {
  const { project } = useStores();
  useEffect(
    () =>
      reaction(
        () => windowTitle(project),
        (title) => (document.title = title),
        { fireImmediately: true },
      ),
    [project],
  );
  return null;
}
