/** markdown-it plugins that ship without types, as far as Broadsheet calls them. */
declare module 'markdown-it-footnote' {
  const footnote: (md: object) => void;
  export default footnote;
}
declare module 'markdown-it-abbr' {
  const abbr: (md: object) => void;
  export default abbr;
}
