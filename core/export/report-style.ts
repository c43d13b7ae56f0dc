// The report's only stylesheet, inlined so the file is readable anywhere (mail, archive,
// print) without the app or the network. Insertions and deletions stay distinguishable in
// black and white: struck through / underlined, not only coloured.
export const REPORT_CSS = `
:root { color-scheme: light; --ins: #e6f4ea; --ins-ink: #0b5d1e; --del: #fde8e8; --del-ink: #9b1c1c; --rule: #d0d4da; --muted: #5f6b7a; }
* { box-sizing: border-box; }
body { font: 15px/1.55 Georgia, "Times New Roman", serif; color: #1c2430; max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
h1, h2, h3, th, .figures, .meta, .label, .legend { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
.meta { color: var(--muted); margin: 0 0 1.5rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 0; }
.figures div { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .8rem; }
.figures dt { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.figures dd { margin: .15rem 0 0; font-size: 1.35rem; font-weight: 600; }
.figures dd small { display: block; font-size: .8rem; font-weight: 400; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.severity-error { color: var(--del-ink); font-weight: 600; }
.severity-warning { color: #8a5a00; font-weight: 600; }
.severity-info { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
mark { background: #fff3bf; }
.legend { color: var(--muted); font-size: .9rem; }
.group { margin: 0 0 1rem; padding: .1rem 0 .1rem .9rem; border-left: 3px solid var(--rule); }
.group.changed { border-left-color: #c27c0e; }
.group .label { font-size: .75rem; color: var(--muted); margin-bottom: .15rem; }
.group p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.group.unchanged p { color: #4a5563; }
.source { margin: 1.25rem 0 .35rem; padding: .1rem 0 .1rem .9rem; border-left: 3px dotted var(--rule); color: var(--muted); }
.source .label, .source-key { font-size: .75rem; color: var(--muted); }
.source p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-style: italic; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; text-decoration-thickness: 1.5px; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  .figures div, tr, .group .label { break-inside: avoid; }
  del, ins, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 18mm 16mm; }
}
`;
