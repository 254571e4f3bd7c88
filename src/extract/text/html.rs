//! HTML pages as lines: block ends and `<tr>` end a line, `<td>`/`<th>` start a `|` cell,
//! scripts, styles and comments are dropped and entities decoded.

use super::Line;

/// The lines of an HTML page (a `<table>`, `<html>` or `<!doctype` near the start), numbered by
/// the source line each starts on.
pub(super) fn html_lines(text: &str) -> Vec<Line> {
    let tag = regex!(
        r"(?is)<!--.*?-->|<(script|style)\b.*?</(?:script|style)\s*>|<(/?)([a-z][a-z0-9]*)\b[^>]*>"
    );
    let mut out = Vec::new();
    let mut current = String::new();
    let mut current_line = 1usize;
    let mut last = 0usize;
    // Line numbers counted incrementally (positions only grow): linear in the input.
    let (mut counted_to, mut counted_lines) = (0usize, 1usize);
    let mut line_of = |pos: usize| {
        counted_lines += text.as_bytes()[counted_to..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted_to = pos;
        counted_lines
    };
    // Inside a cell, block tags (`<td><p>…</p><p>…</p></td>`, Word's export) join, not break.
    let mut in_cell = 0usize;
    let flush = |current: &mut String, line: usize, out: &mut Vec<Line>| {
        let t = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            out.push(Line::new(line, &t));
        }
        current.clear();
    };
    for m in tag.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let chunk = decode_entities(&text[last..whole.start()]);
        let raw = &text[last..whole.start()];
        if current.chars().all(|c| c == '|' || c.is_whitespace()) && !raw.trim().is_empty() {
            current_line = line_of(last + raw.len() - raw.trim_start().len());
        }
        current.push_str(&chunk.replace(['\n', '\r'], " "));
        last = whole.end();
        let closing = m.get(2).is_some_and(|c| !c.as_str().is_empty());
        let name = m.get(3).map(|n| n.as_str().to_ascii_lowercase());
        match name.as_deref() {
            Some("td" | "th") if !closing => {
                in_cell += 1;
                current.push_str(" | ");
            }
            Some("td" | "th") => in_cell = in_cell.saturating_sub(1),
            Some("tr" | "table" | "caption") => {
                in_cell = 0;
                flush(&mut current, current_line, &mut out);
            }
            Some(
                "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "section"
                | "article",
            ) => {
                if in_cell > 0 {
                    current.push(' ');
                } else {
                    flush(&mut current, current_line, &mut out);
                }
            }
            _ => {}
        }
    }
    let chunk = decode_entities(&text[last..]);
    current.push_str(&chunk.replace(['\n', '\r'], " "));
    flush(&mut current, current_line, &mut out);
    out
}

/// The named entities plans use, and numeric ones.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let re = regex!(r"&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    re.replace_all(s, |c: &regex::Captures<'_>| {
        let e = &c[1];
        let ch = if let Some(h) = e.strip_prefix("#x") {
            u32::from_str_radix(h, 16).ok().and_then(char::from_u32)
        } else if let Some(d) = e.strip_prefix('#') {
            d.parse::<u32>().ok().and_then(char::from_u32)
        } else {
            match e {
                "nbsp" | "ensp" | "emsp" => Some(' '),
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "le" => Some('≤'),
                "ge" => Some('≥'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "middot" => Some('·'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                _ => None,
            }
        };
        match ch {
            Some(c) if !c.is_control() || c == '\n' => c.to_string(),
            _ => c[0].to_owned(),
        }
    })
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::super::lines;

    #[test]
    fn html_tables_become_pipe_lines() {
        let html = "<html><body><p>到2025年&nbsp;目标</p>\n<table><tr><td>指标</td><td>2020年</td>\
                    <td>2025年</td></tr>\n<tr><td>5G基站(个)</td><td>100</td><td>&ge;200</td></tr></table></body></html>";
        let ls = lines(html);
        let texts: Vec<&str> = ls.iter().map(|l| l.orig.as_str()).collect();
        assert_eq!(
            texts,
            [
                "到2025年 目标",
                "| 指标 | 2020年 | 2025年",
                "| 5G基站(个) | 100 | ≥200"
            ]
        );
        assert_eq!(ls[2].number, 3);
        // Word's export: paragraphs and spans inside cells stay in their row.
        let word = "<html><table><tr><td><p><span>指标</span></p></td><td><p>2020年</p></td>\
                    <td><p>2025年</p></td></tr><tr><td><p>5G基站</p><p>(个)</p></td><td><p>100</p></td>\
                    <td><p>200</p></td></tr></table></html>";
        let texts: Vec<String> = lines(word).into_iter().map(|l| l.orig).collect();
        assert_eq!(
            texts,
            ["| 指标 | 2020年 | 2025年", "| 5G基站 (个) | 100 | 200"]
        );
    }
}
