/** Fills `{name}` placeholders in a UI string (shared by pages and islands). */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
