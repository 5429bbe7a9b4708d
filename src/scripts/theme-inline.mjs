// The one classic inline script: applies the saved theme before first paint (a module
// script would run too late and flash). It lives here so astro.config.mjs can put its hash
// in the Content-Security-Policy: sent as a header, the policy then allows it too.
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('ssm:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
