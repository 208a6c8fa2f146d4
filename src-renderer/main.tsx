/** The renderer's entry: picks the transport (preload in the desktop app, HTTP in web mode) and starts. */
import { configure } from 'mobx';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadApi } from './api/preloadApi';
import { createHttpApi } from './api/httpApi';
import { newSessionId, tabStorage, takeWebSecret } from './api/webSecret';
import { App } from './components/App';
import { RootStore } from './stores/RootStore';
import { StoreContext } from './stores/context';
import './styles.css';

configure({ enforceActions: 'always' });

const api =
  preloadApi() ??
  createHttpApi({
    fetch: window.fetch.bind(window),
    secret: takeWebSecret({ location: window.location, storage: tabStorage(), history: window.history }),
    session: newSessionId(),
    events: true,
  });
const store = new RootStore(api);
void store.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
