//! The handful of PHP 8 primitives that Laravel's rules are built on, with PHP's exact semantics.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::decimal::Decimal;
use crate::core::value::{push_int, Value};

/// PHP `trim()` with its default character list: only ASCII space, \t, \n, \r, \0 and \x0B.
/// Unicode spaces (U+00A0, U+3000, …) survive, which is why a name of only those passes `required`.
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\0' | '\x0B'))
}

/// `mb_strlen` of valid UTF-8: code points, not UTF-16 units and not bytes.
pub fn mb_strlen(s: &str) -> usize {
    s.chars().count()
}

/// PHP 8 `is_numeric()` on a string, returning the number it denotes.
/// Leading and trailing whitespace (including \f, unlike `trim`) is allowed; hex, "inf" and "nan" are not.
pub fn numeric_string(s: &str) -> Option<Decimal> {
    Decimal::parse(s.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C')))
}

/// A number PHP compares: an integer, or an exact decimal read from a numeric string or float text.
pub enum Number {
    Int(i64),
    Dec(Decimal),
}

impl Number {
    pub fn cmp_int(&self, n: i64) -> core::cmp::Ordering {
        match self {
            Number::Int(m) => m.cmp(&n),
            Number::Dec(d) => d.cmp(&Decimal::from_int(n)),
        }
    }
}

/// PHP `is_numeric($v)` and the number PHP compares with when it is.
pub fn numeric_value(v: &Value) -> Option<Number> {
    match v {
        Value::Int(n) => Some(Number::Int(*n)),
        Value::Float(text) => Decimal::parse(text).map(Number::Dec),
        Value::Str(s) => numeric_string(s).map(Number::Dec),
        _ => None,
    }
}

/// `filter_var($v, FILTER_VALIDATE_INT) !== false`: the value's PHP string form, trimmed of
/// space/\t/\r/\v/\n (not \0, not \f), must be an optional sign and "0" or a non-zero-led decimal
/// that fits in 64 bits. Arrays and null fail; `true` ("1") passes; floats go through their string form.
pub fn filter_validate_int(v: &Value) -> bool {
    match v {
        Value::Int(_) => true,
        Value::Bool(b) => *b,
        Value::Float(text) => filter_int_str(&php_float_string(text)),
        Value::Str(s) => filter_int_str(s),
        Value::Null | Value::Array(_) => false,
    }
}

fn filter_int_str(s: &str) -> bool {
    let t = s.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\x0B' | '\n'));
    if t.is_empty() {
        return false;
    }
    if t == "0" {
        return true;
    }
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if digits == "0" {
        return true;
    }
    if !digits.starts_with(|c: char| ('1'..='9').contains(&c))
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // Range check in the sign's direction, as php_filter_parse_int does.
    let negative = t.starts_with('-');
    let candidate = if negative { t } else { digits };
    candidate.parse::<i64>().is_ok()
}

/// The string PHP makes of a value with `(string)$v` / string coercion, or None for arrays.
pub fn php_string(v: &Value, out: &mut String) -> bool {
    match v {
        Value::Null | Value::Bool(false) => {}
        Value::Bool(true) => out.push('1'),
        Value::Int(n) => push_int(out, *n),
        Value::Float(text) => out.push_str(&php_float_string(text)),
        Value::Str(s) => out.push_str(s),
        Value::Array(_) => return false,
    }
    true
}

/// `(string)$float` in PHP 8, from the number's JSON text: `precision` = 14 significant digits,
/// `%G`-style switch to exponent form below 1e-4 or from 1e14 up, written "1.0E+25" (PHP keeps one
/// decimal). Rounding works on the decimal text, half up. JS writes the shortest text that reads back
/// to the same double, so this equals PHP's rounding of the double itself except when that text has
/// 15-17 digits and the 15th onwards are exactly "5" (a tie in the text, not in the binary value), and
/// for subnormals (below 2.2e-308), whose short texts are far from their binary values. Neither can
/// change a verdict: both are nowhere near an integer or an event id.
pub fn php_float_string(text: &str) -> String {
    let (negative, t) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(p) => (&t[..p], t[p + 1..].trim_start_matches('+')),
        None => (t, "0"),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = int_part.bytes().chain(frac_part.bytes());
    let leading_zeros = all.clone().take_while(|&b| b == b'0').count();
    let mut digits: Vec<u8> = all.skip(leading_zeros).collect();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
        return out;
    }
    // An exponent beyond i64 is far outside f64 anyway; saturate so it takes the INF/0 path.
    let exp: i64 = exp.parse().unwrap_or(if exp.starts_with('-') {
        -100_000
    } else {
        100_000
    });
    let mut e10 = int_part.len() as i64 - leading_zeros as i64 - 1 + exp;
    if digits.len() > 14 {
        let round_up = digits[14] >= b'5';
        digits.truncate(14);
        if round_up {
            match digits.iter().rposition(|&d| d != b'9') {
                Some(i) => {
                    digits[i] += 1;
                    digits.truncate(i + 1);
                }
                None => {
                    digits = vec![b'1'];
                    e10 += 1;
                }
            }
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if e10 > 308 {
        out.push_str("INF");
        return out;
    }
    if e10 < -324 {
        out.push('0');
        return out;
    }
    let digits: String = digits.iter().map(|&b| b as char).collect();
    if !(-4..14).contains(&e10) {
        out.push_str(&digits[..1]);
        out.push('.');
        out.push_str(if digits.len() > 1 { &digits[1..] } else { "0" });
        out.push_str(if e10 < 0 { "E-" } else { "E+" });
        push_int(&mut out, e10.abs());
    } else if e10 >= 0 {
        let int_len = e10 as usize + 1;
        if digits.len() <= int_len {
            out.push_str(&digits);
            out.extend(core::iter::repeat_n('0', int_len - digits.len()));
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    } else {
        out.push_str("0.");
        out.extend(core::iter::repeat_n('0', (-e10 - 1) as usize));
        out.push_str(&digits);
    }
    out
}

/// PHP 8 loose `==` between two strings: numerically when both are numeric strings, else bytewise.
pub fn loose_str_eq(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // A numeric string starts with whitespace, a sign, a digit or a dot; event ids start with a letter.
    let may_be_numeric =
        |s: &str| s.starts_with(|c: char| c.is_ascii_digit() || " \t\n\r\x0B\x0C+-.".contains(c));
    if !may_be_numeric(a) || !may_be_numeric(b) {
        return false;
    }
    match (numeric_string(a), numeric_string(b)) {
        // PHP compares two doubles; exact decimals differ only for distinct texts of the same double.
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_strings_match_php() {
        for (f, s) in [
            ("1e+25", "1.0E+25"),
            ("1.5e+25", "1.5E+25"),
            ("0.1", "0.1"),
            ("0.30000000000000004", "0.3"),
            ("0.00001", "1.0E-5"),
            ("1e-7", "1.0E-7"),
            ("0.0001", "0.0001"),
            ("100000000000000", "1.0E+14"),
            ("99999999999999.99", "1.0E+14"),
            ("99999999999999", "99999999999999"),
            ("45.00000000000001", "45"),
            ("4.9999999999999995", "5"),
            ("-2.5", "-2.5"),
            ("10000000000000000000", "1.0E+19"),
            ("123456.789", "123456.789"),
            ("-0", "-0"),
            ("1.7976931348623157e+308", "1.7976931348623E+308"),
        ] {
            assert_eq!(php_float_string(f), s, "{f}");
        }
    }

    #[test]
    fn filter_int_matches_php() {
        let ok = [
            "0",
            "-0",
            "+0",
            "45",
            " 45",
            "45\n",
            "\t+45\x0B",
            "-9223372036854775808",
            "9223372036854775807",
        ];
        let bad = [
            "",
            " ",
            "045",
            "4.5",
            "1e1",
            "0x2D",
            "9223372036854775808",
            "\x0C45",
            "45\0",
            "+",
            "--1",
            "٣",
        ];
        for s in ok {
            assert!(
                filter_validate_int(&Value::Str(s.into())),
                "{s:?} should pass"
            );
        }
        for s in bad {
            assert!(
                !filter_validate_int(&Value::Str(s.into())),
                "{s:?} should fail"
            );
        }
        assert!(filter_validate_int(&Value::Float(
            "45.00000000000001".into()
        )));
        assert!(!filter_validate_int(&Value::Float("45.5".into())));
        assert!(filter_validate_int(&Value::Bool(true)));
        assert!(!filter_validate_int(&Value::Bool(false)));
    }

    #[test]
    fn numeric_strings_match_php() {
        for s in [
            "1", " 1", "1 ", "\x0C1", ".5", "5.", "-1e3", "+.5e-2", "1E5",
        ] {
            assert!(numeric_string(s).is_some(), "{s:?}");
        }
        for s in [
            "", " ", ".", "1e", "e1", "0x1A", "1 1", "inf", "NAN", "1_000", "١",
        ] {
            assert!(numeric_string(s).is_none(), "{s:?}");
        }
        assert_eq!(numeric_string(" 4.5e1 "), Some(Decimal::from_int(45)));
    }
}
