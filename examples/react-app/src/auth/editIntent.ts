/**
 * Asking for `write` leaves the page (a new authorization request), so what the user wanted to do is kept in
 * sessionStorage across the redirect and picked up once the app is back.
 */
export type EditIntent = { kind: "create" } | { kind: "edit"; noteId: string };

const INTENT_KEY = "frontgate.editIntent";
const WRITE_ASKED_KEY = "frontgate.writeAsked";

export function rememberEditIntent(intent: EditIntent, storage: Storage = sessionStorage): void {
  storage.setItem(INTENT_KEY, JSON.stringify(intent));
  storage.setItem(WRITE_ASKED_KEY, "true");
}

/** Returns the intent saved before the redirect, once. */
export function takeEditIntent(storage: Storage = sessionStorage): EditIntent | null {
  const saved = storage.getItem(INTENT_KEY);
  storage.removeItem(INTENT_KEY);
  if (!saved) return null;
  try {
    const intent = JSON.parse(saved) as EditIntent;
    return intent.kind === "create" || (intent.kind === "edit" && typeof intent.noteId === "string") ? intent : null;
  } catch {
    return null;
  }
}

/** True once this session asked Keycloak for `write`: asking again would only repeat Keycloak's answer. */
export const writeWasAsked = (storage: Storage = sessionStorage) => storage.getItem(WRITE_ASKED_KEY) === "true";

export function forgetEditState(storage: Storage = sessionStorage): void {
  storage.removeItem(INTENT_KEY);
  storage.removeItem(WRITE_ASKED_KEY);
}
