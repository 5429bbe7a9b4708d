// Main-thread tasks that run this site's JavaScript, from a Chromium trace: unlike the Long
// Tasks API it tells our scripts' tasks from the browser's own parsing and layout, which on a
// loaded machine are long too. Used by scripts/bench-idle.mjs.

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.compileModule']);

/** Starts tracing `page`; the returned function stops it and lists, per task that ran our scripts, the task's
 * length and our scripts' part of it (ms), most script first. */
export async function traceOurTasks(browser, page) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'v8'] });
  return async () => {
    const origin = new URL(page.url()).origin;
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    if (!main) return [];
    const onMain = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    // Ours: the site's scripts and inline scripts (their URL is the page's); modules carry no URL,
    // and every module on our pages is ours.
    const ourScripts = onMain.filter(
      (e) =>
        SCRIPT_EVENTS.has(e.name) &&
        (e.name === 'v8.evaluateModule' || String(e.args?.data?.url ?? '').startsWith(origin)),
    );
    // Per task, the time spent in our scripts (outermost events only; nested calls are inside them).
    return onMain
      .filter((task) => task.name === 'ThreadControllerImpl::RunTask')
      .map((task) => {
        const inside = ourScripts
          .filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur)
          .sort((x, y) => x.ts - y.ts);
        let ms = 0;
        let until = 0;
        for (const e of inside) {
          if (e.ts >= until) ms += e.dur / 1000;
          until = Math.max(until, e.ts + e.dur);
        }
        const what = inside
          .filter((e) => e.dur > 5000)
          .map(
            (e) =>
              `${e.name} ${String(e.args?.data?.url ?? '')
                .split('/')
                .pop()} ${e.args?.data?.functionName ?? ''} ${Math.round(e.dur / 1000)}`,
          );
        return { task: Math.round(task.dur / 1000), script: Math.round(ms), what };
      })
      .filter((t) => t.script > 0)
      .sort((x, y) => y.script - x.script);
  };
}
