/**
 * The stylesheet served at /assets/parallax.css: the report's own style plus the site's (skip
 * link, navigation, forms, story list). Served as a file because the Content-Security-Policy
 * allows no inline style.
 */
import { createHash } from 'node:crypto';
import { reportStyle } from '../../../src/report/report-style.js';

const siteStyle = `
.skip{position:absolute;left:-100vw;top:.5rem;background:#fff;padding:.5rem 1rem;border:2px solid var(--accent);z-index:10}.skip:focus{left:.5rem}
.site{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;align-items:baseline;border-bottom:1px solid var(--line);padding-bottom:.5rem}
.site .brand{font-weight:700;text-decoration:none;color:var(--fg)}main:focus{outline:none}
.toc{display:flex;flex-wrap:wrap;gap:.25rem .75rem;font-size:.9rem;margin:.5rem 0}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:1rem 0}
label{display:block;font-weight:600;font-size:.9rem}input,textarea,button,select{font:inherit;max-width:100%}
input[type=text],input[type=search]{padding:.3rem .4rem;border:1px solid #8a8f98;border-radius:.25rem}
textarea{width:100%;min-height:7rem;padding:.4rem;border:1px solid #8a8f98;border-radius:.25rem}
input:focus,textarea:focus,button:focus,summary:focus{outline:2px solid var(--accent);outline-offset:1px}
button{padding:.4rem 1rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:.3rem;cursor:pointer}
fieldset{border:1px solid var(--line);border-radius:.4rem;margin:1rem 0;padding:.5rem 1rem}
.error{background:var(--conflict);padding:.5rem 1rem;border-radius:.3rem}.note{background:var(--unique);padding:.5rem 1rem;border-radius:.3rem}
.pager{display:flex;gap:1rem;margin:1rem 0}.stories td:nth-child(n+3){white-space:nowrap}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.5rem}
@media (max-width:40rem){.stories thead{display:none}.stories tr{display:block;border-bottom:1px solid var(--line);padding:.4rem 0}.stories td,.stories th{display:block;border:0;padding:.1rem 0}}
`;

/** The served stylesheet. */
export const siteCss = reportStyle + siteStyle;

/** Its path, versioned by content so that it can be cached for good. */
export const siteCssPath = `/assets/parallax-${createHash('sha256').update(siteCss).digest('hex').slice(0, 12)}.css`;
