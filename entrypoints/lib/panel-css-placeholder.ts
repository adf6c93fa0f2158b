/**
 * Stands for the panel's stylesheet in panel.js until the build replaces it (see wxt.config.ts). It is a
 * CSS comment, so where no build step ran (unit tests) it is still valid, empty CSS.
 */
export const PANEL_CSS_PLACEHOLDER = '/*__CONTREPOINT_PANEL_CSS__*/';
