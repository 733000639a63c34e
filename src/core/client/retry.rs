//! When to repeat a request, as a pure function: the runtime only sleeps and sends.
//!
//! Only idempotent requests are repeated (GET, PUT, DELETE; never POST, never the toggle PATCH, which
//! flips state), only after a network error, a 5xx or a 429, with exponential backoff and jitter,
//! and a server's `Retry-After` is honoured up to a cap.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `fetch` rejected: offline, DNS, refused, CORS. (A timeout or the caller's abort is not retried.)
    Network,
    Status(u16),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying.
    pub retries: u32,
    pub base_delay_ms: u32,
    pub max_delay_ms: u32,
    /// The longest `Retry-After` we wait for; a longer one is waited for this long.
    pub max_retry_after_ms: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            retries: 2,
            base_delay_ms: 300,
            max_delay_ms: 5_000,
            max_retry_after_ms: 30_000,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Stop,
    RetryAfterMs(u32),
}

/// `attempt` is the number of retries already made (0 after the first try). `jitter` is a random
/// number in [0, 1): the delay is drawn from the upper half of the backoff window ("equal jitter"),
/// so retries from many tabs spread out but never come back sooner than half the backoff.
pub fn decide(
    policy: &RetryPolicy,
    idempotent: bool,
    outcome: Outcome,
    attempt: u32,
    retry_after_ms: Option<u32>,
    jitter: f64,
) -> Decision {
    let retryable = match outcome {
        Outcome::Network => true,
        Outcome::Status(s) => s == 429 || (500..600).contains(&s),
    };
    if !idempotent || !retryable || attempt >= policy.retries {
        return Decision::Stop;
    }
    let window = (policy.base_delay_ms as u64)
        .saturating_mul(1u64 << attempt.min(20))
        .min(policy.max_delay_ms as u64);
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let backoff = (window as f64 * (0.5 + jitter / 2.0)) as u32;
    match retry_after_ms {
        Some(ms) => Decision::RetryAfterMs(ms.min(policy.max_retry_after_ms)),
        None => Decision::RetryAfterMs(backoff),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: RetryPolicy = RetryPolicy {
        retries: 2,
        base_delay_ms: 100,
        max_delay_ms: 1_000,
        max_retry_after_ms: 10_000,
    };

    #[test]
    fn never_repeats_a_non_idempotent_request() {
        for outcome in [Outcome::Network, Outcome::Status(503), Outcome::Status(429)] {
            assert_eq!(decide(&P, false, outcome, 0, None, 0.5), Decision::Stop);
        }
    }

    #[test]
    fn repeats_idempotent_requests_only_on_network_5xx_and_429() {
        for outcome in [
            Outcome::Network,
            Outcome::Status(500),
            Outcome::Status(503),
            Outcome::Status(599),
            Outcome::Status(429),
        ] {
            assert!(
                matches!(
                    decide(&P, true, outcome, 0, None, 0.0),
                    Decision::RetryAfterMs(_)
                ),
                "{outcome:?}"
            );
        }
        for status in [200, 201, 301, 400, 401, 403, 404, 409, 422, 600] {
            assert_eq!(
                decide(&P, true, Outcome::Status(status), 0, None, 0.0),
                Decision::Stop,
                "{status}"
            );
        }
    }

    #[test]
    fn stops_after_the_configured_retries_and_zero_disables() {
        assert_eq!(
            decide(&P, true, Outcome::Network, 2, None, 0.0),
            Decision::Stop
        );
        let none = RetryPolicy { retries: 0, ..P };
        assert_eq!(
            decide(&none, true, Outcome::Network, 0, None, 0.0),
            Decision::Stop
        );
    }

    #[test]
    fn backoff_doubles_with_jitter_in_the_upper_half_and_is_capped() {
        assert_eq!(
            decide(&P, true, Outcome::Network, 0, None, 0.0),
            Decision::RetryAfterMs(50)
        );
        assert_eq!(
            decide(&P, true, Outcome::Network, 0, None, 0.999_999),
            Decision::RetryAfterMs(99)
        );
        assert_eq!(
            decide(&P, true, Outcome::Network, 1, None, 0.0),
            Decision::RetryAfterMs(100)
        );
        let long = RetryPolicy { retries: 40, ..P };
        assert_eq!(
            decide(&long, true, Outcome::Network, 30, None, 0.0),
            Decision::RetryAfterMs(500)
        );
        assert_eq!(
            decide(&P, true, Outcome::Network, 0, None, f64::NAN),
            Decision::RetryAfterMs(50)
        );
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        assert_eq!(
            decide(&P, true, Outcome::Status(429), 0, Some(2_000), 0.0),
            Decision::RetryAfterMs(2_000)
        );
        assert_eq!(
            decide(&P, true, Outcome::Status(503), 0, Some(60_000), 0.0),
            Decision::RetryAfterMs(10_000)
        );
        assert_eq!(
            decide(&P, true, Outcome::Status(429), 0, Some(0), 0.0),
            Decision::RetryAfterMs(0)
        );
    }
}
