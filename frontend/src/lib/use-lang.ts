import { useLocation } from 'react-router';
import { langFromPath, type Lang } from './paths';

/** The interface language, taken from the URL. */
export function useLang(): Lang {
  return langFromPath(useLocation().pathname);
}
