/** The page's only stylesheet (inline). System fonts, no external resources. */
export const CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--border:#d0d7de;--accent:#0b57d0;--focus:#b35900;--bad:#b3261e;--good:#1a7f37;
--hl-title:#e4d7fb;--hl-heading:#e4d7fb;--hl-key:#dbe7f7;--hl-position:#f3dcec;--hl-value:#eef3fb;--hl-official:#cdeed6;--hl-person:#cdeed6;--hl-tenure-date:#ffe08a;--hl-date:#ffd3a8;--hl-mention:#cfe3ff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Liberation Sans",Arial,sans-serif}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--fg);color:#fff;padding:.5rem .75rem;z-index:10;border-radius:4px}
.skip:focus{top:.5rem}
a{color:var(--accent)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
header.top{background:var(--panel);border-bottom:1px solid var(--border);padding:1rem clamp(.75rem,3vw,2rem)}
header.top h1{margin:0 0 .25rem;font-size:1.6rem}
header.top p{margin:.25rem 0;color:var(--muted)}
nav.toc ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
main{padding:0 clamp(.75rem,3vw,2rem) 3rem;max-width:84rem}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid var(--border)}
h3{font-size:1.1rem;margin:1.75rem 0 .5rem}
h4{font-size:1rem;margin:1.25rem 0 .4rem}
section,figure,[id]{scroll-margin-top:1rem}
.muted{color:var(--muted)}
.small{font-size:.875rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.5rem;margin:0;padding:0}
.cards div{border:1px solid var(--border);border-radius:6px;padding:.5rem .75rem;background:var(--panel)}
.cards dt{font-size:.8rem;color:var(--muted)}
.cards dd{margin:0;font-size:1.35rem;font-weight:600}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid var(--border);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--panel)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.8rem;font-weight:600;border:1px solid currentColor}
.pass{color:var(--good)}.fail,.error{color:var(--bad)}.warning{color:#8a5a00}
.note{border-left:4px solid #8a5a00;background:#fff8e6;padding:.5rem .75rem;margin:.5rem 0}
.note.bad{border-color:var(--bad);background:#fdecea}
figure{margin:1rem 0 1.5rem;padding:0}
figcaption{font-size:.9rem;color:var(--muted);margin:.25rem 0}
.chart{overflow-x:auto;border:1px solid var(--border);border-radius:6px;background:#fff;padding:.25rem 0}
svg.timeline{display:block;width:100%;min-width:720px;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
svg.defs{position:absolute;width:0;height:0;overflow:hidden}
.axis line{stroke:#e3e6ea;stroke-width:1}
.axis line.base{stroke:#9aa3ad}
.axis text{fill:var(--muted);font-size:11.5px}
.row .label .name{font-weight:600;fill:var(--fg)}
.row .label .sub{fill:var(--muted)}
.bar .extent{fill:url(#wdx-hatch);stroke:#4a78c2;stroke-width:.75}
.bar .core{fill:#2f62b5}
.bar.open .extent{fill:url(#wdx-hatch-open);stroke:#2f8a4c}
.bar.open .core{fill:#23804a}
.bar.open .arrow{fill:#23804a}
.bar .mark{fill:none;stroke:var(--bad);stroke-width:2}
.bar.flagged:not(.conflict) .mark{stroke-dasharray:4 2}
.bar .bang{fill:var(--bad);font-weight:700;font-size:13px}
a:hover>.bar .extent,a:focus>.bar .extent{stroke:#000;stroke-width:1.5}
.band.gap rect{fill:url(#wdx-gap)}
.band.gap text{fill:#6e7781;font-size:11px}
.band.overlap rect{fill:#f5b400;opacity:.22}
.today line{stroke:#23804a;stroke-width:1.5;stroke-dasharray:5 3}
.legend{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;list-style:none;padding:0;margin:.5rem 0;font-size:.875rem}
.legend li{display:flex;align-items:center;gap:.4rem}
.legend svg{flex:none}
.doc-grid{display:grid;gap:1rem 1.5rem}
@media (min-width:1100px){.doc-grid{grid-template-columns:minmax(20rem,2fr) 3fr}.doc-grid .facts{max-height:90vh;overflow:auto;position:sticky;top:0}}
.facts details{margin:.25rem 0}
.facts summary{cursor:pointer;font-weight:600}
.facts ul{list-style:none;margin:.25rem 0 .5rem;padding:0}
.facts li{margin:0;padding:.1rem 0;border-bottom:1px solid #eef0f2;font-size:.875rem;overflow-wrap:anywhere}
.facts li>a:first-child,.facts li>span:first-child{text-decoration:none;color:var(--fg);display:grid;grid-template-columns:3.4em minmax(0,1fr)}
.facts li a:hover .what,.facts li a:focus .what{text-decoration:underline}
.facts .lnum{color:var(--accent);font-variant-numeric:tabular-nums}
.facts .detail{color:var(--muted)}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;vertical-align:-.05em;border:1px solid rgba(0,0,0,.15)}
.src{font:13px/1.55 ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;border:1px solid var(--border);border-radius:6px;background:#fcfcfd;padding:.25rem 0;max-width:100%}
.src .l{display:grid;grid-template-columns:3.6em minmax(0,1fr);border-left:4px solid transparent;scroll-margin-top:30vh;scroll-margin-bottom:30vh}
.src .l .n{color:#6e7781;text-align:right;padding-right:.75em;text-decoration:none;user-select:none;font-variant-numeric:tabular-nums}
.src .l .t{white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.55em;padding-right:.5em}
.src .l.has-problem{border-left-color:#d4a017}
.src .l.has-conflict{border-left-color:var(--bad)}
.src .l:target{background:#fff3b0;outline:2px solid var(--focus);outline-offset:-2px}
mark{color:inherit;border-radius:2px;padding:0 1px}
mark.hl-title,mark.hl-heading{background:var(--hl-title);font-weight:600}
mark.hl-key{background:var(--hl-key)}
mark.hl-position{background:var(--hl-position);font-weight:600}
mark.hl-value{background:var(--hl-value)}
mark.hl-official,mark.hl-person{background:var(--hl-person)}
mark.hl-tenure-date{background:var(--hl-tenure-date)}
mark.hl-date{background:var(--hl-date)}
mark.hl-mention{background:var(--hl-mention);box-shadow:inset 0 -2px 0 #5b8fd6}
.diff{font-size:.875rem}
.diff li{margin:.15rem 0;overflow-wrap:anywhere}
footer{border-top:1px solid var(--border);padding:1rem clamp(.75rem,3vw,2rem);color:var(--muted);font-size:.85rem}
@media (max-width:640px){body{font-size:15px}h2{font-size:1.2rem}.src{font-size:12px}.src .l{grid-template-columns:2.8em minmax(0,1fr)}}
@media print{.skip,nav.toc{display:none}.doc-grid .facts{max-height:none;position:static}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:auto}}
`;
