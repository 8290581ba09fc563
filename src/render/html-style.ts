/**
 * The stylesheet embedded in every HTML document: readable on screen, and printed on A4 with the
 * URL of each external link after its text (a printed letter cannot be clicked).
 */
export const HTML_STYLE = `
@page { size: A4; margin: 20mm 20mm 22mm; }
html { color-scheme: light; }
body { margin: 2rem auto; max-width: 44rem; padding: 0 1rem; color: #111; background: #fff;
  font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.5; }
h1, h2, h3 { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.25;
  margin: 1.6em 0 0.5em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.3rem; }
h3 { font-size: 1.1rem; }
p, li { orphans: 3; widows: 3; }
a { color: #0b4f8a; }
blockquote { margin: 1em 0; padding: 0 0 0 1em; border-left: 3px solid #888; color: #333; }
hr { border: 0; border-top: 1px solid #888; margin: 2em 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #666; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
th { background: #eee; }
.align-center { text-align: center; }
.align-right { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
sup { line-height: 0; }
.footnote-ref { text-decoration: none; }
.footnotes { margin-top: 2.5em; border-top: 1px solid #888; font-size: 0.9em; }
.footnotes h2 { font-size: 1rem; }
.footnote-backref { text-decoration: none; margin-left: 0.3em; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  a.external::after { content: " (" attr(href) ")"; font-size: 0.9em; overflow-wrap: anywhere; }
  .footnote-backref { display: none; }
  thead { display: table-header-group; }
  th { background: none; }
}
`.trim();
