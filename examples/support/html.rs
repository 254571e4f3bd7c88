//! `report.html`: one self-contained page an analyst opens or mails. It opens with a summary —
//! status counts by indicator and by region level, the targets furthest off track, the audit
//! findings — then the table of every target, paged (100 rows a page) so that it stays
//! responsive at 100,000 rows, with filter and sort over all rows and, on a click on a region,
//! that region's targets in detail; then the charts inline.
//!
//! The rows travel as an inert JSON island (`<script type="application/json">`, never executed;
//! `<`, `>`, `&`, U+2028 and U+2029 escaped inside its strings) read by the page's one script.
//! A Content-Security-Policy allows that script alone, by its SHA-256 hash: no network, no
//! inline handlers, nothing from the data executed (the script puts data on the page only as
//! text). The script also reads `#sort=<column>` / `#sort=-<column>`, `#filter=<text>`,
//! `#page=<n>` and `#region=<id>` from the address on load, so a view can be linked (and tested
//! headless).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use plancast::{Assessment, Finding, Panel, Report, Status};

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
#rows th{cursor:pointer;background:#f3f3f3;position:sticky;top:0}td.n{text-align:right;font-variant-numeric:tabular-nums}\
.on_track,.achieved{color:#1a7f3c}.moderate{color:#b07800}.insufficient{color:#c55a11}.moving_away,.missed{color:#b00020}\
.overshooting{color:#7a3c9a}.not_assessable{color:#888}input{font-size:14px;padding:3px;width:20em}figure{margin:1em 0}\
svg{max-width:100%;height:auto}td.reg{cursor:pointer;text-decoration:underline dotted}.sum{display:inline-block;vertical-align:top;margin:0 2em 1em 0}\
#detail{border:1px solid #bbb;padding:.5em 1em;margin:1em 0;background:#fafafa}button{margin:0 .3em}";

/// The page's one script, the same for every report (its hash is in the page's CSP).
const SCRIPT: &str = r#"(function(){
'use strict';
var D=JSON.parse(document.getElementById('plancast-data').textContent);
var C=D.cols,R=D.rows,N=R.length,PAGE=100,page=0,q='',hay=null,byRegion=null;
var t=document.getElementById('rows'),tb=t.tBodies[0],f=document.getElementById('filter');
function all(){var a=new Array(N);for(var i=0;i<N;i++){a[i]=i;}return a;}
var order=all(),shown=order;
function val(r,c){var k=C[c].sort>=0?C[c].sort:C[c].text;return R[r][k];}
function sortBy(c,desc){if(!(c>=0&&c<C.length)){return;}order=all();order.sort(function(a,b){var x=val(a,c),y=val(b,c),ex=(x===null||x===''),ey=(y===null||y==='');if(ex!==ey){return ex?1:-1;}if(ex){return a-b;}var r=typeof x==='number'?x-y:(x<y?-1:x>y?1:0);if(r===0){return a-b;}return desc?-r:r;});t.setAttribute('data-sorted',(desc?'-':'')+c);filter(q);}
function filter(s){q=s.toLowerCase();if(q===''){shown=order;}else{if(hay===null){hay=new Array(N);for(var i=0;i<N;i++){var p=[];for(var c=0;c<C.length;c++){p.push(R[i][C[c].text]);}p.push(R[i][D.label]);hay[i]=p.join(' ').toLowerCase();}}shown=order.filter(function(i){return hay[i].indexOf(q)>=0;});}page=0;render();}
function cell(tr,r,c){var td=document.createElement('td'),s=C[c].sort;if(s>=0){td.className='n';var v=R[r][s];td.setAttribute('data-sort',v===null?'':String(v));}td.textContent=R[r][C[c].text];if(c===0){td.className='reg';td.setAttribute('data-region',R[r][D.region]);}tr.appendChild(td);}
function render(){var pages=Math.max(1,Math.ceil(shown.length/PAGE));if(page>=pages){page=pages-1;}if(page<0){page=0;}var fr=document.createDocumentFragment(),end=Math.min(shown.length,(page+1)*PAGE);for(var k=page*PAGE;k<end;k++){var r=shown[k],tr=document.createElement('tr');tr.className=R[r][D.status];for(var c=0;c<C.length;c++){cell(tr,r,c);}fr.appendChild(tr);}tb.textContent='';tb.appendChild(fr);document.getElementById('shown').textContent=String(shown.length);document.getElementById('page').textContent=(page+1)+' / '+pages;t.setAttribute('data-page',String(page+1));}
function region(id){var box=document.getElementById('detail');if(byRegion===null){byRegion={};for(var i=0;i<N;i++){var g=R[i][D.region];(byRegion[g]=byRegion[g]||[]).push(i);}}var rs=byRegion[id]||[];box.textContent='';var h=document.createElement('h3');h.textContent=(rs.length?R[rs[0]][C[0].text]:id)+': '+rs.length+' targets';box.appendChild(h);var tab=document.createElement('table'),hr=document.createElement('tr');D.detail.forEach(function(d){var th=document.createElement('th');th.textContent=d[0];hr.appendChild(th);});tab.appendChild(hr);rs.forEach(function(r){var tr=document.createElement('tr');tr.className=R[r][D.status];D.detail.forEach(function(d){var td=document.createElement('td');td.textContent=R[r][d[1]];tr.appendChild(td);});tab.appendChild(tr);});box.appendChild(tab);box.hidden=false;box.setAttribute('data-region',id);}
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.addEventListener('click',function(){var cur=t.getAttribute('data-sorted');sortBy(i,cur===String(i));});});
f.addEventListener('input',function(){filter(f.value);});
document.getElementById('prev').addEventListener('click',function(){page--;render();});
document.getElementById('next').addEventListener('click',function(){page++;render();});
tb.addEventListener('click',function(e){var td=e.target;if(td&&td.getAttribute&&td.getAttribute('data-region')!==null){region(td.getAttribute('data-region'));}});
var sorted=false;decodeURIComponent(location.hash.replace(/^#/,'')).split('&').forEach(function(p){var kv=p.split('='),v=kv.slice(1).join('=');if(kv[0]==='sort'&&v){sortBy(parseInt(v.replace('-',''),10),v.charAt(0)==='-');sorted=true;}if(kv[0]==='filter'&&kv.length>1){f.value=v;filter(v);sorted=true;}if(kv[0]==='page'&&v){page=parseInt(v,10)-1;render();sorted=true;}if(kv[0]==='region'&&v){region(v);}});
if(!sorted){render();}
document.body.setAttribute('data-ready','1');
})();"#;

/// Column heads of the table, with the index of their text and (numeric columns) sort value in
/// each data row.
const COLUMNS: [(&str, usize, Option<usize>); 10] = [
    ("region", 0, None),
    ("indicator", 1, None),
    ("year", 2, Some(3)),
    ("target", 4, None),
    ("last", 5, Some(6)),
    ("projection", 7, Some(8)),
    ("interval", 9, None),
    ("P", 10, Some(11)),
    ("status", 12, None),
    ("model", 13, None),
];
/// Positions in a data row of the region id, the status name, the required and observed
/// growth and the status label (searched by the filter).
const REGION: usize = 14;
const STATUS: usize = 15;
const REQUIRED: usize = 16;
const OBSERVED: usize = 17;
const LABEL: usize = 18;

/// Writes the page. `svgs`: (caption, chart file) pairs, embedded inline.
pub fn write_report(
    path: &Path,
    panel: &Panel,
    report: &Report,
    findings: &[Finding],
    svgs: &[(String, PathBuf)],
) -> Result<(), String> {
    let err = |e: std::io::Error| format!("{}: {e}", path.display());
    let file = std::fs::File::create(path).map_err(err)?;
    let mut w = std::io::BufWriter::new(file);
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'sha256-{}'; img-src data:\">\
         <title>plancast report</title><style>{STYLE}</style></head><body>",
        base64(&sha256(SCRIPT.as_bytes()))
    );
    let _ = write!(
        h,
        "<h1>Will the targets be met?</h1><p>{} targets in {} regions; {:.0} % intervals.</p>",
        report.rows.len(),
        panel.regions().len(),
        100.0 * report.level,
    );
    summary(&mut h, panel, report, findings);
    let _ = write!(
        h,
        "<h2>All targets</h2><p>Click a column head to sort, a region for its targets in \
         detail; type to filter (every column, all rows). <input id=\"filter\" \
         placeholder=\"filter rows\"> <span id=\"shown\">{}</span> rows · page \
         <span id=\"page\">1</span> <button id=\"prev\">previous</button><button \
         id=\"next\">next</button></p><section id=\"detail\" hidden></section>\
         <table id=\"rows\"><thead><tr>",
        report.rows.len()
    );
    for (c, _, _) in COLUMNS {
        let _ = write!(h, "<th>{c}</th>");
    }
    h.push_str("</tr></thead><tbody></tbody></table>");
    w.write_all(h.as_bytes()).map_err(err)?;
    h.clear();
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
    w.write_all(h.as_bytes()).map_err(err)?;
    write_data(&mut w, panel, report).map_err(err)?;
    write!(w, "<script>{SCRIPT}</script></body></html>").map_err(err)?;
    w.flush().map_err(err)
}

/// The JSON island: column specs and one array a row, streamed.
fn write_data(w: &mut impl std::io::Write, panel: &Panel, report: &Report) -> std::io::Result<()> {
    let cols: Vec<serde_json::Value> = COLUMNS
        .iter()
        .map(|(name, text, sort)| {
            serde_json::json!({"name": name, "text": text, "sort": sort.map_or(-1, |s| s as i64)})
        })
        .collect();
    let detail = [
        ("indicator", 1),
        ("year", 2),
        ("target", 4),
        ("last", 5),
        ("projection", 7),
        ("interval", 9),
        ("P", 10),
        ("required growth", REQUIRED),
        ("observed growth", OBSERVED),
        ("status", 12),
        ("model", 13),
    ];
    let head = serde_json::json!({
        "cols": cols, "region": REGION, "status": STATUS, "label": LABEL, "detail": detail,
    });
    let head = head.to_string();
    write!(
        w,
        "<script type=\"application/json\" id=\"plancast-data\">{},\"rows\":[",
        inert(&head[..head.len() - 1])
    )?;
    for (k, r) in report.rows.iter().enumerate() {
        let row = serde_json::Value::Array(data_row(panel, r));
        if k > 0 {
            w.write_all(b",\n")?;
        }
        w.write_all(inert(&row.to_string()).as_bytes())?;
    }
    w.write_all(b"]}</script>")
}

/// JSON text made inert inside `<script>`: `<`, `>`, `&`, U+2028 and U+2029 (which occur only
/// inside JSON strings) as `\u` escapes, so no `</script>` or `<!--` can close or change the
/// element.
fn inert(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

fn region_label(panel: &Panel, id: &str) -> String {
    panel.region(id).map_or(id.to_owned(), |g| {
        match (g.name_zh != g.id, g.name_en != g.id) {
            (true, true) => format!("{} {}", g.name_zh, g.name_en),
            (true, false) => g.name_zh.clone(),
            (false, true) => format!("{} ({})", g.name_en, g.id),
            (false, false) => g.id.clone(),
        }
    })
}

fn indicator_label(panel: &Panel, id: &str) -> String {
    panel
        .indicator(id)
        .map_or(id.to_owned(), |i| i.name_zh.clone())
}

fn target_text(r: &Assessment) -> String {
    match (r.target, &r.benchmark) {
        (Some(t), _) => format!("{} {}", r.comparator, num(t)),
        (None, Some(b)) => format!("{} {b}", r.comparator),
        _ => String::new(),
    }
}

/// One row of the island, in the positions of [`COLUMNS`], [`REGION`] … [`LABEL`].
fn data_row(panel: &Panel, r: &Assessment) -> Vec<serde_json::Value> {
    use serde_json::Value as V;
    let n = |x: Option<f64>| x.filter(|v| v.is_finite()).map_or(V::Null, V::from);
    let last = match (r.last_year, r.last_value) {
        (Some(y), Some(v)) => format!("{} ({y})", num(v)),
        _ => String::new(),
    };
    let interval = match (r.lower, r.upper) {
        (Some(l), Some(u)) => format!("[{}, {}]", num(l), num(u)),
        _ => String::new(),
    };
    let growth = |x: Option<f64>| x.map_or(String::new(), |v| format!("{:+.1}%", 100.0 * v));
    vec![
        V::from(region_label(panel, &r.region)),
        V::from(indicator_label(panel, &r.indicator)),
        V::from(r.target_year.to_string()),
        V::from(r.target_year),
        V::from(target_text(r)),
        V::from(last),
        n(r.last_value),
        V::from(r.projected.map_or(String::new(), num)),
        n(r.projected),
        V::from(interval),
        V::from(pct(r.probability)),
        n(r.probability),
        V::from(r.verdict.status().name()),
        V::from(
            r.source
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        ),
        V::from(r.region.as_str()),
        V::from(r.verdict.status().name()),
        V::from(growth(r.verdict.required())),
        V::from(growth(r.verdict.observed())),
        V::from(status_label(r)),
    ]
}

/// Status names in the summary's column order, with their heads.
const STATUSES: [(&str, &str); 8] = [
    ("achieved", "achieved"),
    ("on_track", "on track"),
    ("moderate", "moderate"),
    ("insufficient", "insufficient"),
    ("moving_away", "moving away"),
    ("overshooting", "overshooting"),
    ("missed", "missed"),
    ("not_assessable", "n/a"),
];

/// How many targets "furthest off track" lists, and how many audit findings are shown.
const WORST: usize = 20;
const FINDINGS_SHOWN: usize = 200;

/// The summary: status counts by indicator and by region level, the targets furthest off
/// track, the audit findings.
fn summary(h: &mut String, panel: &Panel, report: &Report, findings: &[Finding]) {
    h.push_str("<h2>Summary</h2>");
    let mut by_ind: BTreeMap<(usize, String), BTreeMap<&str, usize>> = BTreeMap::new();
    let mut by_level: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for r in &report.rows {
        let pos = panel.indicator_position(&r.indicator).unwrap_or(usize::MAX);
        let s = r.verdict.status().name();
        *by_ind
            .entry((pos, indicator_label(panel, &r.indicator)))
            .or_default()
            .entry(s)
            .or_default() += 1;
        let level = panel
            .region(&r.region)
            .map(|g| g.level.clone())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| "(no level given)".to_owned());
        *by_level.entry(level).or_default().entry(s).or_default() += 1;
    }
    let lev: Vec<(String, BTreeMap<&str, usize>)> = by_level.into_iter().collect();
    counts_table(h, "Status by region level", "level", &lev);

    // Furthest off track: assessable targets not yet achieved, lowest P first.
    let mut worst: Vec<&Assessment> = report
        .rows
        .iter()
        .filter(|r| {
            r.probability.is_some_and(f64::is_finite)
                && !matches!(
                    r.verdict.status(),
                    Status::NotAssessable(_) | Status::Achieved
                )
        })
        .collect();
    worst.sort_by(|a, b| {
        let (pa, pb) = (a.probability.unwrap_or(1.0), b.probability.unwrap_or(1.0));
        let ga = a.gap_relative.map_or(0.0, f64::abs);
        let gb = b.gap_relative.map_or(0.0, f64::abs);
        pa.total_cmp(&pb).then(gb.total_cmp(&ga))
    });
    let _ = write!(
        h,
        "<div class=\"sum\" id=\"worst\"><h3>Furthest off track (lowest P, then largest gap; \
         {} of {})</h3><table><tr><th>region</th><th>indicator</th><th>year</th><th>target</th>\
         <th>projection</th><th>P</th><th>status</th></tr>",
        worst.len().min(WORST),
        worst.len()
    );
    for r in worst.iter().take(WORST) {
        let status = r.verdict.status().name();
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"{status}\">{}</td></tr>",
            escape(&region_label(panel, &r.region)),
            escape(&indicator_label(panel, &r.indicator)),
            r.target_year,
            escape(&target_text(r)),
            r.projected.map_or(String::new(), num),
            pct(r.probability),
            escape(&status_label(r)),
        );
    }
    h.push_str("</table></div>");

    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for f in findings {
        *kinds.entry(f.kind.name()).or_default() += 1;
    }
    let _ = write!(
        h,
        "<div class=\"sum\" id=\"audit\"><h3>Audit findings ({})</h3><table>",
        findings.len()
    );
    for (k, n) in &kinds {
        let _ = write!(h, "<tr><td>{}</td><td class=\"n\">{n}</td></tr>", escape(k));
    }
    h.push_str("</table>");
    if !findings.is_empty() {
        let more = if findings.len() > FINDINGS_SHOWN {
            format!(" (the first {FINDINGS_SHOWN}; all in audit.csv)")
        } else {
            String::new()
        };
        let _ = write!(h, "<details><summary>the findings{more}</summary><ul>");
        for f in findings.iter().take(FINDINGS_SHOWN) {
            let _ = write!(
                h,
                "<li><b>{}</b> {} [{}]: {}</li>",
                escape(&f.region),
                escape(&f.indicator),
                escape(f.kind.name()),
                escape(&f.message)
            );
        }
        h.push_str("</ul></details>");
    }
    h.push_str("</div>");
    let ind: Vec<(String, BTreeMap<&str, usize>)> =
        by_ind.into_iter().map(|((_, k), v)| (k, v)).collect();
    counts_table(h, "Status by indicator", "indicator", &ind);
}

fn counts_table(h: &mut String, title: &str, what: &str, rows: &[(String, BTreeMap<&str, usize>)]) {
    let _ = write!(
        h,
        "<div class=\"sum\"><h3>{title}</h3><table><tr><th>{what}</th>"
    );
    for (name, head) in STATUSES {
        let _ = write!(h, "<th class=\"{name}\">{head}</th>");
    }
    h.push_str("<th>all</th></tr>");
    for (label, counts) in rows {
        let _ = write!(h, "<tr><td>{}</td>", escape(label));
        // Zeros left blank, so that the counts stand out.
        for (name, _) in STATUSES {
            let _ = match counts.get(name) {
                Some(n) => write!(h, "<td class=\"n {name}\">{n}</td>"),
                None => write!(h, "<td></td>"),
            };
        }
        let _ = write!(
            h,
            "<td class=\"n\">{}</td></tr>",
            counts.values().sum::<usize>()
        );
    }
    h.push_str("</table></div>");
}

/// SHA-256 (FIPS 180-4) of `data`, for the CSP hash of the page's script.
fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut hs: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, c) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = hs;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            (hh, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
        }
        for (x, y) in hs.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (o, x) in out.chunks_exact_mut(4).zip(hs) {
        o.copy_from_slice(&x.to_be_bytes());
    }
    out
}

/// Standard base64 with padding.
fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in data.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                out.push(A[(n >> (18 - 6 * k)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
