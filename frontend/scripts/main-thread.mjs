// The main thread of a page as a slow phone's would be: loads the page RUNS times (default 7) in Debian's Chromium with
// the processor slowed four times (the network as it is) and prints the median first contentful paint, largest
// contentful paint, blocking time (every task after the first paint, less 50 ms each) and longest such task.
// Unlike Lighthouse, which simulates the slowdown from one fast run, it measures the slowed page itself, so that
// changes to the page's JavaScript can be compared with less noise. Needs a running backend:
//   BASE_URL=http://127.0.0.1:8096 PAGE=/areas/schinkel node scripts/main-thread.mjs
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';

const url = (process.env.BASE_URL ?? 'http://127.0.0.1:8096') + (process.env.PAGE ?? '/areas/schinkel');
const RUNS = Math.max(1, Number(process.env.RUNS ?? 7));

/** The trace of one load, slowed four times, with the phone's viewport of Lighthouse's mobile form factor. */
async function traceOfOneLoad(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading',
      transferMode: 'ReturnAsStream',
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(4500);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    let data = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      data += chunk.data;
      if (chunk.eof) break;
    }
    return JSON.parse(data).traceEvents;
  } finally {
    await context.close();
  }
}

function figures(events) {
  const start = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url === url).ts;
  const fcp = events.filter((e) => e.name === 'firstContentfulPaint').pop();
  const lcp = events.filter((e) => e.name === 'largestContentfulPaint::Candidate').pop();
  const tasks = events.filter((e) => e.pid === fcp.pid && e.name === 'RunTask' && e.ts > start);
  const mainThread = tasks.sort((a, b) => b.dur - a.dur)[0].tid;
  const long = tasks.filter((e) => e.tid === mainThread && e.ts > fcp.ts && e.dur > 50_000).map((e) => e.dur / 1000);
  return {
    fcp: (fcp.ts - start) / 1000,
    lcp: (lcp.ts - start) / 1000,
    blocking: long.reduce((sum, ms) => sum + ms - 50, 0),
    longest: Math.max(0, ...long),
  };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) runs.push(figures(await traceOfOneLoad(browser)));
} finally {
  await browser.close();
}
const median = (key) => Math.round(runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]);
console.log(`${url}, CPU slowed 4x, median of ${RUNS} loads:`);
console.log(`  first contentful paint ${median('fcp')} ms, largest contentful paint ${median('lcp')} ms`);
console.log(`  blocking time after the first paint ${median('blocking')} ms (each run: ${runs.map((r) => Math.round(r.blocking)).join(', ')})`);
console.log(`  longest task after the first paint ${median('longest')} ms`);
