//! Exact decimal numbers, for the comparisons PHP makes between numeric values (`between:5,120` on
//! "4.5e1", `in:` between two numeric strings). Exact decimal arithmetic agrees with PHP's doubles on
//! every comparison against an integer bound, and spares the module Rust's float parser (~10 KB).

#[allow(unused_imports)]
use crate::prelude::*;

use core::cmp::Ordering;

/// `(-1)^negative × 0.DIGITS × 10^exp`, with DIGITS free of leading and trailing zeros (empty = zero).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    negative: bool,
    digits: Vec<u8>,
    exp: i64,
}

/// Far beyond any double (1e±400 are already ±INF / 0 in PHP), and far from overflowing i64 arithmetic.
const EXP_LIMIT: i64 = 1 << 40;

impl Decimal {
    /// Reads `[+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?`; None for anything else.
    pub fn parse(text: &str) -> Option<Decimal> {
        let b = text.as_bytes();
        let mut i = 0;
        let negative = b.first() == Some(&b'-');
        if matches!(b.first(), Some(b'+' | b'-')) {
            i = 1;
        }
        let int_start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let int_digits = &b[int_start..i];
        let mut frac_digits: &[u8] = &[];
        if b.get(i) == Some(&b'.') {
            let start = i + 1;
            i = start;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            frac_digits = &b[start..i];
        }
        if int_digits.is_empty() && frac_digits.is_empty() {
            return None;
        }
        let mut exp: i64 = 0;
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            let exp_negative = b.get(i) == Some(&b'-');
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let start = i;
            while let Some(d) = b.get(i).filter(|d| d.is_ascii_digit()) {
                exp = (exp * 10 + (d - b'0') as i64).min(EXP_LIMIT);
                i += 1;
            }
            if i == start {
                return None;
            }
            if exp_negative {
                exp = -exp;
            }
        }
        if i != b.len() {
            return None;
        }
        let all: Vec<u8> = int_digits
            .iter()
            .chain(frac_digits)
            .map(|d| d - b'0')
            .collect();
        let lead = all.iter().take_while(|&&d| d == 0).count();
        let mut digits = all[lead..].to_vec();
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let exp = if digits.is_empty() {
            0
        } else {
            exp + int_digits.len() as i64 - lead as i64
        };
        Some(Decimal {
            negative: negative && !digits.is_empty(),
            digits,
            exp,
        })
    }

    pub fn from_int(n: i64) -> Decimal {
        let mut text = String::new();
        crate::core::value::push_int(&mut text, n);
        Decimal::parse(&text).unwrap_or(Decimal {
            negative: false,
            digits: Vec::new(),
            exp: 0,
        })
    }

    fn cmp_magnitude(&self, other: &Decimal) -> Ordering {
        match (self.digits.is_empty(), other.digits.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        // Normalised: a larger exponent means a larger magnitude; then digits compare lexicographically
        // (trailing zeros are stripped, so a longer run with an equal prefix is larger).
        self.exp
            .cmp(&other.exp)
            .then_with(|| self.digits.cmp(&other.digits))
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => self.cmp_magnitude(other),
            (true, true) => other.cmp_magnitude(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap_or_else(|| panic!("{s} parses"))
    }

    #[test]
    fn equal_values_compare_equal() {
        for (a, b) in [
            ("45", "4.5e1"),
            ("45", "045.000"),
            ("0", "-0.0"),
            ("1e1", "10"),
            (".5", "5e-1"),
            ("+10", "10"),
        ] {
            assert_eq!(d(a), d(b), "{a} = {b}");
        }
    }

    #[test]
    fn order_matches_the_numbers() {
        let sorted = [
            "-1e400",
            "-120.5",
            "-1",
            "-0.001",
            "0",
            "1e-400",
            "0.5",
            "4.99999999999999999",
            "5",
            "5.000000000000000001",
            "45",
            "120",
            "1e21",
            "1e400",
        ];
        for w in sorted.windows(2) {
            assert!(d(w[0]) < d(w[1]), "{} < {}", w[0], w[1]);
        }
    }

    #[test]
    fn rejects_non_numbers() {
        for s in [
            "", ".", "e1", "1e", "1e+", "--1", "1.2.3", "0x1", " 1", "1 ",
        ] {
            assert!(Decimal::parse(s).is_none(), "{s:?}");
        }
    }
}
