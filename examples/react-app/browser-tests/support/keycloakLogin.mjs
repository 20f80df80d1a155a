/**
 * Fills Keycloak's login form (a realm's, or the master realm's for the admin console) without submitting it, so the
 * caller can look at the page first and submit it the way its flow needs (`keycloakLoginButton(page).click()`).
 */
export async function fillKeycloakLogin(page, username, password) {
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
}

export const keycloakLoginButton = (page) => page.locator("#kc-login");
