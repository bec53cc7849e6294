/**
 * The stylesheet of a rendered report: inlined by renderHtml (a self-contained file) and served
 * as a file by `parallax serve` (whose Content-Security-Policy allows no inline style).
 */
export const reportStyle = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--agree:#e3f4e8;--conflict:#fde7e4;--unique:#eef2fb;--used:#fff6cc;--accent:#1f5fbf}
*{box-sizing:border-box}body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0 auto;max-width:72rem;padding:1rem}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.meta{color:var(--muted)}table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f5f6f8}
.scroll{overflow-x:auto}.kind{font-size:.8rem;padding:.05rem .4rem;border-radius:.6rem;background:#eee;white-space:nowrap}
.kind-contradiction{background:#f8c9c2}.kind-precision{background:#fbe7b5}.kind-update{background:#cfe3fb}ul.values{margin:0;padding-left:1.1em}.credit{color:#555;font-style:italic}.background{font-size:.8em;font-weight:normal;color:#555;border:1px solid #999;border-radius:3px;padding:0 .3em}
.chip{display:inline-block;font-size:.78rem;padding:0 .45rem;margin:0 .15rem .15rem 0;border-radius:.7rem;background:#eef0f3;color:#333;white-space:nowrap}
.summary li{margin:.35rem 0}.cite{position:relative}.cite:focus,.cite:hover,.cite:focus-within{outline:2px solid var(--accent);outline-offset:2px;background:var(--used)}
.sources{display:none;font-size:.85rem;color:var(--muted)}.cite:focus .sources,.cite:hover .sources,.cite:focus-within .sources{display:inline}
a{color:var(--accent)}a:focus{outline:2px solid var(--accent)}
.article{border:1px solid var(--line);border-radius:.4rem;padding:.5rem 1rem;margin:1rem 0}.article p{margin:.4rem 0}
mark{background:none;color:inherit;padding:0}mark.used{background:var(--used)}mark.agreed{background:var(--agree)}mark.disputed{background:var(--conflict)}mark.unique{background:var(--unique)}
mark:target,span:target{outline:3px solid var(--accent)}.legend mark{padding:0 .3rem}details{margin:.5rem 0}
.variants{display:flex;flex-wrap:wrap;gap:.5rem}.variant{flex:1 1 14rem;margin:0;padding:.25rem .5rem;border-left:3px solid var(--line)}.variant cite{display:block;font-size:.8rem;font-style:normal;color:var(--muted)}
mark.differs{background:var(--used);text-decoration:underline dotted}
@media (max-width:40rem){body{padding:.5rem;font-size:15px}th,td{padding:.25rem}}
`;
