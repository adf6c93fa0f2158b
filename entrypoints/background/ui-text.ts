// Localised text for the few strings the background shows itself (the context menu). The message files
// belong to the UI; until a key exists there, the English fallback keeps the menu usable rather than empty.
import { browser } from 'wxt/browser';

export function uiText(key: string, fallback: string): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string) => string;
    return getMessage(key) || fallback;
  } catch {
    return fallback;
  }
}
