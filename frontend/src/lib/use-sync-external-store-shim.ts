// react-i18next imports `useSyncExternalStore` from the `use-sync-external-store/shim` package, a fallback for React
// versions before 18 that every page would download; React 19 has the hook itself (vite.config.ts aliases the shim here).
export { useSyncExternalStore } from 'react';
