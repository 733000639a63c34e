//! Laravel 8.83's `url` rule, ported from the regular expression in `ValidatesAttributes::validateUrl`
//! (itself derived from Symfony's UrlValidator 5.0.7), compiled by PHP as `~^...$~ixu`.
//!
//! The pattern is: `scheme "://" [userinfo "@"] host [":" port] *("/" path) ["?" query] ["#" fragment]`,
//! where `scheme` is one of a fixed list of URI schemes (case-insensitive), and `host` is a run of
//! Unicode letters/numbers/symbols, `-`, `_` and `.` ending in a letter or number (or in an `xn--` label),
//! or a bracketed IPv6 literal. It is not the WHATWG URL parser: `http://a_b$c.d` passes,
//! `http://[::1%25eth0]` does not. Every branch below is pinned by the parity fixture.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::unicode_class::{is_ln, is_lns};

const SCHEMES: &str = "aaa aaas about acap acct acd acr adiumxtra adt afp afs aim amss android appdata apt ark attachment aw barion beshare bitcoin bitcoincash blob bolo browserext calculator callto cap cast casts chrome chrome-extension cid coap coap+tcp coap+ws coaps coaps+tcp coaps+ws com-eventbrite-attendee content conti crid cvs dab data dav diaspora dict did dis dlna-playcontainer dlna-playsingle dns dntp dpp drm drop dtn dvb ed2k elsi example facetime fax feed feedready file filesystem finger first-run-pen-experience fish fm ftp fuchsia-pkg geo gg git gizmoproject go gopher graph gtalk h323 ham hcap hcp http https hxxp hxxps hydrazone iax icap icon im imap info iotdisco ipn ipp ipps irc irc6 ircs iris iris.beep iris.lwz iris.xpc iris.xpcs isostore itms jabber jar jms keyparc lastfm ldap ldaps leaptofrogans lorawan lvlt magnet mailserver mailto maps market message mid mms modem mongodb moz ms-access ms-browser-extension ms-calculator ms-drive-to ms-enrollment ms-excel ms-eyecontrolspeech ms-gamebarservices ms-gamingoverlay ms-getoffice ms-help ms-infopath ms-inputapp ms-lockscreencomponent-config ms-media-stream-id ms-mixedrealitycapture ms-mobileplans ms-officeapp ms-people ms-project ms-powerpoint ms-publisher ms-restoretabcompanion ms-screenclip ms-screensketch ms-search ms-search-repair ms-secondary-screen-controller ms-secondary-screen-setup ms-settings ms-settings-airplanemode ms-settings-bluetooth ms-settings-camera ms-settings-cellular ms-settings-cloudstorage ms-settings-connectabledevices ms-settings-displays-topology ms-settings-emailandaccounts ms-settings-language ms-settings-location ms-settings-lock ms-settings-nfctransactions ms-settings-notifications ms-settings-power ms-settings-privacy ms-settings-proximity ms-settings-screenrotation ms-settings-wifi ms-settings-workplace ms-spd ms-sttoverlay ms-transit-to ms-useractivityset ms-virtualtouchpad ms-visio ms-walk-to ms-whiteboard ms-whiteboard-cmd ms-word msnim msrp msrps mss mtqp mumble mupdate mvn news nfs ni nih nntp notes ocf oid onenote onenote-cmd opaquelocktoken openpgp4fpr pack palm paparazzi payto pkcs11 platform pop pres prospero proxy pwid psyc pttp qb query redis rediss reload res resource rmi rsync rtmfp rtmp rtsp rtsps rtspu s3 secondlife service session sftp sgn shttp sieve simpleledger sip sips skype smb sms smtp snews snmp soap.beep soap.beeps soldat spiffe spotify ssh steam stun stuns submit svn tag teamspeak tel teliaeid telnet tftp tg things thismessage tip tn3270 tool ts3server turn turns tv udp unreal urn ut2004 v-event vemmi ventrilo videotex vnc view-source wais webcal wpid ws wss wtai wyciwyg xcon xcon-userid xfire xmlrpc.beep xmlrpc.beeps xmpp xri ymsgr z39.50 z39.50r z39.50s";

/// Does `s` pass Laravel 8's `url` rule?
pub fn is_laravel_url(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    if !scheme_listed(scheme) {
        return false;
    }
    let chars: Vec<char> = rest.chars().collect();
    let start = userinfo_end(&chars).unwrap_or(0);
    after_authority(&chars, start)
}

/// The scheme alternatives contain no ':', so the scheme is everything before the first "://".
/// Matching is caseless under PCRE's Unicode rules, where KELVIN SIGN matches `k` and LONG S matches `s`.
pub fn scheme_listed(scheme: &str) -> bool {
    let mut folded = String::with_capacity(scheme.len());
    for c in scheme.chars() {
        folded.push(match c {
            '\u{212A}' => 'k',
            '\u{17F}' => 's',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            _ => return false,
        });
    }
    // Nearly every real URL is http(s): answer those without scanning the list.
    matches!(folded.as_str(), "http" | "https") || SCHEMES.split(' ').any(|known| known == folded)
}

/// `[_.\pL\pN-]` or `%XX`: one unit of userinfo; returns its length in chars.
fn userinfo_unit(c: &[char], i: usize) -> usize {
    match c.get(i) {
        Some('_' | '.' | '-') => 1,
        Some(&ch) if is_ln(ch) => 1,
        Some('%') if pct_at(c, i) => 3,
        _ => 0,
    }
}

fn pct_at(c: &[char], i: usize) -> bool {
    c.get(i) == Some(&'%')
        && c.get(i + 1).is_some_and(|h| h.is_ascii_hexdigit())
        && c.get(i + 2).is_some_and(|h| h.is_ascii_hexdigit())
}

fn run(c: &[char], mut i: usize, unit: impl Fn(&[char], usize) -> usize) -> usize {
    loop {
        let n = unit(c, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// `((U+ ":")? U+ "@")?`: where the host starts if a userinfo is present. Userinfo units exclude
/// ':' and '@', so there is at most one way to read it; and if it is there, reading the rest as
/// a host without it always fails (the host would stop at the ':' or '@').
fn userinfo_end(c: &[char]) -> Option<usize> {
    let first = run(c, 0, userinfo_unit);
    if first == 0 {
        return None;
    }
    let end = match c.get(first) {
        Some('@') => first,
        Some(':') => {
            let second = run(c, first + 1, userinfo_unit);
            if second == first + 1 || c.get(second) != Some(&'@') {
                return None;
            }
            second
        }
        _ => return None,
    };
    Some(end + 1)
}

fn after_authority(c: &[char], start: usize) -> bool {
    let Some(mut i) = host_end(c, start) else {
        return false;
    };
    if c.get(i) == Some(&':') {
        let digits = c[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        i += 1 + digits;
    }
    while c.get(i) == Some(&'/') {
        i = run(c, i + 1, |c, i| component_unit(c, i, "-._~!$&'()*+,;=:@"));
    }
    if c.get(i) == Some(&'?') {
        i = run(c, i + 1, |c, i| {
            component_unit(c, i, "-._~!$&'[]()*+,;=:@/?")
        });
    }
    if c.get(i) == Some(&'#') {
        i = run(c, i + 1, |c, i| component_unit(c, i, "-._~!$&'()*+,;=:@/?"));
    }
    // PCRE's `$` (without the D modifier) also matches before one final newline.
    i == c.len() || (i + 1 == c.len() && c[i] == '\n')
}

fn component_unit(c: &[char], i: usize, punct: &str) -> usize {
    match c.get(i) {
        Some('%') if pct_at(c, i) => 3,
        Some(&ch) if is_ln(ch) || (ch.is_ascii() && punct.contains(ch)) => 1,
        _ => 0,
    }
}

/// The host: a bracketed IPv6 literal, or a domain name. (The pattern's IPv4 alternative only accepts
/// strings the domain alternative accepts too, since `\d` and `.` are inside the domain's classes.)
fn host_end(c: &[char], start: usize) -> Option<usize> {
    if c.get(start) == Some(&'[') {
        let close = start + c[start..].iter().position(|&ch| ch == ']')?;
        let inner: String = c[start + 1..close].iter().collect();
        return is_ipv6(&inner).then_some(close + 1);
    }
    let end = start
        + c[start..]
            .iter()
            .take_while(|&&ch| is_host_char(ch))
            .count();
    domain_ok(&c[start..end]).then_some(end)
}

fn is_host_char(ch: char) -> bool {
    matches!(ch, '-' | '_' | '.') || is_lns(ch)
}

/// `[\pL\pN\pS\-_.]+ ( \.? ( [\pL\pN] | xn--[\pL\pN-]+ )+ \.? )` over a maximal run of host chars:
/// at least one char, then a tail that ends (before an optional final dot) in a letter or number,
/// or in an `xn--` label whose rest is letters, numbers and hyphens.
fn domain_ok(h: &[char]) -> bool {
    let h = match h.last() {
        Some('.') => &h[..h.len() - 1],
        _ => h,
    };
    let Some(&last) = h.last() else { return false };
    if h.len() >= 2 && is_ln(last) {
        return true;
    }
    // The tail may end in '-' only inside an `xn--` label: find one that starts after the first char.
    let label_chars = h
        .iter()
        .rev()
        .take_while(|&&ch| ch == '-' || is_ln(ch))
        .count();
    let tail_start = h.len() - label_chars;
    (tail_start.max(1)..h.len()).any(|p| {
        h.len() > p + 4
            && matches!(h[p], 'x' | 'X')
            && matches!(h[p + 1], 'n' | 'N')
            && h[p + 2] == '-'
            && h[p + 3] == '-'
    })
}

/// RFC 3986 `IPv6address`, as the pattern spells it: hex is caseless; an embedded IPv4 is allowed only
/// as the last 32 bits, with octets `25[0-5] | ([1-9] | 1[0-9] | 2[0-4])? [0-9]` (so no leading zeros).
pub fn is_ipv6(s: &str) -> bool {
    let (left, right, compressed) = match s.find("::") {
        Some(p) => (&s[..p], &s[p + 2..], true),
        None => (s, "", false),
    };
    let Some(left_groups) = groups(left, !compressed) else {
        return false;
    };
    let Some(right_groups) = groups(right, true) else {
        return false;
    };
    let total = left_groups + right_groups;
    if compressed {
        // The right side may only end in an IPv4 when it is a full ls32 (two groups or more).
        total <= 7 && !(right_groups == 1 && right.contains('.'))
    } else {
        total == 8
    }
}

/// Counts 16-bit groups in a ':'-separated run ("" counts 0). An IPv4 counts 2, and only at the end
/// when `ipv4_tail` allows it.
fn groups(s: &str, ipv4_tail: bool) -> Option<usize> {
    if s.is_empty() {
        return Some(0);
    }
    let parts: Vec<&str> = s.split(':').collect();
    let mut n = 0;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if last && ipv4_tail && part.contains('.') {
            if !is_ipv4_octets(part) {
                return None;
            }
            n += 2;
        } else if (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()) {
            n += 1;
        } else {
            return None;
        }
    }
    Some(n)
}

fn is_ipv4_octets(s: &str) -> bool {
    let octets: Vec<&str> = s.split('.').collect();
    octets.len() == 4
        && octets.iter().all(|o| {
            let b = o.as_bytes();
            match b.len() {
                1 => b[0].is_ascii_digit(),
                2 => (b'1'..=b'9').contains(&b[0]) && b[1].is_ascii_digit(),
                3 => {
                    o.bytes().all(|d| d.is_ascii_digit())
                        && (b[0] == b'1' || (b[0] == b'2' && o <= &"255"))
                }
                _ => false,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_laravel_accepts() {
        for u in [
            "https://example.com",
            "http://a.b/c?d=[e]#f",
            "HTTPS://EXAMPLE.COM:8080/x",
            "s\u{212A}ype://a.b",
            "\u{17F}ftp://a.b",
            "http://user:pa%20ss@host.com",
            "http://[::1]:80/",
            "http://[::ffff:192.168.200.1]",
            "http://a_b$c.d",
            "http://axn---",
            "http://a.b.",
            "http://.a",
            "http://1.2.3.999",
            "http://ü.de/ö",
            "http://a.b\n",
        ] {
            assert!(is_laravel_url(u), "{u:?} should pass");
        }
    }

    #[test]
    fn rejects_what_laravel_rejects() {
        for u in [
            "example.com",
            "foo://a.b",
            "http://a",
            "http://a.",
            "http://a..",
            "http://a.b:",
            "http://a.b:8a",
            "http://a b.c",
            "http://[::1%25eth0]",
            "http://[1:2:3:4:5:6:7:8:9]",
            "http://[::ffff:1.2.3.01]",
            "http://a.b/%zz",
            "http://a.b#x#y",
            "http://a.b/\\",
            "http://xn---",
            "http://a.b-",
            "http://@a.b",
        ] {
            assert!(!is_laravel_url(u), "{u:?} should fail");
        }
    }
}
