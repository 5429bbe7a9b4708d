// The LMS side of the browser tests. `?pkg=ssm-playbook-en-scorm12` picks the package
// (served unpacked from its zip under /lms/course/<pkg>/); `window.lmsStartData` (set by
// the test before the page loads) is what the LMS kept from an earlier session. The test
// reads `window.lms`: how often each API method was called and a snapshot of the data
// model at every commit.
(function () {
  const params = new URLSearchParams(location.search);
  const pkg = params.get('pkg') ?? '';
  const match = /^ssm-playbook-(en|zh-cn)-(scorm12|scorm2004)$/.exec(pkg);
  if (!match) throw new Error(`unknown package ${pkg}`);
  const [, locale, kind] = match;
  const api = kind === 'scorm12' ? new window.Scorm12API({ logLevel: 5 }) : new window.Scorm2004API({ logLevel: 5 });
  if (window.lmsStartData) api.loadFromJSON(window.lmsStartData);
  const snapshot = () => JSON.parse(JSON.stringify(api.renderCMIToJSONObject())).cmi;
  const lms = (window.lms = { calls: {}, commits: [], errors: [], api });
  const count = (name) => (lms.calls[name] = (lms.calls[name] ?? 0) + 1);
  const names =
    kind === 'scorm12'
      ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
      : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
  // `?fail=commit`: the LMS refuses every commit (general exception), as a broken backend would.
  const failing = params.get('fail') === 'commit' ? names[4] : null;
  let forcedError = null;
  const errorName = kind === 'scorm12' ? 'LMSGetLastError' : 'GetLastError';
  const realError = api[errorName].bind(api);
  api[errorName] = () => forcedError ?? realError();
  for (const name of names) {
    const original = api[name].bind(api);
    api[name] = (...args) => {
      count(name);
      forcedError = null;
      if (name === failing) {
        forcedError = '101';
        return 'false';
      }
      const result = original(...args);
      if (result === 'false') lms.errors.push(`${name}(${args.join(', ')}): ${api[errorName]()}`);
      if (name === 'LMSCommit' || name === 'Commit' || name === 'LMSFinish' || name === 'Terminate')
        lms.commits.push(snapshot());
      return result;
    };
  }
  window[kind === 'scorm12' ? 'API' : 'API_1484_11'] = api;
  window.addEventListener('DOMContentLoaded', () => {
    document.getElementById('sco').src = `/lms/course/${pkg}/${locale}/lms/index.html`;
  });
})();
