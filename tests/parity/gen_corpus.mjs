#!/usr/bin/env node
// Differential-parity corpus generator.
//
// Writes JSON Lines to stdout, one case per line:
//   {"id":N,"note":"...","mode":"create"|"update","events":null|[...],"body":"<JSON text>"}
//
// Contract: every body is JSON.stringify(someJsValue) -- the client validates JS
// values exactly as JSON.stringify serialises them. Deterministic: seeded PRNG,
// no Math.random, no clock.
//
// Usage: node tests/parity/gen_corpus.mjs > corpus.jsonl

import { EVENT_IDS } from '../js/event-ids.mjs';

// ---------------------------------------------------------------- PRNG
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x7a1c0de5);
const ri = (n) => Math.floor(rnd() * n);
const pick = (arr) => arr[ri(arr.length)];

// ---------------------------------------------------------------- constants
const EVENTS = EVENT_IDS;

const BASE = Object.freeze({
  name: 'Orders hook',
  webhook_url: 'https://example.com/hooks/talkover',
  events: ['event_phone_call_ended'],
});
const FULL = Object.freeze({
  ...BASE,
  webhook_secret: 's3cr3t',
  timeout: 30,
  max_retries: 3,
  enabled: true,
  http_method: 'POST',
  authorization_scheme: 'bearer',
  custom_headers: [{ key: 'X-Team', value: 'voice' }],
  payload_templates: { event_action: { text: '{{call.id}}' } },
});

// Whitespace kinds. PHP trim() strips only " \t\n\r\0\x0B"; the rest survive.
const WS = [
  [' ', 'space'], ['\t', 'tab'], ['\n', 'LF'], ['\r', 'CR'], ['\0', 'NUL'], ['\x0B', 'VT'],
  ['\f', 'FF'], ['\u0085', 'NEL'], ['\u00A0', 'NBSP'], ['\u1680', 'U+1680'],
  ['\u2000', 'U+2000'], ['\u2001', 'U+2001'], ['\u2002', 'U+2002'], ['\u2003', 'U+2003'],
  ['\u2004', 'U+2004'], ['\u2005', 'U+2005'], ['\u2006', 'U+2006'], ['\u2007', 'U+2007'],
  ['\u2008', 'U+2008'], ['\u2009', 'U+2009'], ['\u200A', 'U+200A'], ['\u2028', 'U+2028'],
  ['\u2029', 'U+2029'], ['\u202F', 'U+202F'], ['\u205F', 'U+205F'], ['\u3000', 'U+3000'],
  ['\uFEFF', 'BOM'], ['\u180E', 'U+180E'], ['\u200B', 'ZWSP'], ['\r\n', 'CRLF'],
  [' \t\n\r\0\x0B', 'all-php-trim'],
];
const WS_CORE = WS.filter(([, n]) => ['space', 'tab', 'LF', 'NUL', 'VT', 'FF', 'NBSP', 'U+2003', 'U+3000', 'BOM', 'ZWSP', 'U+2028'].includes(n));

// Text units for length tests (code points per unit in comment).
const UNITS = [
  ['a', 'ascii'],                // 1
  ['\u00E9', 'e-acute'],         // 1 (2 UTF-8 bytes)
  ['e\u0301', 'e+U+0301'],       // 2
  ['\u4E2D', 'CJK'],             // 1 (3 bytes)
  ['\u{1F600}', 'emoji'],        // 1 (2 UTF-16 units, 4 bytes)
  ['\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', 'ZWJ-family'], // 5
  ['a\u00E9\u4E2D\u{1F600}e\u0301', 'mixed'],                 // 6
  ['\u{1D400}', 'math-bold-A'],  // 1 astral letter
];

// First n code points of unit repeated.
function fill(unit, n) {
  const cps = [...unit];
  const out = [];
  for (let i = 0; i < n; i++) out.push(cps[i % cps.length]);
  return out.join('');
}
const cpLen = (s) => [...s].length;

// ---------------------------------------------------------------- case sink
const cases = [];
function add(note, value, opts = {}) {
  const body = JSON.stringify(value);
  if (typeof body !== 'string') throw new Error('unstringifiable body: ' + note);
  cases.push({
    id: cases.length + 1,
    note,
    mode: opts.mode || 'create',
    events: opts.events || null,
    body,
  });
}
function d(v) {
  // short description of a JS value for notes
  if (typeof v === 'string') {
    const n = cpLen(v);
    let s = JSON.stringify(v);
    if (s.length > 48) s = s.slice(0, 40) + '…"';
    return n > 30 ? `${s}(${n}cp/${v.length}u16)` : s;
  }
  if (v === undefined) return 'undefined';
  if (Object.is(v, -0)) return '-0';
  let s = JSON.stringify(v);
  if (s === undefined) return String(v);
  if (s.length > 48) s = s.slice(0, 40) + '…';
  return (Array.isArray(v) ? `array[${v.length}]` : typeof v) + ' ' + s;
}
const withField = (base, k, v) => ({ ...base, [k]: v });
function without(base, k) {
  const o = { ...base };
  delete o[k];
  return o;
}

// Put a value at a field in create (from BASE) and update (from {} and FULL).
function field(fieldName, note, v, { update = true, updateFull = false, create = true } = {}) {
  if (create) add(`${fieldName}: ${note}`, withField(BASE, fieldName, v));
  if (update) add(`${fieldName} (update, alone): ${note}`, { [fieldName]: v }, { mode: 'update' });
  if (updateFull) add(`${fieldName} (update, full body): ${note}`, withField(FULL, fieldName, v), { mode: 'update' });
}

// ---------------------------------------------------------------- value pools
const NON_STRINGS = [
  0, 1, -1, 42, 255, 256, 1.5, -2.5, 0.1 + 0.2, 1e-7, 1e15, 123456789012345.6, 2 ** 53, 2 ** 53 + 2, 2 ** 63,
  1e20, 1e21, 1e300, -1e300, -0, true, false, null,
  [], [1], ['a'], ['a', 'b'], [[]], [['x']], [[['deep']]], {}, { a: 'b' }, { 0: 'x' }, [null], [{}],
];

const LONE_SURROGATES = [
  ['\uD800', 'lone high U+D800'],
  ['\uDC00', 'lone low U+DC00'],
  ['a\uDBFFb', 'lone high inside'],
  ['\uDC00\uD800', 'reversed pair'],
  ['\uDBFF\uDFFF', 'valid pair U+10FFFF'],
  ['Orders\uD83D', 'truncated emoji'],
];

// Generic string edges for a field with max length L.
function stringEdges(L, { full = true } = {}) {
  const out = [];
  for (const [u, un] of UNITS) {
    for (const n of [L - 1, L, L + 1]) out.push([`${un} x${n}cp`, fill(u, n)]);
    if (full && un !== 'ascii') out.push([`${un} x${L + 50}cp`, fill(u, L + 50)]);
  }
  // UTF-16 length > L but code points <= L; UTF-8 bytes > L but code points <= L.
  out.push([`emoji ${Math.ceil((L + 1) / 2)}cp (u16>${L})`, fill('\u{1F600}', Math.ceil((L + 1) / 2))]);
  out.push([`e-acute ${Math.ceil((L + 1) / 2)}cp (bytes>${L})`, fill('\u00E9', Math.ceil((L + 1) / 2))]);
  out.push([`e+U+0301 ${L}cp = ${L / 2 | 0} graphemes`, fill('e\u0301', L)]);
  out.push([`ZWJ family x${Math.floor(L / 5)} (${Math.floor(L / 5) * 5}cp)`, fill('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', Math.floor(L / 5) * 5)]);
  out.push([`ZWJ family x${Math.floor(L / 5) + 1}`, fill('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', (Math.floor(L / 5) + 1) * 5)]);
  out.push(['flag emoji + skin tone', '\u{1F1FA}\u{1F1F8}\u{1F44D}\u{1F3FD}']);
  out.push(['empty', '']);
  out.push(['single char', 'x']);
  out.push(['internal space', 'a b']);
  out.push(['internal LF', 'a\nb']);
  out.push(['internal NUL', 'a\0b']);
  out.push(['internal tab', 'a\tb']);
  out.push(['numeric string "123"', '123']);
  out.push(['numeric string "1e3"', '1e3']);
  out.push(['string "null"', 'null']);
  out.push(['string "true"', 'true']);
  out.push(['string "[]"', '[]']);
  out.push(['html', '<b>x</b>']);
  out.push(['RTL + bidi controls', '\u202Eabc\u202C \u05E9\u05DC\u05D5\u05DD']);
  out.push(['non-char U+FFFF', 'a\uFFFFb']);
  out.push(['replacement char', '\uFFFD']);
  for (const [w, wn] of WS) {
    out.push([`${wn} leading`, w + 'x']);
    out.push([`${wn} trailing`, 'x' + w]);
    out.push([`${wn} only`, w]);
    if (full) {
      out.push([`${wn} x3 only`, w + w + w]);
      out.push([`${wn} both sides of ascii x${L}`, w + fill('a', L) + w]);
    }
  }
  // whitespace padding around limit values, for the core whitespace kinds
  for (const [w, wn] of WS_CORE) {
    out.push([`${wn} + ascii x${L - 1}`, w + fill('a', L - 1)]);
    out.push([`ascii x${L - 1} + ${wn}`, fill('a', L - 1) + w]);
    out.push([`${wn} + e-acute x${L} + ${wn}`, w + fill('\u00E9', L) + w]);
    out.push([`${wn}x2 + ascii x${L - 1}`, w + w + fill('a', L - 1)]);
  }
  for (const [s, n] of LONE_SURROGATES) out.push([n, s]);
  for (const v of NON_STRINGS) out.push([d(v), v]);
  return out;
}

// ---------------------------------------------------------------- 1. strings
// name: required|string|max:255 (sometimes on update)
for (const [n, v] of stringEdges(255)) field('name', n, v, { updateFull: false });
add('name: absent', without(BASE, 'name'));
add('name (update): absent', without(BASE, 'name'), { mode: 'update' });
add('name (update): empty body', {}, { mode: 'update' });
for (const [n, v] of [['ws only', '   '], ['empty', ''], ['null', null], ['[]', []], ['{}', {}], ['ascii x256', fill('a', 256)]]) {
  field('name', 'again ' + n, v, { create: false, update: false, updateFull: true });
}

// webhook_secret: nullable|string|max:255
for (const [n, v] of stringEdges(255, { full: false })) field('webhook_secret', n, v, { update: rnd() < 0.35 });

// custom header key / value
function headerCase(note, item, opts = {}) {
  add(`custom_headers: ${note}`, withField(BASE, 'custom_headers', [item]), opts);
}
for (const [n, v] of stringEdges(255, { full: false })) headerCase(`key ${n}`, { key: v, value: 'v' });
for (const [n, v] of stringEdges(2048, { full: false })) headerCase(`value ${n}`, { key: 'X-K', value: v });

// http_method: nullable|string|in:POST,PUT,PATCH
const METHOD_VALUES = [
  'POST', 'PUT', 'PATCH', 'post', 'put', 'patch', 'Post', 'pOsT', 'PaTcH', 'GET', 'DELETE', 'HEAD', 'OPTIONS',
  ' POST', 'POST ', '\tPUT\n', '\0PATCH\0', '\x0BPOST', '\fPOST', 'POST\f', '\u00A0POST', 'POST\u00A0', '\u3000PUT',
  '\uFEFFPOST', 'POST\u200B', 'P OST', 'POST,PUT', 'POST|PUT', '"POST"', 'POS', 'POSTT', 'PUTPATCH', '',
  ' ', 'P\u039FST' /* Greek Omicron */, 'PO\u0405T' /* Cyrillic DZE */, '\uFF30\uFF2F\uFF33\uFF34' /* fullwidth */,
  'POST\n', 'POST\r\n', 'PU\u0054', 'null',
];
for (const v of METHOD_VALUES) field('http_method', d(v), v, { update: rnd() < 0.5 });
for (const v of NON_STRINGS) field('http_method', d(v), v, { update: rnd() < 0.3 });
for (const v of [['POST'], ['PUT', 'POST'], { 0: 'POST' }, { a: 'PUT' }]) field('http_method', 'enum in array ' + d(v), v);
for (const [s, n] of LONE_SURROGATES.slice(0, 2)) field('http_method', n, 'POST' + s, { update: false });

// authorization_scheme: nullable|string|in:none,bearer,basic,api_key,custom
const SCHEME_VALUES = [
  'none', 'bearer', 'basic', 'api_key', 'custom', 'None', 'NONE', 'Bearer', 'BEARER', 'Basic', 'API_KEY', 'Api_Key',
  'api-key', 'apikey', 'api key', 'Custom', 'oauth', 'digest', ' none', 'bearer ', '\tbasic\n', '\0custom', 'custom\x0B',
  '\fnone', 'none\f', '\u00A0bearer', 'bearer\u00A0', '\u2003basic', 'basic\u3000', '\uFEFFapi_key', 'api_key\u200B',
  'none,bearer', 'bearer|basic', '"bearer"', "'basic'", 'bear', 'bearerr', '', ' ', '0', '1', 'null', 'false',
  'be\u0430rer' /* Cyrillic a */, '\uFF42asic' /* fullwidth b */, 'api_\u212Aey'.toLowerCase(), 'api_\u212Aey', 'ba\u017Fic',
];
for (const v of SCHEME_VALUES) field('authorization_scheme', d(v), v, { update: rnd() < 0.5 });
for (const v of NON_STRINGS) field('authorization_scheme', d(v), v, { update: rnd() < 0.3 });
for (const v of [['none'], ['bearer', 'basic'], { 0: 'custom' }]) field('authorization_scheme', 'enum in array ' + d(v), v);

// Both enum fields with string edges (length-type values) - a reduced set
for (const [n, v] of stringEdges(255, { full: false }).filter((_, i) => i % 3 === 0)) {
  add(`http_method: edge ${n}`, withField(BASE, 'http_method', v));
  add(`authorization_scheme: edge ${n}`, withField(BASE, 'authorization_scheme', v));
}

// ---------------------------------------------------------------- 2. webhook_url
const URLS = [];
const U = (note, url) => URLS.push([note, url]);

// schemes
for (const s of ['http', 'https', 'HTTP', 'HTTPS', 'hTtPs', 'Http', 'ftp', 'FTP', 'sftp', 'mailto', 'ws', 'wss', 's3', 'S3',
  'z39.50r', 'z39.50s', 'z39.50', 'coap+tcp', 'coap+ws', 'coaps+ws', 'iris.beep', 'soap.beeps', 'ms-settings-bluetooth',
  'chrome-extension', 'view-source', 'foo', 'javascript', 'data', 'file', 'hxxp', 'git', 'ssh', 'redis', 'rediss',
  'mongodb', 'tel', 'urn', 'steam', 'spotify', 'skype', 'market', 'http2', 'htt', 'httpss', 'https+tcp', 'z39', 'coap+',
  'ms-', 'x-http', 'web+http', 'xmpp', 'xri', 'ymsgr', 'aaa', 'aaas', 'z39.50x']) {
  U(`scheme ${s}`, `${s}://example.com/x`);
}
U('missing scheme', 'example.com/x');
U('missing scheme with port', 'example.com:8080/x');
U('scheme-relative //host', '//example.com/x');
U('http:/host', 'http:/example.com');
U('http:host', 'http:example.com');
U('http:///host', 'http:///example.com');
U('http:// (nothing)', 'http://');
U('https:// /', 'https:///');
U('mailto:addr', 'mailto:user@example.com');
U('javascript:alert', 'javascript:alert(1)');
U('javascript://x', 'javascript://example.com/%0Aalert(1)');
U('data: url', 'data:text/plain,hello');
U('data:// host', 'data://example.com/x');
U('scheme with space', 'ht tp://example.com');
U('scheme colon space', 'http: //example.com');
U('backslashes', 'http:\\\\example.com\\x');
U('double scheme', 'http://http://example.com');
// Unicode case-folding traps for /iu
U('KELVIN in skype (s\\u212Aype)', 's\u212Aype://a.b');
U('LONG S in sftp (\\u017Fftp)', '\u017Fftp://a.b');
U('LONG S in https (http\\u017F)', 'http\u017F://a.b');
U('LONG S in ws (w\\u017F)', 'w\u017F://a.b');
U('LONG S in wss', 'w\u017F\u017F://a.b');
U('KELVIN in market', 'mar\u212Aet://a.b');
U('KELVIN in ms-settings-workplace? no k; KELVIN in ms-walk-to', 'ms-wal\u212A-to://a.b');
U('KELVIN in xn-- host', 'https://\u212A.com');
U('LONG S uppercase fold (HTTP\\u017F)', 'HTTP\u017F://a.b');
U('dotted I in file (f\\u0130le)', 'f\u0130le://a.b');
U('dotless i in file (f\\u0131le)', 'f\u0131le://a.b');
U('fullwidth http', '\uFF48\uFF54\uFF54\uFF50://a.b');
U('Angstrom-sign not in any scheme', 'h\u212Bttp://a.b');
U('Greek small final sigma', 'http\u03C2://a.b');
U('KELVIN in path (\\pL?)', 'https://a.b/\u212A');
U('LONG S in host', 'https://\u017F.com');
// hosts
const HOSTS = [
  'localhost', 'a', 'ab', '1', '12', 'a.b', 'a.b.', 'a.b..', '.a.b', '..a.b', '..', '.', 'a..b', 'a.', '-a.com', 'a-.com',
  'a.com-', 'a.-com', 'a--b.com', '_a.com', 'a_b.com', 'a.b_', 'a._b', 'xn--', 'axn--', 'axn---', 'xn--nxasmq6b.com',
  'a.xn--b-', 'xn--a-.com', 'XN--NXASMQ6B.COM', 'Xn--x', 'a.xn--', 'a.xn---', 'EXAMPLE.COM', 'exa mple.com',
  'm\u00FCnchen.de', '\u4F8B\u5B50.\u6D4B\u8BD5', '\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444',
  '\u0645\u062B\u0627\u0644.\u0625\u062E\u062A\u0628\u0627\u0631', 'e\u0301xample.com', 'caf\u00E9.com', 'cafe\u0301.com',
  'a$b.com', 'a+b.com', 'a^b.com', 'a|b.com', 'a~b.com', 'a`b.com', 'a\u20ACb.com', 'a\u00A9b.com', 'a\u{1F600}b.com',
  '\u{1F600}.com', 'a.\u{1F600}', '$.com', '$$', '+a', '<script>.com', 'a<b>.com', 'a=b.com', '\u00B2.com', 'a.\u00B2',
  '\u2167.com', '\u00BD.com', 'a!b.com', 'a*b.com', "a'b.com", 'a,b.com', 'a;b.com', 'a%41b.com', '%41.com', 'a(b).com',
  'a&b.com', 'a"b.com', 'a\\b.com', 'a{b}.com', 'a b.com', 'a\tb.com', 'a#b.com', 'a?b.com', 'a/b.com', 'a@b.com',
  'a:b.com', 'a[b].com', 'a\u200Bb.com', 'a\u00ADb.com', 'a\u0301.com', 'a.\u0301', '\u0301a.com', 'a\u3002b',
  'a\uFF0Eb', 'a.b\u3002', '\u{1D400}\u{1D401}.com', 'a\u00B7b.com', 'a\u30FBb.com', 'ex-ample.co.uk',
  'a'.repeat(63) + '.com', 'a'.repeat(64) + '.com', 'a.b.c.d.e.f.g.h', '1a.2b', 'a.1', '1.a', '_.com', '-.com', '-',
  '_', '--', 'a.-', 'a._',
];
for (const h of HOSTS) U(`host ${JSON.stringify(h)}`, `https://${h}/x`);
for (const h of ['localhost', 'a', 'a.b', 'a.b.', '.a', 'axn---', 'a$b', '\u{1F600}.com']) U(`host ${JSON.stringify(h)} (no path)`, `https://${h}`);
// IPv4
for (const ip of ['1.2.3.4', '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.256.256.256', '999.1.1.1', '1.2.3', '1.2',
  '1.2.3.4.5', '01.02.03.04', '001.002.003.004', '1.2.3.4.', '.1.2.3.4', '1..2.3', '1.2.3.4444', '1234.1.1.1',
  '\u0663.\u0663.\u0663.\u0663', '1.2.3.\u0663', '\u0661\u0662\u0667.0.0.1', '\uFF11.\uFF12.\uFF13.\uFF14', '0x7f.0.0.1',
  '2130706433', '1.2.3.-4', '1.2.3.4a', '1e1.1.1.1']) {
  U(`ipv4 ${JSON.stringify(ip)}`, `http://${ip}/`);
}
// IPv6
const G = ['1', '22', '333', 'abcd', 'ABCD', 'fF0f', '0', 'ffff'];
const v6 = [];
v6.push(['::1', '::1'], ['::', '::'], ['full 8 groups', '1:2:3:4:5:6:7:8'], ['9 groups', '1:2:3:4:5:6:7:8:9'],
  ['7 groups no ::', '1:2:3:4:5:6:7'], ['upper hex', 'ABCD:EF01:2345:6789:ABCD:EF01:2345:6789'],
  ['5-hex group', '12345::1'], ['non-hex g', 'g::1'], [':1', ':1'], ['1:', '1:'], ['1::2::3', '1::2::3'], ['empty []', ''],
  [':::', ':::'], ['1:::2', '1:::2'], ['leading zeros 00001', '00001::1'], ['zone %eth0', 'fe80::1%eth0'],
  ['zone %25eth0', 'fe80::1%25eth0'], ['zone %1', 'fe80::1%1'], ['v4-mapped', '::ffff:1.2.3.4'],
  ['v4 compat ::1.2.3.4', '::1.2.3.4'], ['6 groups + v4', '1:2:3:4:5:6:1.2.3.4'], ['7 groups + v4', '1:2:3:4:5:6:7:1.2.3.4'],
  ['5 groups + v4 no ::', '1:2:3:4:5:1.2.3.4'], ['v4 then group', '::1.2.3.4:1'], ['v4 only in []', '1.2.3.4'],
  ['fullwidth digits', '::\uFF11'], ['arabic digit', '::\u0663'], ['space inside', ':: 1'], ['unicode letter', '::\u00E9']);
for (let l = 0; l <= 8; l++) {
  for (let r = 0; l + r <= 8; r++) {
    const left = G.slice(0, l).join(':');
    const right = G.slice(8 - r).join(':');
    v6.push([`:: l=${l} r=${r}`, `${left}::${right}`]);
  }
}
for (const o of ['0', '9', '10', '99', '100', '199', '200', '249', '250', '255', '256', '01', '001', '00', '260', '300', '1000', '\u0663']) {
  v6.push([`v4 octet ${o} first`, `::ffff:${o}.1.2.3`]);
  v6.push([`v4 octet ${o} last`, `::ffff:1.2.3.${o}`]);
  v6.push([`v4 octet ${o} in 6+v4`, `1:2:3:4:5:6:7.${o}.8.9`]);
}
for (const [n, a] of v6) U(`ipv6 ${n}`, `http://[${a}]/`);
for (const [n, a] of [['::1', '::1'], ['full', '1:2:3:4:5:6:7:8'], ['v4-mapped', '::ffff:1.2.3.4']]) {
  U(`ipv6 unbracketed ${n}`, `http://${a}/`);
  U(`ipv6 ${n} with port`, `http://[${a}]:8080/`);
  U(`ipv6 ${n} no path`, `http://[${a}]`);
}
U('ipv6 unclosed bracket', 'http://[::1/');
U('ipv6 double brackets', 'http://[[::1]]/');
// ports
for (const p of [':0', ':1', ':80', ':65535', ':65536', ':99999999', ':99999999999999999999', ':', ':abc', ':-1', ':+80',
  ':8 0', ':\u0663', ':\uFF18\uFF10', '::80', ':80:80', ':0x50', ':80a']) {
  U(`port ${JSON.stringify(p)}`, `https://example.com${p}/x`);
}
U('port no path', 'https://example.com:8080');
U('port with query', 'https://example.com:8080?x=1');
// userinfo
for (const ui of ['user@', 'user:pass@', 'us%40er:p%40ss@', ':pass@', '@', 'user:@', 'a@b@', 'user:pa:ss@', 'u.s-e_r@',
  '\u00FCser:p\u00E4ss@', 'us er@', 'user!@', 'user:pa$$@', 'user;x@', '%zz@', '%4@', 'user%@', '\u{1F600}@', '_@', '-:-@',
  '1:2@', 'user:pass@@']) {
  U(`userinfo ${JSON.stringify(ui)}`, `https://${ui}example.com/x`);
}
// paths / queries / fragments
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
for (const ch of PUNCT) {
  U(`path char ${JSON.stringify(ch)}`, `https://example.com/a${ch}b`);
  U(`query char ${JSON.stringify(ch)}`, `https://example.com/a?q=${ch}b`);
  U(`fragment char ${JSON.stringify(ch)}`, `https://example.com/a#f${ch}b`);
}
for (const [n, s] of [['space', ' '], ['tab', '\t'], ['LF', '\n'], ['CR', '\r'], ['NUL', '\0'], ['NBSP', '\u00A0'],
  ['e-acute', '\u00E9'], ['combining U+0301', 'e\u0301'], ['CJK', '\u4E2D'], ['emoji', '\u{1F600}'], ['euro', '\u20AC'],
  ['math bold A', '\u{1D400}'], ['superscript 2', '\u00B2'], ['ZWSP', '\u200B'], ['soft hyphen', '\u00AD'],
  ['U+2028', '\u2028'], ['arabic digit', '\u0663'], ['%', '%'], ['%zz', '%zz'], ['%4', '%4'], ['%41', '%41'],
  ['%4g', '%4g'], ['%%', '%%'], ['%C3%A9', '%C3%A9'], ['%00', '%00'], ['DEL', '\x7F'], ['C1 U+0080', '\u0080']]) {
  U(`path ${n}`, `https://example.com/a${s}b`);
  U(`query ${n}`, `https://example.com/?q=a${s}b`);
  U(`fragment ${n}`, `https://example.com/#a${s}b`);
}
for (const [n, u] of [['empty query', 'https://a.bc/?'], ['empty fragment', 'https://a.bc/#'], ['query no path', 'https://a.bc?x=1'],
  ['fragment no path', 'https://a.bc#top'], ['? then #', 'https://a.bc/?#'], ['two #', 'https://a.bc/#a#b'],
  ['# then ?', 'https://a.bc/#a?b'], ['[] in path', 'https://a.bc/[x]'], ['[] in query', 'https://a.bc/?a[]=1&a[]=2'],
  ['[] in fragment', 'https://a.bc/#[x]'], ['// in path', 'https://a.bc//x//y'], ['trailing slash', 'https://a.bc/'],
  ['dot segments', 'https://a.bc/./../x'], ['query ?? ', 'https://a.bc/??'], ['slash in query', 'https://a.bc/?a=/b/c'],
  ['path ends with ?', 'https://a.bc/x?'], ['template braces', 'https://a.bc/{{id}}'], ['encoded braces', 'https://a.bc/%7B%7Bid%7D%7D'],
  ['realistic', 'https://hooks.example.co.uk:8443/v1/in?token=abc-123_~.&x=%20#frag'],
  ['ngrok', 'https://1a2b-3c4d.ngrok-free.app/webhook'], ['localhost port', 'http://localhost:3000/hook'],
  ['127 port', 'http://127.0.0.1:8000/api/hook'], ['ipv6 link', 'http://[fe80::1]:8080/x?y#z']]) {
  U(n, u);
}
// whitespace around / inside (trim decides)
for (const [w, wn] of WS) {
  U(`${wn} leading`, `${w}https://a.bc/x`);
  U(`${wn} trailing`, `https://a.bc/x${w}`);
  U(`${wn} inside host`, `https://a${w}b.com/`);
}
U('trailing LF (trimmed; $ would allow it)', 'https://a.bc\n');
U('trailing LF then NBSP', 'https://a.bc\n\u00A0');
U('trailing LF then FF', 'https://a.bc\n\f');
U('trailing FF then LF', 'https://a.bc\f\n');
U('internal LF', 'https://a.bc\n/x');
U('LF between scheme parts', 'https:\n//a.bc');
// lengths 499/500/501
const P = 'https://example.com/';
for (const [u, un] of [['a', 'ascii'], ['\u00E9', 'e-acute'], ['\u4E2D', 'CJK'], ['\u{1D400}', 'math-bold-A'], ['%41', 'pct']]) {
  for (const n of [499, 500, 501]) {
    let url;
    if (un === 'pct') url = P + '%41'.repeat(Math.floor((n - P.length) / 3)) + 'a'.repeat((n - P.length) % 3);
    else url = P + fill(u, n - P.length);
    U(`length ${cpLen(url)}cp ${un} pad (${url.length}u16)`, url);
  }
}
U('length 500cp via long host', 'https://' + 'a'.repeat(488) + '.com');
U('length 1000 ascii', P + 'a'.repeat(980));
U('e+U+0301 pad 500cp', P + fill('e\u0301', 480));
// PCRE JIT stack exhaustion (PHP pcre.jit=1): very long but well-formed URLs fail `url` too.
for (const n of [8195, 8196]) {
  U(`length ${n}cp ascii pad (JIT-stack threshold)`, P + fill('a', n - P.length));
  U(`length ${n}cp e-acute pad (JIT-stack threshold)`, P + fill('\u00E9', n - P.length));
}
U('length 24545cp %41 pad (8175 iterations, JIT ok)', P + '%41'.repeat(8175));
U('length 24548cp %41 pad (8176 iterations, JIT exhausted)', P + '%41'.repeat(8176));

for (const [n, v] of URLS) field('webhook_url', n, v, { update: rnd() < 0.2 });
// update-mode sweep over a subset with full body
for (const [n, v] of URLS.filter((_, i) => i % 9 === 0)) add(`webhook_url (update, full): ${n}`, withField(FULL, 'webhook_url', v), { mode: 'update' });
// non-string values
for (const v of [...NON_STRINGS, ['https://a.bc'], { url: 'https://a.bc' }]) field('webhook_url', 'non-string ' + d(v), v);
for (const [s, n] of LONE_SURROGATES) field('webhook_url', n, 'https://a.bc/' + s, { update: false });
add('webhook_url: absent', without(BASE, 'webhook_url'));
add('webhook_url (update): absent', without(BASE, 'webhook_url'), { mode: 'update' });
for (const v of ['', '   ', null]) add(`webhook_url (update): ${d(v)}`, { webhook_url: v }, { mode: 'update' });

// ---------------------------------------------------------------- 3. events
function ev(note, v, opts = {}) {
  add(`events: ${note}`, withField(BASE, 'events', v), opts);
  if (opts.update) add(`events (update): ${note}`, { events: v }, { mode: 'update', events: opts.events });
}
ev('valid single', ['event_action'], { update: true });
for (const e of EVENTS) ev(`each id ${e}`, [e]);
ev('all 22', [...EVENTS], { update: true });
ev('all 22 reversed', [...EVENTS].reverse());
ev('duplicates', ['event_action', 'event_action', 'event_action']);
ev('unknown id', ['event_unknown'], { update: true });
ev('unknown among valid', ['event_action', 'event_nope', 'event_recording', 'nope2']);
ev('wrong case', ['EVENT_ACTION']);
ev('wrong case mixed', ['Event_Action']);
ev('prefix only', ['event_']);
ev('substring', ['event_act']);
ev('superstring', ['event_actions']);
ev('hyphenated', ['event-action']);
ev('comma-joined ids', ['event_action,event_recording']);
ev('id with trailing comma', ['event_action,']);
for (const [w, wn] of WS) {
  ev(`${wn} padded id`, [`${w}event_action${w}`]);
}
ev('padded id space both', [' event_action ']);
ev('whitespace-only item', ['   ']);
ev('empty-string item', ['']);
ev('empty-string among valid', ['event_action', '']);
ev('empty array', [], { update: true });
ev('empty object', {}, { update: true });
ev('object with valid value', { a: 'event_action' }, { update: true });
ev('object {"0":...}', { 0: 'event_action' });
ev('object {"1":...}', { 1: 'event_action' });
ev('object numeric keys 5,7', { 5: 'event_action', 7: 'bogus' });
ev('object key "-1"', { '-1': 'bogus' });
ev('object key "01"', { '01': 'bogus' });
ev('object key "1.5"', { 1.5: 'bogus' });
ev('object key dotted', { 'a.b': 'bogus' });
ev('object key dotted valid value', { 'a.b': 'event_action' });
ev('object key with star', { '*': 'bogus' });
ev('object key a*b', { 'a*b': 'bogus' });
ev('object empty key', { '': 'bogus' });
ev('object empty key valid', { '': 'event_action' });
ev('object key space', { ' ': 'bogus' });
ev('object key unicode', { '\u00E9\u{1F600}': 'bogus' });
ev('object key __asterisk__', { __asterisk__: 'bogus' });
ev('object key "a.b.c" and "a"', { a: 'x', 'a.b.c': 'y' });
ev('object key 9223372036854775807', { '9223372036854775807': 'bogus', '9223372036854775808': 'x' });
ev('object mixed valid/invalid', { x: 'event_action', y: 'nope', z: 7 });
for (const v of [0, 1, -1, 1.5, 10, 1e21, 2 ** 53, true, false, null, [], [[]], ['event_action'], {}, { a: 1 }, [null], [1, 2]]) {
  ev(`non-string item ${d(v)}`, [v]);
}
ev('nested list of valid ids', [['event_action']]);
ev('mixed item types', ['event_action', 1, null, true, [], {}, 'bogus']);
ev('string instead of array', 'event_action', { update: true });
ev('comma string', 'event_action,event_recording');
ev('empty string', '', { update: true });
ev('whitespace string', '  ', { update: true });
ev('number 1', 1, { update: true });
ev('number 0', 0, { update: true });
ev('float 1.5', 1.5);
ev('true', true, { update: true });
ev('false', false, { update: true });
ev('null', null, { update: true });
ev('600 valid items', Array.from({ length: 600 }, (_, i) => EVENTS[i % 22]));
ev('600 items last bad', Array.from({ length: 600 }, (_, i) => (i === 599 ? 'bad' : EVENTS[i % 22])));
ev('600 bad items', Array.from({ length: 600 }, (_, i) => `bad_${i}`));
ev('100 bad items mixed', Array.from({ length: 100 }, (_, i) => (i % 2 ? EVENTS[i % 22] : i)));
// lone surrogates in ids
for (const [s, n] of LONE_SURROGATES) ev(`id with ${n}`, ['event_action' + s]);
// long ids
ev('id 255 chars', [fill('a', 255)]);
ev('id 10000 chars', [fill('a', 10000)]);

// events: the whole value and single items drawn from the generic pools
for (const v of NON_STRINGS) {
  ev(`value ${d(v)}`, v, { update: rnd() < 0.4 });
  ev(`item ${d(v)} after valid`, ['event_action', v]);
}
for (const [n, v] of stringEdges(255, { full: false }).filter((_, i) => i % 2 === 0)) ev(`item edge ${n}`, [v]);
for (const e of EVENTS) ev(`upper-case ${e}`, [e.toUpperCase()]);
for (const [w, wn] of WS_CORE) {
  ev(`${wn}-only item among valid`, ['event_action', w], { update: true });
  ev(`${wn} padded id (update)`, [w + 'event_recording' + w], { update: true });
}

// nesting depth (depth counted from the top-level body object = 1)
function nest(levels, inner) {
  let v = inner;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}
// body = {..., events: X}; X at depth 2. events = nest(k) with an innermost [] -> total containers = 1 + k + 1.
for (const total of [100, 509, 510, 511, 512, 513, 514, 600]) {
  add(`events: nested arrays, body depth ${total} (innermost [])`, withField(BASE, 'events', nest(total - 2, [])));
  add(`events: nested arrays, body depth ${total} (innermost "event_action")`, withField(BASE, 'events', nest(total - 1, 'event_action')));
}
for (const total of [510, 511, 512, 513]) {
  add(`events (update): nested, body depth ${total}`, { events: nest(total - 2, []) }, { mode: 'update' });
  add(`events: nested objects, body depth ${total}`, withField(BASE, 'events', (() => { let v = {}; for (let i = 0; i < total - 2; i++) v = { a: v }; return v; })()));
}

// custom event lists (~20 cases)
const SUBSET = ['event_action', 'event_recording'];
const EXTRA = [...EVENTS, 'event_call_transcript', 'event_sms_received'];
const NUMERIC = ['10', '1e1', '0', '1', 'event_action'];
add('custom E subset: base id not in subset', BASE, { events: SUBSET });
add('custom E subset: id in subset', withField(BASE, 'events', ['event_recording']), { events: SUBSET });
add('custom E subset: payload key outside subset', { ...BASE, events: ['event_action'], payload_templates: { event_phone_call_ended: {} } }, { events: SUBSET });
add('custom E extra: event_call_transcript', withField(BASE, 'events', ['event_call_transcript']), { events: EXTRA });
add('custom E extra: payload template for extra id', { ...BASE, payload_templates: { event_call_transcript: { text: 'x' } } }, { events: EXTRA });
add('custom E extra (update): extra id', { events: ['event_sms_received', 'event_action'] }, { mode: 'update', events: EXTRA });
add('builtin E: event_call_transcript unknown', withField(BASE, 'events', ['event_call_transcript']));
for (const v of [10, '10', '1e1', '010', '10.0', '\f10', '\u00A010', '+10', '0x0A', true, false, 0, '-0', null, '', 100, '1e2']) {
  add(`custom E numeric-looking: item ${d(v)}`, withField(BASE, 'events', [v]), { events: NUMERIC });
}
for (const k of ['10', '1e1', '010', '0', '1', '10.0', 'event_action', '']) {
  add(`custom E numeric-looking: payload_templates key ${JSON.stringify(k)}`, { ...BASE, events: ['event_action'], payload_templates: { [k]: {} } }, { events: NUMERIC });
}
add('custom E numeric-looking: payload_templates list [{}]', { ...BASE, events: ['event_action'], payload_templates: [{}] }, { events: NUMERIC });
add('custom E numeric-looking: payload_templates list [{},{}]', { ...BASE, events: ['event_action'], payload_templates: [{}, {}] }, { events: NUMERIC });
add('custom E ["1e21"]: item 1e21 number', withField(BASE, 'events', [1e21]), { events: ['1e21'] });
add('custom E ["1e21"]: item "1e21"', withField(BASE, 'events', ['1e21']), { events: ['1e21'] });
add('custom E ["1.0E+21"]: item 1e21 number', withField(BASE, 'events', [1e21]), { events: ['1.0E+21'] });
add('custom E ["0.3"]: item 0.1+0.2', withField(BASE, 'events', [0.1 + 0.2]), { events: ['0.3'] });
add('custom E ["0.30000000000000004"]: item 0.1+0.2', withField(BASE, 'events', [0.1 + 0.2]), { events: ['0.30000000000000004'] });
add('custom E ["9.007199254741E+15"]: item 2**53+2', withField(BASE, 'events', [2 ** 53 + 2]), { events: ['9.007199254741E+15'] });
add('custom E ["9007199254740994"]: item 2**53+2', withField(BASE, 'events', [2 ** 53 + 2]), { events: ['9007199254740994'] });
add('custom E ["1e20"]: item 1e20', withField(BASE, 'events', [1e20]), { events: ['1e20'] });
add('custom E empty []: item ""', withField(BASE, 'events', ['']), { events: [] });
add('custom E empty []: item "event_action"', withField(BASE, 'events', ['event_action']), { events: [] });
add('custom E empty []: item null', withField(BASE, 'events', [null]), { events: [] });
add('custom E empty []: events [""] + payload_templates {"":{}}', { ...BASE, events: [''], payload_templates: { '': {} } }, { events: [] });
add('custom E empty []: events [""] + payload_templates {}', { ...BASE, events: [''], payload_templates: {} }, { events: [] });
add('custom E empty []: events [""] + payload_templates [{}]', { ...BASE, events: [''], payload_templates: [{}] }, { events: [] });
const CSV = ['a b', ' event_action', '"quoted"', 'x"y', "it's", 'event_recording'];
for (const v of ['a b', 'event_action', ' event_action', 'quoted', '"quoted"', 'x"y', 'xy', "it's", 'event_recording']) {
  add(`custom E csv-trap: item ${JSON.stringify(v)}`, withField(BASE, 'events', [v]), { events: CSV });
}
add('custom E csv-trap: payload key "quoted"', { ...BASE, events: ['event_recording'], payload_templates: { quoted: {} } }, { events: CSV });
add('custom E csv-trap: payload key "\\"quoted\\""', { ...BASE, events: ['event_recording'], payload_templates: { '"quoted"': {} } }, { events: CSV });
add('custom E with dotted id', withField(BASE, 'events', ['a.b']), { events: ['a.b', 'event_action'] });
add('custom E with dotted id: payload key', { ...BASE, events: ['a.b'], payload_templates: { 'a.b': {} } }, { events: ['a.b', 'event_action'] });
add('custom E with star id: payload key', { ...BASE, events: ['*'], payload_templates: { '*': {} } }, { events: ['*', 'event_action'] });
add('custom E with star id: payload key __asterisk__', { ...BASE, events: ['event_action'], payload_templates: { __asterisk__: {} } }, { events: ['*', 'event_action'] });
add('custom E with __asterisk__ id: payload key *', { ...BASE, events: ['event_action'], payload_templates: { '*': {} } }, { events: ['__asterisk__', 'event_action'] });
add('custom E unicode id', withField(BASE, 'events', ['\u00E9v\u00E9nement']), { events: ['\u00E9v\u00E9nement'] });
add('custom E unicode id decomposed vs precomposed', withField(BASE, 'events', ['e\u0301v']), { events: ['\u00E9v'] });
add('custom E single id (update)', { events: ['only'] }, { mode: 'update', events: ['only'] });

// ---------------------------------------------------------------- 4. timeout / max_retries
function numField(f, lo, hi) {
  const ints = [];
  for (let i = lo - 3; i <= lo + 3; i++) ints.push(i);
  for (let i = hi - 3; i <= hi + 3; i++) ints.push(i);
  ints.push(0, -1, 1000, -1000, 2147483647, 2 ** 53, -(2 ** 53));
  for (const v of [...new Set(ints)]) field(f, `int ${v}`, v, { update: v === lo || v === hi || v === lo - 1 || v === hi + 1 });
  const strs = [String(lo), String(hi), String(lo - 1), String(hi + 1), '45', '7', '+45', '+7', '-0', '045', '07', '00',
    '4.5e1', '5e0', '1e1', '45.0', '5.0', '7.0', '0x2D', '0b101', '0o7', '1_0', '45abc', 'abc45', '4 5', '4,5', '٤٥', '\uFF14\uFF15',
    '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809', '1e19', 'NaN', 'INF', 'Infinity',
    '-', '+', '.', '5.', '.5', '5.5', 'null', 'true', 'false', '[]',
    'abcd', 'abcde', 'abcdef', fill('x', 10), fill('x', 11), fill('x', 119), fill('x', 120), fill('x', 121),
    fill('\u00E9', 5), fill('\u{1F600}', 5), fill('\u{1F600}', 3), '   ', ''];
  for (const v of strs) field(f, `string ${d(v)}`, v, { update: rnd() < 0.25 });
  for (const [w, wn] of WS) {
    field(f, `"45"-ish ${wn} leading`, `${w}${lo + 2}`, { update: false });
    field(f, `"45"-ish ${wn} trailing`, `${lo + 2}${w}`, { update: false });
  }
  for (const v of [5.5, 0.5, lo + 0.5, hi - 0.5, hi + 0.5, 1e-7, 0.1 + 0.2, 1e19, 2 ** 63, 1e20, 1e21, 1e300, -1e300, -0,
    true, false, null, [], [1], [1, 2, 3, 4], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6], Array(11).fill(0), Array(12).fill(0),
    Array(120).fill(1), Array(121).fill(1), {}, { a: 1 }, { a: 1, b: 2, c: 3, d: 4, e: 5 }, [[]], ['45']]) {
    field(f, d(v), v, { update: rnd() < 0.25 });
  }
  for (const [s, n] of LONE_SURROGATES.slice(0, 2)) field(f, n, '45' + s, { update: false });
}
numField('timeout', 5, 120);
numField('max_retries', 0, 10);

// ---------------------------------------------------------------- 5. enabled
for (const v of [true, false, 0, 1, '0', '1', 'true', 'false', 2, -1, 0.5, 1.0, 0.0, '', ' ', ' 1 ', ' 0 ', '\f1', '1\u00A0',
  '01', '00', '+1', '-0', '1.0', '0.0', 'yes', 'no', 'on', 'off', 'TRUE', 'True', 'null', null, [], [1], [true], {}, { 0: 1 },
  1e21, -0, 'x', '1e0']) {
  field('enabled', d(v), v, { update: true });
}

// ---------------------------------------------------------------- 6. custom_headers
function ch(note, v, opts = {}) {
  add(`custom_headers: ${note}`, withField(BASE, 'custom_headers', v));
  if (opts.update) add(`custom_headers (update): ${note}`, { custom_headers: v }, { mode: 'update' });
}
const hdr = (i) => ({ key: `X-H-${i}`, value: `v${i}` });
ch('valid one', [hdr(1)], { update: true });
ch('valid three', [hdr(1), hdr(2), hdr(3)]);
ch('empty list', [], { update: true });
ch('empty object', {}, { update: true });
ch('null', null, { update: true });
ch('empty string', '', { update: true });
ch('whitespace string', '  ');
ch('string', 'X-A: b', { update: true });
ch('number', 5);
ch('true', true);
ch('false', false);
ch('object form keyed by name', { 'X-A': { key: 'X-A', value: 'b' } }, { update: true });
ch('object form dotted name', { 'X.A': { key: 'X-A', value: 'b' } });
ch('object form empty name', { '': { key: 'X-A', value: 'b' } });
ch('object form star name', { '*': { key: 'X-A', value: 'b' } });
ch('object form numeric names', { 3: hdr(3), 1: hdr(1) });
ch('object form value string', { 'X-A': 'b' });
ch('object form bad item', { 'X-A': { key: 1 } });
ch('single object instead of list', { key: 'X-A', value: 'b' }, { update: true });
ch('item missing key', [{ value: 'v' }], { update: true });
ch('item missing value', [{ key: 'k' }]);
ch('item missing both', [{}]);
ch('item empty list', [[]]);
ch('item key empty', [{ key: '', value: 'v' }]);
ch('item value empty', [{ key: 'k', value: '' }]);
ch('item key ws', [{ key: '   ', value: 'v' }]);
ch('item value ws', [{ key: 'k', value: '\t\n' }]);
ch('item value NBSP', [{ key: 'k', value: '\u00A0' }]);
ch('item key null', [{ key: null, value: 'v' }]);
ch('item value null', [{ key: 'k', value: null }]);
ch('item key number', [{ key: 1, value: 'v' }]);
ch('item value number', [{ key: 'k', value: 2 }]);
ch('item value 0', [{ key: 'k', value: 0 }]);
ch('item value false', [{ key: 'k', value: false }]);
ch('item value true', [{ key: 'k', value: true }]);
ch('item key float', [{ key: 1.5, value: 'v' }]);
ch('item key []', [{ key: [], value: 'v' }]);
ch('item key nested array', [{ key: ['a'], value: 'v' }]);
ch('item key deep nested array', [{ key: [['a']], value: [[['b']]] }]);
ch('item key object', [{ key: { a: 'b' }, value: 'v' }]);
ch('item value object', [{ key: 'k', value: { a: 'b' } }]);
ch('item extra fields', [{ key: 'k', value: 'v', extra: 1 }]);
ch('item key/value as list', [['k', 'v']]);
ch('item string', ['X-A: b']);
ch('item empty string', ['']);
ch('item number', [1]);
ch('item zero', [0]);
ch('item null', [null]);
ch('item true', [true]);
ch('item false', [false]);
ch('items mixed', [hdr(1), 'x', null, 3, [], {}, { key: 'k' }]);
ch('item with dotted key fields', [{ 'key.x': 'k', value: 'v' }]);
for (const n of [49, 50, 51, 60]) ch(`${n} valid items`, Array.from({ length: n }, (_, i) => hdr(i)), { update: n === 51 });
ch('51 invalid items', Array.from({ length: 51 }, () => ({})));
ch('50 string items', Array.from({ length: 50 }, (_, i) => `h${i}`));
for (const [n, v] of [['key 255', fill('k', 255)], ['key 256', fill('k', 256)], ['key e-acute 255', fill('\u00E9', 255)],
  ['key e-acute 256', fill('\u00E9', 256)], ['key emoji 255', fill('\u{1F600}', 255)], ['key emoji 256', fill('\u{1F600}', 256)]]) {
  ch(n, [{ key: v, value: 'v' }]);
}
for (const [n, v] of [['value 2048', fill('v', 2048)], ['value 2049', fill('v', 2049)], ['value CJK 2048', fill('\u4E2D', 2048)],
  ['value CJK 2049', fill('\u4E2D', 2049)], ['value emoji 2048', fill('\u{1F600}', 2048)], ['value emoji 2049', fill('\u{1F600}', 2049)],
  ['value e+U+0301 2048cp', fill('e\u0301', 2048)], ['value e+U+0301 2049cp', fill('e\u0301', 2049)],
  ['value space+2048+space', ' ' + fill('v', 2048) + ' '], ['value NBSP+2048', '\u00A0' + fill('v', 2048)]]) {
  ch(n, [{ key: 'X-K', value: v }]);
}
ch('second item bad', [hdr(1), { key: 'k', value: fill('v', 2049) }]);
ch('50 items with 2049 values (big)', Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: fill('v', 2049) })));
ch('51 items with bad keys', Array.from({ length: 51 }, (_, i) => ({ key: i, value: 'v' })));

// ---------------------------------------------------------------- 7. payload_templates
function pt(note, v, opts = {}) {
  add(`payload_templates: ${note}`, withField(BASE, 'payload_templates', v), opts);
  if (opts.update) add(`payload_templates (update): ${note}`, { payload_templates: v }, { mode: 'update' });
}
pt('valid', { event_action: { text: '{{call.id}}' } }, { update: true });
pt('valid two', { event_action: { text: 'a' }, event_recording: { url: '{{recording.url}}' } });
pt('valid all 22', Object.fromEntries(EVENTS.map((e) => [e, { text: e }])));
pt('valid nested template', { event_action: { a: { b: { c: [1, 2, { d: null }] } } } });
pt('template empty object', { event_action: {} });
pt('template empty list', { event_action: [] });
pt('template list', { event_action: ['a', 'b'] });
pt('template string', { event_action: '{{call.id}}' }, { update: true });
pt('template empty string', { event_action: '' });
pt('template whitespace string', { event_action: '  ' });
pt('template number', { event_action: 1 });
pt('template 0', { event_action: 0 });
pt('template true', { event_action: true });
pt('template false', { event_action: false });
pt('template null', { event_action: null });
pt('unknown event key', { event_nope: { text: 'x' } }, { update: true });
pt('unknown + valid keys', { event_action: { text: 'x' }, event_nope: { text: 'y' } });
pt('unknown key with bad template', { event_nope: 'x' });
pt('wrong-case key', { EVENT_ACTION: {} });
pt('padded key', { ' event_action ': {} });
pt('numeric key 0', { 0: {} });
pt('numeric key 12', { 12: {} });
pt('numeric key -1', { '-1': {} });
pt('dotted key', { 'event_action.text': {} });
pt('dotted key bad template', { 'a.b': 'x' });
pt('empty key', { '': {} });
pt('empty key bad template', { '': 5 });
pt('star key', { '*': {} });
pt('star key bad template', { '*': 'x' });
pt('array instead of object', [{ text: 'x' }], { update: true });
pt('array of strings', ['event_action']);
pt('empty array', [], { update: true });
pt('empty object', {}, { update: true });
pt('null', null, { update: true });
pt('empty string', '', { update: true });
pt('whitespace string', '   ');
pt('string', 'event_action', { update: true });
pt('number', 1);
pt('true', true);
pt('false', false);
pt('template with whitespace strings inside', { event_action: { text: '  ', other: '' } });
pt('template with 600 keys', { event_action: Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`k${i}`, i])) });
for (const e of EVENTS.slice(0, 6)) pt(`key ${e} template string`, { [e]: 'x' });
for (const v of NON_STRINGS) {
  pt(`template ${d(v)}`, { event_action: v });
  pt(`value ${d(v)}`, v, { update: rnd() < 0.3 });
}
const PT_KEYS = ['event_action', 'EVENT_ACTION', 'event_action ', '\u00A0event_action', 'event_nope', '', ' ', '*', 'a.b', '.',
  'event_action.x', '0', '1', '21', '22', '-1', '01', '1.5', '1e1', 'null', '__asterisk__', '\u00E9', '\u{1F600}', 'e\u0301'];
for (const k of PT_KEYS) {
  pt(`key ${JSON.stringify(k)} -> {}`, { [k]: {} });
  pt(`key ${JSON.stringify(k)} -> "x"`, { [k]: 'x' });
  pt(`key ${JSON.stringify(k)} -> null`, { [k]: null }, { update: rnd() < 0.3 });
}
for (const e of EVENTS) pt(`key ${e} -> {text}`, { [e]: { text: `{{${e}}}` } });


// ---------------------------------------------------------------- 8. whole body
for (const [n, v] of [['null', null], ['true', true], ['false', false], ['1', 1], ['0', 0], ['-1', -1], ['1.5', 1.5],
  ['"str"', 'str'], ['""', ''], ['"   "', '   '], ['[]', []], ['[base]', [BASE]], ['[1,2]', [1, 2]], ['{}', {}],
  ['stringified base (string body)', JSON.stringify(BASE)], ['["Orders hook"]', ['Orders hook']],
  ['{"0":base}', { 0: BASE }], ['base under key', { data: BASE }]]) {
  add(`body: ${n}`, v);
  add(`body (update): ${n}`, v, { mode: 'update' });
}
add('body: base', BASE);
add('body: full valid', FULL);
add('body (update): base', BASE, { mode: 'update' });
add('body (update): full valid', FULL, { mode: 'update' });
add('body: extra unknown keys', { ...BASE, foo: 1, bar: [1, 2], baz: { q: null }, 'dotted.key': 'x', '': 'empty', '*': 'star' });
add('body: odd key order', { payload_templates: { event_action: {} }, events: ['event_action'], timeout: 3, webhook_url: 'nope', name: '' });
add('body: odd key order all invalid', { custom_headers: [{}], payload_templates: 5, enabled: 'x', max_retries: 99, timeout: 1,
  events: ['x'], http_method: 'GET', authorization_scheme: 'x', webhook_secret: 1, webhook_url: 'x', name: 1 });
add('body (update): odd key order all invalid', { custom_headers: [{}], payload_templates: 5, enabled: 'x', max_retries: 99, timeout: 1,
  events: ['x'], http_method: 'GET', authorization_scheme: 'x', webhook_secret: 1, webhook_url: 'x', name: 1 }, { mode: 'update' });
add('body: all fields invalid', { name: [], webhook_url: 5, webhook_secret: [], events: 'x', timeout: 'x', max_retries: -1,
  enabled: 2, http_method: 1, authorization_scheme: [], custom_headers: 'x', payload_templates: 'x' });
add('body: all fields null', Object.fromEntries(Object.keys(FULL).map((k) => [k, null])));
add('body (update): all fields null', Object.fromEntries(Object.keys(FULL).map((k) => [k, null])), { mode: 'update' });
add('body: all fields ""', Object.fromEntries(Object.keys(FULL).map((k) => [k, ''])));
add('body (update): all fields ""', Object.fromEntries(Object.keys(FULL).map((k) => [k, ''])), { mode: 'update' });
add('body: all fields []', Object.fromEntries(Object.keys(FULL).map((k) => [k, []])));
add('body (update): all fields {}', Object.fromEntries(Object.keys(FULL).map((k) => [k, {}])), { mode: 'update' });
const withToJSON = { toJSON() { return BASE; } };
add('body: object with toJSON (serialises as base)', withToJSON);
add('body: undefined/function members dropped', { ...BASE, webhook_secret: undefined, timeout: () => 1 });
add('body: undefined in array -> null', withField(BASE, 'events', ['event_action', undefined]));
add('body: NaN/Infinity -> null', { ...BASE, timeout: NaN, max_retries: Infinity });
add('body: Date value -> ISO string', { ...BASE, name: new Date(0) });
for (const total of [510, 511, 512, 513, 600]) {
  add(`body: unknown key nested arrays, body depth ${total}`, { ...BASE, extra: nest(total - 2, []) });
  add(`body (update): unknown key nested arrays, body depth ${total}`, { name: 'x', extra: nest(total - 2, []) }, { mode: 'update' });
}
add('body: top-level array nested depth 511', nest(510, []));
add('body: top-level array nested depth 512', nest(511, []));
for (const [s, n] of LONE_SURROGATES) {
  add(`body: ${n} in unknown key value`, { ...BASE, extra: s });
  add(`body (update): ${n} in unknown key value`, { extra: s }, { mode: 'update' });
}
add('body: lone surrogate in an object KEY', { ...BASE, ['k\uD800']: 1 });
add('body: lone surrogate deep inside', { ...BASE, extra: { a: [{ b: '\uDFFF' }] } });
add('body: 400 unknown keys', { ...BASE, ...Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`x${i}`, i])) });
add('body: key "name" with trailing space (distinct key)', { 'name ': 'x', webhook_url: BASE.webhook_url, events: BASE.events });
add('body: key "Name" (case differs)', { Name: 'x', webhook_url: BASE.webhook_url, events: BASE.events });
add('body: key "events.0"', { ...BASE, 'events.0': 'bogus' });
add('body: key "events.*"', { ...BASE, 'events.*': 'bogus' });
add('body: key "custom_headers.0.key"', { ...BASE, 'custom_headers.0.key': 1 });
add('body (update): key "name.x" only', { 'name.x': 1 }, { mode: 'update' });
add('body: big 120KB name', withField(BASE, 'name', fill('a', 120000)));
add('body: big 120KB webhook_url', withField(BASE, 'webhook_url', P + fill('a', 120000)));

// ---------------------------------------------------------------- 8b. attribute naming in messages
// Dotted / upper-case / spaced keys under wildcard rules change how the attribute is displayed.
for (const k of ['Foo.Bar', 'a b.c', 'A', 'A.B', 'fooBar', 'foo_bar', 'x.y_z', 'Event_Action']) {
  add(`naming: payload_templates key ${JSON.stringify(k)} -> "x"`, withField(BASE, 'payload_templates', { [k]: 'x' }));
  add(`naming: events key ${JSON.stringify(k)} -> "bad"`, withField(BASE, 'events', { [k]: 'bad' }));
  add(`naming: custom_headers key ${JSON.stringify(k)} -> "x"`, withField(BASE, 'custom_headers', { [k]: 'x' }));
}
add('naming: custom_headers dotted name bad item', withField(BASE, 'custom_headers', { 'X.A': { key: 1, value: '' } }));
// array values for string|max fields: max counts items but the message says "characters"
for (const f of ['name', 'webhook_secret', 'http_method', 'authorization_scheme']) {
  add(`${f}: array of 256 items`, withField(BASE, f, Array.from({ length: 256 }, (_, i) => i)));
  add(`${f}: array of 255 items`, withField(BASE, f, Array.from({ length: 255 }, (_, i) => i)));
}
add('webhook_url: array of 501 items', withField(BASE, 'webhook_url', Array(501).fill(1)));
add('custom_headers: value array of 2049 items', withField(BASE, 'custom_headers', [{ key: 'k', value: Array(2049).fill(0) }]));
add('custom_headers: key array of 256 items', withField(BASE, 'custom_headers', [{ key: Array(256).fill(0), value: 'v' }]));

// ---------------------------------------------------------------- 9. combinations
add('combo: update name+url only', { name: 'New', webhook_url: 'https://a.bc/x' }, { mode: 'update' });
add('combo: update events only', { events: ['event_action'] }, { mode: 'update' });
add('combo: update timeout only', { timeout: 10 }, { mode: 'update' });
add('combo: update everything valid', FULL, { mode: 'update' });
add('combo: create name+url invalid', { ...BASE, name: '', webhook_url: 'nope' });
add('combo: secret + headers', { ...BASE, webhook_secret: '  s  ', custom_headers: [{ key: ' X ', value: ' ' }] });
add('combo: method+scheme lowercase', { ...BASE, http_method: 'post', authorization_scheme: 'Bearer' });
add('combo: timeout + retries edge', { ...BASE, timeout: 4, max_retries: 11 });
add('combo: timeout + retries strings', { ...BASE, timeout: '120', max_retries: '0' });
add('combo: events + payload mismatch', { ...BASE, events: ['event_action'], payload_templates: { event_recording: {} } });
add('combo: everything empty strings create', { name: '', webhook_url: '', events: '' });
add('combo: everything whitespace create', { name: ' ', webhook_url: '\t', events: ['\n'] });

// ---------------------------------------------------------------- 10. seeded random bodies
const POOLS = {
  name: ['Orders hook', '', '  ', null, 1, fill('a', 255), fill('a', 256), fill('\u{1F600}', 256), '\u00A0x', ['x'], 'x\f'],
  webhook_url: ['https://a.bc', 'nope', 'http://[::1]/', 'http://a', 's\u212Aype://a.b', ' https://a.bc ', null, 5, '', 'https://a.bc/€',
    P + fill('a', 480), 'ftp://x.y:21/'],
  webhook_secret: ['s', '', null, 0, fill('s', 256), '  ', '\u3000', []],
  events: [['event_action'], [], {}, 'event_action', ['x'], [1], null, { a: 'event_action' }, [...EVENTS], ['', 'event_action'], [[]]],
  timeout: [5, 4, 120, 121, '45', ' 45 ', '4.5e1', 5.5, true, false, null, '', 'abcde', [1, 2, 3, 4, 5], 1e21],
  max_retries: [0, -1, 10, 11, '0', '-0', true, false, null, '', 'abc', [], 1.5],
  enabled: [true, false, 0, 1, '0', '1', 'true', 2, null, '', [], ' 1 '],
  http_method: ['POST', 'PUT', 'PATCH', 'post', 'GET', '', null, 1, ['POST'], ' PUT '],
  authorization_scheme: ['none', 'bearer', 'basic', 'api_key', 'custom', 'Bearer', '', null, 0, ['none']],
  custom_headers: [[hdr(1)], [], null, {}, [{}], ['x'], [{ key: '', value: '' }], [{ key: 1, value: 2 }], 'x',
    Array.from({ length: 51 }, (_, i) => hdr(i))],
  payload_templates: [{ event_action: { text: 'x' } }, {}, [], null, { event_nope: {} }, { event_action: 'x' }, 'x', [{}], { '': {} }],
};
const KEYS = Object.keys(POOLS);
for (let i = 0; i < 420; i++) {
  const mode = rnd() < 0.35 ? 'update' : 'create';
  const body = {};
  const keys = [...KEYS];
  // shuffle key order
  for (let j = keys.length - 1; j > 0; j--) {
    const k = ri(j + 1);
    [keys[j], keys[k]] = [keys[k], keys[j]];
  }
  for (const k of keys) {
    const required = ['name', 'webhook_url', 'events'].includes(k);
    const p = required && mode === 'create' ? 0.9 : 0.45;
    if (rnd() < p) body[k] = pick(POOLS[k]);
  }
  if (rnd() < 0.05) body[`unknown_${i}`] = pick([1, 'x', null, [], {}]);
  add(`random #${i} (${Object.keys(body).length} fields)`, body, { mode });
}

// ---------------------------------------------------------------- emit
let out = '';
for (const c of cases) out += JSON.stringify(c) + '\n';
process.stdout.write(out);
