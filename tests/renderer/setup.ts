import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { configure } from 'mobx';

// The same MobX discipline as the app: state changes only inside actions.
configure({ enforceActions: 'always' });
afterEach(() => cleanup());
