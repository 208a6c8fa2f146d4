// electron-vite replaces import.meta.env.DEV at build time: true for `electron-vite dev`, false in
// every production build (`npm start`, packaged app), where the dead branch is removed.
interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
