import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The realm allows exactly http://localhost:5173 as redirect URI and web origin, so the port must not drift.
export default defineConfig({
  plugins: [react()],
  server: { host: "localhost", port: 5173, strictPort: true },
  preview: { host: "localhost", port: 5173, strictPort: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test-setup.ts"],
  },
});
