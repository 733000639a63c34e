//! Reading how long a server asks us to wait: the `Retry-After` header (delta-seconds or an HTTP date)
//! or a body's `details.retry_after` (seconds, as the make-call 429 shows).

#[allow(unused_imports)]
use crate::prelude::*;

/// Milliseconds to wait, from a `Retry-After` value; `now_ms` is the current Unix time in ms.
/// A date in the past means 0; anything unreadable means None.
pub fn parse_retry_after(value: &str, now_ms: f64) -> Option<u32> {
    let v = value.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        let secs: u64 = v.parse().unwrap_or(u64::MAX);
        return Some(secs.saturating_mul(1000).min(u32::MAX as u64) as u32);
    }
    let at = http_date_ms(v)?;
    let wait = at - now_ms;
    Some(if wait <= 0.0 {
        0
    } else {
        wait.min(u32::MAX as f64) as u32
    })
}

/// IMF-fixdate, the form HTTP servers send: `Sun, 06 Nov 1994 08:49:37 GMT`.
fn http_date_ms(v: &str) -> Option<f64> {
    let mut parts = v.split_ascii_whitespace();
    let _weekday = parts.next()?.strip_suffix(',')?;
    let day: u32 = parts.next()?.parse().ok()?;
    let month_name = parts.next()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == month_name)? as u32
        + 1;
    let year: i64 = parts.next()?.parse().ok()?;
    let mut hms = parts.next()?.split(':').map(|p| p.parse::<u32>().ok());
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next()??);
    if parts.next()? != "GMT"
        || parts.next().is_some()
        || !(1..=31).contains(&day)
        || h > 23
        || m > 59
        || s > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(((days * 86_400 + (h * 3600 + m * 60 + s) as i64) * 1000) as f64)
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_and_dates() {
        assert_eq!(parse_retry_after("120", 0.0), Some(120_000));
        assert_eq!(parse_retry_after(" 2 ", 0.0), Some(2_000));
        // 1994-11-06T08:49:37Z is 784111777 s after the epoch.
        assert_eq!(
            http_date_ms("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777_000.0)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_770_000.0),
            Some(7_000)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_790_000.0),
            Some(0)
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "soon",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 32 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(parse_retry_after(bad, 0.0), None, "{bad:?}");
        }
    }
}
