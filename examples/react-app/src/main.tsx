import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AuthProvider } from "react-oidc-context";
import { clearAuthParamsFromUrl } from "./auth/oidcSettings";
import { userManager } from "./auth/userManager";
import { App } from "./ui/App";
import "./ui/app.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <AuthProvider userManager={userManager} onSigninCallback={clearAuthParamsFromUrl}>
      <App />
    </AuthProvider>
  </StrictMode>,
);
