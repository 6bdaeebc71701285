/**
 * The product's WXT config, built into its own folder so `npm run bench` never races a developer's
 * `wxt build` writing `.output/chrome-mv3` at the same time. Same entrypoints, same settings.
 */
import { defineConfig } from 'wxt';
import base from '../../wxt.config';

export const BENCH_OUT_DIR = '.output/bench-build';

export default defineConfig({ ...base, outDir: BENCH_OUT_DIR });
