/**
 * Ports of the browser tests, from the environment so parallel runs (other worktrees, CI jobs)
 * never share a server: `E2E_PORT` for the built site, `E2E_PARTNER_PORT` for the stand-in partner.
 */
export const CALCULATOR_PORT = Number(process.env.E2E_PORT ?? 4322);

/** The built calculator as the browser tests reach it. */
export const CALCULATOR = `http://127.0.0.1:${CALCULATOR_PORT}`;

/** The stand-in partner site's port: 88 above the calculator's unless set, so 4410 by default. */
export const PARTNER_PORT = Number(process.env.E2E_PARTNER_PORT ?? CALCULATOR_PORT + 88);

/** The stand-in partner site's origin. */
export const PARTNER = `http://127.0.0.1:${PARTNER_PORT}`;
