/** Where a calendar feed is: the API path, as an https URL to copy and as a webcal URL that calendar programs subscribe to. */
export type FeedUrls = { https: string; webcal: string };

const e = encodeURIComponent;

export const feedPaths = {
  area: (slug: string) => `/api/v1/areas/${e(slug)}/presentations.ics`,
  committee: (id: string) => `/api/v1/committees/${e(id)}/presentations.ics`,
};

/** The feed's address on this server (`origin`, e.g. `https://ihk.example`), and the same with the webcal scheme. */
export function feedUrls(path: string, origin: string): FeedUrls {
  const https = new URL(path, origin).toString();
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
