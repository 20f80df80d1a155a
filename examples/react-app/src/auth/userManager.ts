import { UserManager } from "oidc-client-ts";
import { appConfig } from "../config";
import { oidcSettings } from "./oidcSettings";

/**
 * The app's one UserManager, shared by react-oidc-context (sign-in, renewal) and the API client, which asks it for a
 * DPoP proof per call.
 */
export const userManager = new UserManager(oidcSettings(appConfig, window.location.origin));
