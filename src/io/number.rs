//! Lenient, documented number parsing for hand-typed tables.

/// Parses a number as found in plan tables and statistical bulletins.
///
/// Accepted (and tested): surrounding whitespace; a leading `+`; a UTF-8 full-width form of
/// digits and `.`, `-`, `+`, `,`, `%` (`１２３．５`); thousands separators `1,234.5` when every
/// group after the first has exactly three digits; one trailing `%` (the unit is the indicator's;
/// the sign is dropped, the number is kept as written); scientific notation `1e-300`.
///
/// Rejected with a message: an empty cell, anything else that is not a number (`abc`, `1.2.3`,
/// `12,34`), and non-finite results (`NaN`, `inf`, `1e999`).
///
/// # Errors
/// A message saying what was found, for the caller to wrap with its location.
pub fn parse_number(raw: &str) -> Result<f64, String> {
    let mut s: String = raw
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '－' | '−' => '-',
            '＋' => '+',
            '，' => ',',
            '％' => '%',
            _ => c,
        })
        .collect();
    if s.is_empty() {
        return Err("expected a number, found an empty cell".to_owned());
    }
    if let Some(stripped) = s.strip_suffix('%') {
        s = stripped.trim_end().to_owned();
    }
    if s.contains(',') {
        s = strip_thousands(&s).ok_or_else(|| format!("expected a number, found `{raw}`"))?;
    }
    let lower = s.to_ascii_lowercase();
    if lower.contains("nan") || lower.contains("inf") {
        return Err(format!("expected a finite number, found `{raw}`"));
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(format!("expected a finite number, found `{raw}`")),
        Err(_) => Err(format!("expected a number, found `{raw}`")),
    }
}

/// `1,234,567.5` → `1234567.5`; `None` unless the commas are well-placed thousands separators.
fn strip_thousands(s: &str) -> Option<String> {
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'-') | Some(b'+') => s.split_at(1),
        _ => ("", s),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let groups: Vec<&str> = int.split(',').collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    let digits = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    if !(first_ok && rest_ok && digits) {
        return None;
    }
    let mut out = String::from(sign);
    out.push_str(&groups.concat());
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn accepts_documented_forms() {
        assert_eq!(parse_number(" 42 "), Ok(42.0));
        assert_eq!(parse_number("+1.5"), Ok(1.5));
        assert_eq!(parse_number("1,234.5"), Ok(1234.5));
        assert_eq!(parse_number("-1,234,567"), Ok(-1_234_567.0));
        assert_eq!(parse_number("85%"), Ok(85.0));
        assert_eq!(parse_number("１２３．５"), Ok(123.5));
        assert_eq!(parse_number("９０％"), Ok(90.0));
        assert_eq!(parse_number("1e-300"), Ok(1e-300));
    }

    #[test]
    fn rejects_the_rest() {
        for bad in [
            "", "  ", "abc", "1.2.3", "12,34", "1,2345", ",123", "NaN", "inf", "1e999", "%",
        ] {
            assert!(parse_number(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
