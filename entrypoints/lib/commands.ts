/** The manifest's keyboard command that shows or hides the panel (declared in wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-panel';
