/** The app version, read from package.json at build time (the bundler inlines it). */
import packageJson from '../../package.json';

export const APP_VERSION: string = packageJson.version;
