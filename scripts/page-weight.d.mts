export interface Size {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  path: string;
  html: Size;
  jsFirst: Size;
  jsAll: Size;
  css: Size;
  hasReact: boolean;
  islands: number;
}
export const dist: string;
export const pageTypes: Record<string, string> &
  Record<
    | 'overview'
    | 'stage'
    | 'stage (zh-cn)'
    | 'reference'
    | 'glossary'
    | 'about'
    | 'exercises index'
    | 'facilitator guide'
    | 'facilitator module'
    | 'answer keys'
    | '404',
    string
  >;
export function pageWeight(urlPath: string): PageWeight;
export function pageExists(urlPath: string): boolean;
