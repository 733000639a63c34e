//! The sans-IO half of the API client: which request an operation makes, how a response is read
//! (success shapes and the five error envelopes), and when to retry. The JS side only sends and sleeps.

pub mod request;
pub mod response;
pub mod retry;
pub mod retry_after;
pub mod shapes;
