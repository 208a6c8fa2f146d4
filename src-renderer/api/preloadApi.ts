/** The desktop app's API: the named functions the preload put on `window.infercalc`. */
import { API_GLOBAL_KEY, type InferCalcApi } from '@shared/api/client';

export function preloadApi(): InferCalcApi | undefined {
  return (window as unknown as Record<string, InferCalcApi | undefined>)[API_GLOBAL_KEY];
}
