import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AuthProvider } from "react-oidc-context";
import { appConfig } from "./config";
import { clearAuthParamsFromUrl, oidcSettings } from "./auth/oidcSettings";
import { App } from "./ui/App";
import "./ui/app.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <AuthProvider {...oidcSettings(appConfig, window.location.origin)} onSigninCallback={clearAuthParamsFromUrl}>
      <App />
    </AuthProvider>
  </StrictMode>,
);
