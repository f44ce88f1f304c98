//! The write token and the bind rule.
//!
//! Reading is open to whoever can reach the address; every write needs `Authorization: Bearer
//! TOKEN`. The server binds to loopback by default; binding anywhere else without a token chosen by
//! the operator is refused, so a generated token is never the only guard of a public address.

use std::net::SocketAddr;

use axum::http::HeaderMap;

use crate::error::ApiError;

/// Why the server refuses to start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BindError {
    #[error("refusing to listen on {addr} without a token: a non-loopback address needs --token or ONRECORD_TOKEN")]
    PublicWithoutToken { addr: SocketAddr },
    #[error("the token must be at least {min} characters long")]
    ShortToken { min: usize },
}

/// Tokens shorter than this are refused.
pub const MIN_TOKEN_CHARS: usize = 16;

/// Where the token came from, for the start-up message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenOrigin {
    Given,
    Generated,
}

/// Decides the token to serve with: the given one, or a generated one on loopback addresses.
pub fn token_for(
    addr: SocketAddr,
    given: Option<&str>,
) -> Result<(String, TokenOrigin), BindError> {
    match given.map(str::trim).filter(|t| !t.is_empty()) {
        Some(token) if token.chars().count() < MIN_TOKEN_CHARS => Err(BindError::ShortToken {
            min: MIN_TOKEN_CHARS,
        }),
        Some(token) => Ok((token.to_string(), TokenOrigin::Given)),
        None if addr.ip().is_loopback() => Ok((generate_token(), TokenOrigin::Generated)),
        None => Err(BindError::PublicWithoutToken { addr }),
    }
}

/// 32 random bytes from the operating system, as hex. Falls back to a clock-and-address mix only if
/// the OS has no randomness to give, which the caller sees as a still-unguessable-enough token for a
/// loopback server.
pub fn generate_token() -> String {
    let mut bytes = [0u8; 32];
    if getrandom::fill(&mut bytes).is_err() {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
            ^ (&bytes as *const _ as usize as u128);
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = (seed.rotate_left(i as u32 * 5) & 0xff) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks `Authorization: Bearer TOKEN` in constant time.
pub fn check(headers: &HeaderMap, token: &str) -> Result<(), ApiError> {
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| {
            let (scheme, rest) = value.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        })
        .ok_or_else(|| ApiError::unauthorized("this needs Authorization: Bearer TOKEN (the token the server printed at start, or --token)"))?;
    if constant_time_eq(given.as_bytes(), token.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::unauthorized("the token is not the server's"))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> SocketAddr {
        s.parse().expect("address")
    }

    #[test]
    fn loopback_without_token_generates_one() {
        let (token, origin) = token_for(addr("127.0.0.1:8080"), None).expect("starts");
        assert_eq!(origin, TokenOrigin::Generated);
        assert_eq!(token.len(), 64);
        assert_ne!(token, generate_token());
        assert!(token_for(addr("[::1]:8080"), Some(" ")).is_ok());
    }

    #[test]
    fn public_address_without_token_refuses_to_start() {
        for a in ["0.0.0.0:8080", "192.0.2.1:80", "[::]:8080"] {
            assert_eq!(
                token_for(addr(a), None),
                Err(BindError::PublicWithoutToken { addr: addr(a) })
            );
        }
        assert!(token_for(addr("0.0.0.0:8080"), Some("a-long-enough-token")).is_ok());
        assert!(matches!(
            token_for(addr("0.0.0.0:8080"), Some("short")),
            Err(BindError::ShortToken { .. })
        ));
    }

    #[test]
    fn bearer_check() {
        let mut headers = HeaderMap::new();
        assert!(check(&headers, "secret-token-1234").is_err());
        headers.insert(
            axum::http::header::AUTHORIZATION,
            "Bearer secret-token-1234".parse().expect("header"),
        );
        assert!(check(&headers, "secret-token-1234").is_ok());
        assert!(check(&headers, "secret-token-1235").is_err());
        headers.insert(
            axum::http::header::AUTHORIZATION,
            "Basic secret-token-1234".parse().expect("header"),
        );
        assert!(check(&headers, "secret-token-1234").is_err());
    }
}
