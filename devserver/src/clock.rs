//! Time as the API writes it. Webhook timestamps are whole seconds (a database `TIMESTAMP` column)
//! in Laravel's form `2025-09-03T23:19:51.000000Z`; log timestamps are `2024-01-15T11:00:01Z`.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `2025-09-03T23:19:51.000000Z`
pub fn micros_form(secs: i64) -> String {
    let (date, time) = civil(secs);
    format!("{date}T{time}.000000Z")
}

/// `2024-01-15T11:00:01Z`
pub fn seconds_form(secs: i64) -> String {
    let (date, time) = civil(secs);
    format!("{date}T{time}Z")
}

fn civil(secs: i64) -> (String, String) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's days-to-civil.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        format!("{y:04}-{m:02}-{d:02}"),
        format!("{:02}:{:02}:{:02}", rem / 3600, rem % 3600 / 60, rem % 60),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(micros_form(1_756_941_591), "2025-09-03T23:19:51.000000Z");
        assert_eq!(seconds_form(1_705_316_401), "2024-01-15T11:00:01Z");
        assert_eq!(seconds_form(0), "1970-01-01T00:00:00Z");
        assert_eq!(seconds_form(951_782_400), "2000-02-29T00:00:00Z");
    }
}
