//! `report.html`: one self-contained page an analyst opens or mails — the status table
//! (sortable by clicking a column head, filterable by typing), the audit, the charts inline.
//!
//! Plain HTML, CSS and one short script that is the same for every report: no framework, no
//! network (a Content-Security-Policy forbids loading anything), and no script built from
//! data — every text from the data files (names, ids, quotes) is escaped. The script also
//! reads `#sort=<column>` / `#sort=-<column>` and `#filter=<text>` from the address on load,
//! so a sorted or filtered view can be linked (and tested headless).
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use plancast::{Finding, Panel, Report};

use crate::report::{num, pct, status_label};

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;margin:1.5em;color:#222}\
table{border-collapse:collapse;font-size:13px}th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left}\
th{cursor:pointer;background:#f3f3f3;position:sticky;top:0}td.n{text-align:right;font-variant-numeric:tabular-nums}\
.on_track,.achieved{color:#1a7f3c}.moderate{color:#b07800}.insufficient{color:#c55a11}.moving_away,.missed{color:#b00020}\
.not_assessable{color:#888}input{font-size:14px;padding:3px;width:20em}figure{margin:1em 0}svg{max-width:100%;height:auto}";

/// The page's one script: sort on a column head click (numbers by value, empty cells last in
/// either direction), filter on typing, both also from the address's `#sort=…&filter=…`.
/// Identical for every report.
const SCRIPT: &str = r#"(function(){
var t=document.getElementById('rows'),b=t.tBodies[0],f=document.getElementById('filter');
function key(td){var v=td.getAttribute('data-sort');if(v!==null&&v!==''){return [0,parseFloat(v)];}if(v===''){return [2,''];}return [1,td.textContent];}
function sortBy(c,desc){var rs=Array.prototype.slice.call(b.rows);rs.sort(function(x,y){var a=key(x.cells[c]),z=key(y.cells[c]);if(a[0]!==z[0]){return a[0]-z[0];}var r=a[0]===0?a[1]-z[1]:(a[1]<z[1]?-1:a[1]>z[1]?1:0);return desc?-r:r;});rs.forEach(function(r){b.appendChild(r);});t.setAttribute('data-sorted',(desc?'-':'')+c);}
function filter(q){q=q.toLowerCase();var n=0;Array.prototype.forEach.call(b.rows,function(r){var s=r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=s?'':'none';if(s){n++;}});document.getElementById('shown').textContent=n;}
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.addEventListener('click',function(){var cur=t.getAttribute('data-sorted');sortBy(i,cur===String(i));});});
f.addEventListener('input',function(){filter(f.value);});
var h=decodeURIComponent(location.hash.replace(/^#/,'')).split('&');
h.forEach(function(p){var kv=p.split('=');if(kv[0]==='sort'&&kv[1]){var d=kv[1].charAt(0)==='-';sortBy(parseInt(kv[1].replace('-',''),10),d);}if(kv[0]==='filter'&&kv.length>1){f.value=kv.slice(1).join('=');filter(f.value);}});
document.body.setAttribute('data-ready','1');
})();"#;

/// Writes the page. `svgs`: (caption, chart file) pairs, embedded inline.
pub fn write_report(
    path: &Path,
    panel: &Panel,
    report: &Report,
    findings: &[Finding],
    svgs: &[(String, PathBuf)],
) -> Result<(), String> {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\
         <title>plancast report</title><style>{STYLE}</style></head><body>"
    );
    let _ = write!(
        h,
        "<h1>Will the targets be met?</h1><p>{} targets; {:.0} % intervals. Click a column head \
         to sort; type to filter.</p><p><input id=\"filter\" placeholder=\"filter rows\"> \
         <span id=\"shown\">{}</span> rows shown</p>",
        report.rows.len(),
        100.0 * report.level,
        report.rows.len()
    );
    let heads = [
        "region",
        "indicator",
        "year",
        "target",
        "last",
        "projection",
        "interval",
        "P",
        "status",
        "model",
    ];
    h.push_str("<table id=\"rows\"><thead><tr>");
    for c in heads {
        let _ = write!(h, "<th>{c}</th>");
    }
    h.push_str("</tr></thead><tbody>");
    for r in &report.rows {
        let region = panel.region(&r.region).map_or(r.region.clone(), |g| {
            match (g.name_zh != g.id, g.name_en != g.id) {
                (true, true) => format!("{} {}", g.name_zh, g.name_en),
                (true, false) => g.name_zh.clone(),
                (false, true) => format!("{} ({})", g.name_en, g.id),
                (false, false) => g.id.clone(),
            }
        });
        let indicator = panel
            .indicator(&r.indicator)
            .map_or(r.indicator.clone(), |i| i.name_zh.clone());
        let target = match (r.target, &r.benchmark) {
            (Some(t), _) => format!("{} {}", r.comparator, num(t)),
            (None, Some(b)) => format!("{} {b}", r.comparator),
            _ => String::new(),
        };
        let last = match (r.last_year, r.last_value) {
            (Some(y), Some(v)) => format!("{} ({y})", num(v)),
            _ => String::new(),
        };
        let interval = match (r.lower, r.upper) {
            (Some(l), Some(u)) => format!("[{}, {}]", num(l), num(u)),
            _ => String::new(),
        };
        let status = r.verdict.status().name();
        let sort = |x: Option<f64>| x.map_or(String::new(), |v| format!("{v}"));
        let _ = write!(
            h,
            "<tr class=\"{status}\"><td>{}</td><td>{}</td><td class=\"n\" data-sort=\"{}\">{}</td>\
             <td>{}</td><td class=\"n\" data-sort=\"{}\">{}</td><td class=\"n\" data-sort=\"{}\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\" data-sort=\"{}\">{}</td><td class=\"{status}\">{}</td><td>{}</td></tr>",
            escape(&region),
            escape(&indicator),
            r.target_year,
            r.target_year,
            escape(&target),
            sort(r.last_value),
            escape(&last),
            sort(r.projected),
            r.projected.map_or(String::new(), num),
            escape(&interval),
            sort(r.probability),
            pct(r.probability),
            escape(&status_label(r)),
            escape(&r.source.as_ref().map(ToString::to_string).unwrap_or_default()),
        );
    }
    h.push_str("</tbody></table>");
    if !findings.is_empty() {
        let _ = write!(h, "<h2>Audit ({})</h2><ul>", findings.len());
        for f in findings {
            let _ = write!(
                h,
                "<li><b>{}</b> {} [{}]: {}</li>",
                escape(&f.region),
                escape(&f.indicator),
                escape(f.kind.name()),
                escape(&f.message)
            );
        }
        h.push_str("</ul>");
    }
    if !svgs.is_empty() {
        h.push_str("<h2>Charts</h2>");
    }
    for (caption, file) in svgs {
        let svg = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        // The chart writer escapes its texts; drop an XML prolog, which is not HTML.
        let body = match svg.find("<svg") {
            Some(i) => &svg[i..],
            None => continue,
        };
        let _ = write!(
            h,
            "<figure class=\"chart\"><figcaption>{}</figcaption>{body}</figure>",
            escape(caption)
        );
    }
    let _ = write!(h, "<script>{SCRIPT}</script></body></html>");
    std::fs::write(path, h).map_err(|e| format!("{}: {e}", path.display()))
}
