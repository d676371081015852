import { useEffect, type RefObject } from 'react';
import { reportedHeight } from '../utils/embed-code';

/** Fits the height of a frame of our own origin (the builder's preview) to the height its embed reports. */
export function useFrameHeight(frame: RefObject<HTMLIFrameElement | null>) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const element = frame.current;
      if (!element || event.source !== element.contentWindow || event.origin !== window.location.origin) return;
      const height = reportedHeight(event.data);
      if (height !== undefined) element.style.height = `${height}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame]);
}
