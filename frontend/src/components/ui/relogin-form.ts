import { createContext, type ReactNode } from 'react';

/** Renders a form to log in again; `onLoggedIn` runs after a successful login. */
export type RenderReloginForm = (onLoggedIn: () => void) => ReactNode;

/**
 * The login form of the "session expired" dialog. Shared components do not know the auth feature, so the app provides
 * its form here (app/provider.tsx); without one the dialog only explains.
 */
export const ReloginFormContext = createContext<RenderReloginForm | null>(null);
