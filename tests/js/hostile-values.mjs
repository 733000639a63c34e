// Deterministic, seeded generator of hostile calls to the talkover-webhooks module.
//
// Plain ES module (its only import is the shared event-id list), so it runs unchanged in Node and in a browser page.
//
//   for (const c of hostileValues(seed, count)) { ... }
//
// Each yielded case is one call a JS caller could make:
//   { index, fn: 'validateWebhook' | 'availableEvents', args: [...], src, label, heavy }
// `args` is what to spread into the call (its length varies: 0, 1, 2 or 3 arguments), `src` is a
// JavaScript expression that rebuilds the same call (a reproducer, e.g.
// `validateWebhook({name:"Orders",…,timeout:-0}, {mode:"update"})`), and `label` names the shape.
// Values are built lazily, one case at a time, so a 10 MB string or a 10^6-item array lives only
// while its case is being checked. The same (seed, count) always yields the same sequence.
//
// Values that call back into the module (getters / toJSON that re-enter `validateWebhook` or
// `availableEvents`) reach it through `globalThis.__hostileReenter`, which the checker installs;
// without it they simply return a constant.

import { EVENT_IDS } from './event-ids.mjs';
export const BASE_SRC = '{name:"Orders",webhook_url:"https://example.com/h",events:["event_phone_call_ended"]}';

/** A fresh copy of the valid create body every mutation starts from. */
export function baseBody() {
  return { name: 'Orders', webhook_url: 'https://example.com/h', events: ['event_phone_call_ended'] };
}

export const FIELDS = [
  'name', 'webhook_url', 'webhook_secret', 'events', 'timeout', 'max_retries', 'enabled',
  'http_method', 'authorization_scheme', 'custom_headers', 'payload_templates',
];

export { EVENT_IDS };

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (sfc32 seeded through a string hash); never Math.random.

function hashSeed(seed) {
  const s = String(seed);
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const out = [];
  for (let k = 0; k < 4; k++) {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    out.push(h >>> 0);
  }
  return out;
}

export function makeRng(seed) {
  let [a, b, c, d] = hashSeed(seed);
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const r = {
    next,
    int: (n) => Math.floor(next() * n), // 0 .. n-1
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Source rendering. A "V" is { v, s }: a value and a JS expression that rebuilds it.

const V = (v, s) => ({ v, s });

function strSrc(str) {
  if (str.length > 64) {
    // Compress long repetitive strings into "unit".repeat(n) so reproducers stay short.
    for (const unitLen of [1, 2, 3, 4]) {
      const unit = str.slice(0, unitLen);
      if (str.length % unitLen === 0 && unit.repeat(str.length / unitLen) === str) {
        return `${JSON.stringify(unit)}.repeat(${str.length / unitLen})`;
      }
    }
  }
  return JSON.stringify(str); // ES2019 well-formed stringify escapes lone surrogates: valid JS source
}

function keySrc(k) {
  return k === '__proto__' ? '["__proto__"]' : /^[A-Za-z_$][\w$]*$/.test(k) ? k : strSrc(k);
}

/** Source for JSON-ish data built by this file (plain objects / arrays / primitives, no cycles). */
export function toSrc(v) {
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    case 'bigint': return `${v}n`;
    case 'number':
      if (Object.is(v, -0)) return '-0';
      return String(v); // NaN, Infinity, -Infinity, 5e-324 are all valid source
    case 'string': return strSrc(v);
    case 'symbol': return `Symbol(${JSON.stringify(v.description ?? '')})`;
    case 'function': return '(() => {})';
  }
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(toSrc).join(',')}]`;
  return `{${Object.keys(v).map((k) => `${keySrc(k)}:${toSrc(v[k])}`).join(',')}}`;
}

const lit = (v) => V(v, toSrc(v));

/** An own data property even for "__proto__" (a literal `{__proto__: x}` would set the prototype). */
function setOwn(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  return obj;
}

// ---------------------------------------------------------------------------------------------
// Random JSON-ish data.

const WS = [' ', '\t', '\n', '\r', '\0', '\x0B', '\x0C', '\u00A0', '\u1680', '\u180E', '\u2000', '\u2007',
  '\u200B', '\u200C', '\u200D', '\u2028', '\u2029', '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF',
  '\u3164', '\u115F', '\uFFA0', '\x85'];
const COMBINING = ['\u0300', '\u0301', '\u0308', '\u0336', '\u20DD', '\u0489', '\u1AB0', '\uFE0F', '\u200D'];
const ASTRAL = ['\u{1F600}', '\u{1F4A9}', '\u{1D518}', '\u{10FFFF}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  '\u{1F1E7}\u{1F1F7}', '\u{20000}', '\u{E0001}', '\u{1F3FB}', '\u{10000}'];
const SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800', '\uD83D'];
const ODD = ['\u212A', '\u017F', '\u0663', '\u00E9', 'e\u0301', '\u0130', '\u03A3', '\u00DF', '\u4E2D', '\u0639',
  '\u202E', '\u200F', '\uFFFD', '\uFFFE', '\uFFFF', '\u2166', '\u20AC', '\u00A9', '\uFF21', '\u0000', '\x7F',
  '\u1E9E', '\uFB03'];
const TOKENS = [':value', ':attribute', ':max', ':min', ':', '.', '*', 'events.0', '%', '%zz', '%41', '\\',
  '"', "'", '</script>', '${x}', 'null', 'true', '0', '-0', '1e3', '0x1A', 'NaN', 'Infinity', '__proto__',
  'constructor', 'toJSON', 'http://', 'https://', '://', 'xn--', '[', ']', '@', '#', '?', '/', '..', '\r\n'];
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!$&\'()*+,;=:@/?#[]% "\\<>^`{|}';

function randChunk(r) {
  const k = r.int(100);
  if (k < 45) return ASCII[r.int(ASCII.length)];
  if (k < 57) return r.pick(WS);
  if (k < 65) return r.pick(COMBINING);
  if (k < 73) return r.pick(ASTRAL);
  if (k < 78) return r.pick(SURROGATES);
  if (k < 88) return r.pick(ODD);
  if (k < 96) return r.pick(TOKENS);
  return String.fromCharCode(r.int(0x10000)); // any UTF-16 unit, surrogates included
}

export function randString(r, maxLen = 24) {
  const k = r.int(100);
  let n;
  if (k < 8) n = 0;
  else if (k < 90) n = r.int(maxLen) + 1;
  else if (k < 97) n = r.range(200, 600);
  else n = r.pick([254, 255, 256, 499, 500, 501, 2047, 2048, 2049, 3000]);
  if (n > 100 && r.chance(0.5)) {
    // A long run of one unit (ASCII, astral, combining, whitespace): exact length boundaries.
    const unit = r.pick(['a', 'é', '\u{1F600}', '\u0301', ' ', '\u00A0', '\uD800', 'a\u0301']);
    return unit.repeat(n);
  }
  let s = '';
  while (s.length < n) s += randChunk(r);
  return s;
}

const NUMBERS = [0, -0, 1, -1, 4, 5, 6, 10, 11, 30, 45, 119, 120, 121, 3, 0.5, 4.999999999999999, 5.000000000000001,
  45.00000000000001, 1e14, 99999999999999, 1e15, 1e16, 1e19, 1e21, 1e-5, 1e-7, 0.0001, 2 ** 31, -(2 ** 31), 2 ** 32,
  2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 63, -(2 ** 63), 2 ** 64, 9223372036854775807, 1e308, -1e308, 5e-324,
  -5e-324, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity, 123456789.123456789,
  1.7976931348623157e308, 2.2250738585072014e-308];

export function randNumber(r) {
  const k = r.int(10);
  if (k < 5) return r.pick(NUMBERS);
  if (k < 7) return r.range(-200, 200);
  if (k < 8) return (r.next() - 0.5) * 10 ** r.range(-30, 30);
  if (k < 9) return r.range(-(2 ** 31), 2 ** 31) * 2 ** r.range(0, 40);
  return Math.round(r.next() * 1000) / 10;
}

function randKey(r) {
  const k = r.int(20);
  if (k < 4) return r.pick(FIELDS);
  if (k < 6) return r.pick(EVENT_IDS);
  if (k < 8) return String(r.pick([0, 1, 2, -1, 10, 9007199254740993, 4294967295, 4294967296]));
  if (k < 9) return r.pick(['-0', '01', '1.0', '+1', '9223372036854775807', '9223372036854775808',
    '-9223372036854775808', '-9223372036854775809', '1e3', ' 1', '']);
  if (k < 10) return r.pick(['__proto__', 'constructor', 'toJSON', 'prototype', 'hasOwnProperty', 'length',
    'valueOf', 'toString']);
  if (k < 11) return r.pick(SURROGATES) + randString(r, 4);
  return randString(r, 12);
}

/** Random JSON-ish data: strings, numbers, booleans, null, nested arrays and objects. */
export function randJson(r, depth = 0) {
  const k = r.int(depth > 3 ? 6 : 10);
  if (k < 2) return randString(r);
  if (k < 4) return randNumber(r);
  if (k < 5) return r.pick([true, false, null]);
  if (k < 6) return r.pick(['', ' ', '0', '1', 'true', 'false', 'null', 'POST', 'none', r.pick(EVENT_IDS)]);
  if (k < 8) {
    const n = r.int(6);
    const a = [];
    for (let i = 0; i < n; i++) a.push(randJson(r, depth + 1));
    return a;
  }
  const n = r.int(6);
  const o = {};
  for (let i = 0; i < n; i++) setOwn(o, randKey(r), randJson(r, depth + 1));
  return o;
}

// ---------------------------------------------------------------------------------------------
// Field-aware "almost valid" values, so mutations reach every rule rather than the first type check.

const SCHEMES = ['https', 'http', 'HTTPS', 'Http', 'ftp', 'ws', 'wss', 'mailto', 'file', 's\u212Aype', '\u017Fftp',
  'javascript', 'data', 'foo', '', 'h', 'z39.50r', 'coap+tcp', 'chrome-extension', 'hxxps'];
const HOSTS = ['example.com', 'localhost', 'api.localhost', '127.0.0.1', '127.1', '0.0.0.0', '10.0.0.1',
  '192.168.1.1', '172.16.5.4', '172.32.0.1', '169.254.1.1', '100.64.0.1', '8.8.8.8', '1.2.3.999',
  '[::1]', '[::]', '[fd00::1]', '[fe80::1]', '[::ffff:192.168.1.1]', '[::ffff:1.2.3.01]', '[1:2:3:4:5:6:7:8]',
  '[1:2:3:4:5:6:7:8:9]', '[::1%25eth0]', '[', '[]', '[::1', 'printer.local', 'a', 'a.', 'a.b', 'a..b',
  '.a', 'xn--', 'xn---', 'axn---', 'xn--nxasmq6b.com', 'ü.de', '中国.cn', 'a_b$c.d', 'a b.c', 'a.b-',
  '-a.b', 'EXAMPLE.COM.', 'user@example.com', 'user:pass@example.com', 'u:p%20s@h.com', '@a.b',
  'a.b:', 'a.b:8080', 'a.b:8a', 'a.b:99999999999999999999', '٣.٣', '\u{1F600}.com', 'a\u0301.b', ''];
const PATHS = ['', '/', '/h', '/a/b?c=d#e', '?x=[y]', '#frag', '/%zz', '/%41', '/\\', '/a b', '#x#y', '/ö',
  '?', '/..', '//', '/a\n', '\n', '\n\n', '/\u2028', '/\uD800', '/:@!$&\'()*+,;='];

function randUrl(r) {
  if (r.chance(0.1)) return randString(r, 40);
  let u = r.pick(SCHEMES) + r.pick(['://', '://', '://', ':/', ':', '//', ':///']) + r.pick(HOSTS) + r.pick(PATHS);
  if (r.chance(0.15)) u = r.pick(WS) + u;
  if (r.chance(0.15)) u += r.pick(WS);
  if (r.chance(0.05)) u += 'a'.repeat(r.pick([470, 480, 490, 500]));
  return u;
}

function randEventsList(r) {
  const n = r.pick([0, 1, 1, 2, 3, 5, 22, 30]);
  const a = [];
  for (let i = 0; i < n; i++) {
    const k = r.int(10);
    if (k < 6) a.push(r.pick(EVENT_IDS));
    else if (k < 7) a.push(r.pick(WS) + r.pick(EVENT_IDS) + r.pick(WS));
    else if (k < 8) a.push(r.pick(EVENT_IDS).toUpperCase());
    else a.push(randJson(r, 2));
  }
  if (r.chance(0.2)) {
    const o = {};
    a.forEach((e, i) => setOwn(o, r.chance(0.5) ? String(i) : randKey(r), e));
    return o;
  }
  return a;
}

function randHeaders(r) {
  const n = r.pick([0, 1, 2, 3, 50, 51]);
  const a = [];
  for (let i = 0; i < n; i++) {
    const k = r.int(10);
    if (k < 6) a.push({ key: r.chance(0.8) ? r.pick(['X-Token', 'Authorization', 'x']) : randString(r), value: r.chance(0.8) ? 'v' : randString(r) });
    else if (k < 8) { const h = {}; setOwn(h, r.pick(['key', 'value', 'Key', '0']), randJson(r, 2)); if (r.chance(0.5)) setOwn(h, r.pick(['key', 'value', 'extra']), randJson(r, 2)); a.push(h); }
    else a.push(randJson(r, 2));
  }
  return r.chance(0.1) ? Object.assign({}, a) : a;
}

function randTemplates(r) {
  const o = {};
  const n = r.pick([0, 1, 2, 3]);
  for (let i = 0; i < n; i++) {
    const key = r.chance(0.75) ? r.pick(EVENT_IDS) : randKey(r);
    setOwn(o, key, r.chance(0.6) ? { text: randString(r), data: randJson(r, 2) } : randJson(r, 2));
  }
  return r.chance(0.1) ? [randJson(r, 2)] : o;
}

function fieldValue(field, r) {
  switch (field) {
    case 'name': return r.chance(0.5) ? r.pick(['Orders', ' Orders ', 'a'.repeat(255), 'a'.repeat(256), '\u00A0', '\u200B', '\u3000\u3000', '\t', ' ', '']) : randString(r, 30);
    case 'webhook_url': return randUrl(r);
    case 'webhook_secret': return r.chance(0.3) ? r.pick([null, '', ' ', 's3cret', 'x'.repeat(255), 'x'.repeat(256)]) : randString(r);
    case 'events': return randEventsList(r);
    case 'timeout':
    case 'max_retries': return r.chance(0.5) ? r.pick([0, 5, 30, 120, 10, 11, -1, 4, 121, '30', ' 30 ', '+5', '-0', '05', '1e1', '5.0', 5.0000000000001, 45.00000000000001, '\x0C5', '5\0', '٣', true, false, null, '', '9223372036854775808', '-9223372036854775808', 1e20]) : randNumber(r);
    case 'enabled': return r.pick([true, false, 0, 1, '0', '1', 'true', 'false', 2, -1, null, '', ' 1 ', 1.0, 'yes', [], {}]);
    case 'http_method': return r.pick(['POST', 'PUT', 'PATCH', 'post', 'GET', ' POST ', 'POST\n', 'DELETE', '', null, 0, ['POST'], 'PO\u0000ST']);
    case 'authorization_scheme': return r.pick(['none', 'bearer', 'basic', 'api_key', 'custom', 'NONE', 'Bearer', ' none', '', null, 0, 1, true, 'oauth', ['none']]);
    case 'custom_headers': return randHeaders(r);
    case 'payload_templates': return randTemplates(r);
    default: return randJson(r);
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile values. Each maker builds a fresh value (many are stateful) and its source.

function deepArray(n) { let d = []; for (let i = 0; i < n; i++) d = [d]; return d; }
function deepObject(n) { let d = {}; for (let i = 0; i < n; i++) d = { a: d }; return d; }
const deepArraySrc = (n) => `(() => { let d = []; for (let i = 0; i < ${n}; i++) d = [d]; return d; })()`;
const deepObjectSrc = (n) => `(() => { let d = {}; for (let i = 0; i < ${n}; i++) d = { a: d }; return d; })()`;

function reenter(kind, ...args) {
  const hook = globalThis.__hostileReenter;
  if (!hook) return 'no-reenter-hook';
  return hook[kind](...args);
}

class Custom {
  constructor() { this.name = 'Orders'; this.secret = 1n; }
  toJSON() { return { name: this.name, webhook_url: 'https://example.com/h', events: ['event_phone_call_ended'] }; }
}
class Plain { constructor() { this.x = 1; } }
class MyArray extends Array {}

function revoked(target = {}) { const p = Proxy.revocable(target, {}); p.revoke(); return p.proxy; }
function throwingProxy(target, traps) {
  const h = {};
  for (const t of traps) h[t] = () => { throw new Error(`proxy ${t} trap`); };
  return new Proxy(target, h);
}

const SYM = Symbol('hostile');

/** [name, (r) => V]. Names are used as labels. */
export const HOSTILE = [
  ['undefined', () => V(undefined, 'undefined')],
  ['null', () => V(null, 'null')],
  ['true', () => V(true, 'true')],
  ['false', () => V(false, 'false')],
  ['NaN', () => V(NaN, 'NaN')],
  ['Infinity', () => V(Infinity, 'Infinity')],
  ['-Infinity', () => V(-Infinity, '-Infinity')],
  ['-0', () => V(-0, '-0')],
  ['2**53', () => V(2 ** 53, '2**53')],
  ['1e308', () => V(1e308, '1e308')],
  ['5e-324', () => V(5e-324, '5e-324')],
  ['number', (r) => lit(randNumber(r))],
  ['empty string', () => V('', '""')],
  ['string', (r) => lit(randString(r, 40))],
  ['lone surrogate \\uD800', () => V('\uD800', '"\\ud800"')],
  ['lone surrogate \\uDFFF', () => V('\uDFFF', '"\\udfff"')],
  ['string w/ lone surrogates', (r) => lit(`a${r.pick(SURROGATES)}b${r.pick(SURROGATES)}`)],
  ['bigint', (r) => { const v = r.pick([0n, 1n, -1n, 2n ** 64n, -(2n ** 63n), 2n ** 1000n]); return V(v, `${v}n`); }],
  ['bigint nested', () => V([1, { a: [2n] }], '[1, { a: [2n] }]')],
  ['boxed bigint', () => V(Object(5n), 'Object(5n)')],
  ['bigint w/ own toJSON', () => V(Object.assign(Object(5n), { toJSON() { return 'five'; } }), 'Object.assign(Object(5n), { toJSON() { return "five"; } })')],
  ['symbol', () => V(Symbol('s'), 'Symbol("s")')],
  ['Symbol.iterator', () => V(Symbol.iterator, 'Symbol.iterator')],
  ['registered symbol', () => V(Symbol.for('x'), 'Symbol.for("x")')],
  ['symbol in array', () => V([Symbol('a'), 1], '[Symbol("a"), 1]')],
  ['symbol value', () => V({ name: Symbol('n'), webhook_url: Symbol('u') }, '{ name: Symbol("n"), webhook_url: Symbol("u") }')],
  ['symbol key', () => V({ [SYM]: 1, [Symbol.toPrimitive]: () => { throw new Error('toPrimitive'); }, name: 'x' }, '{ [Symbol("k")]: 1, [Symbol.toPrimitive]: () => { throw new Error("toPrimitive"); }, name: "x" }')],
  ['boxed symbol', () => V(Object(Symbol('b')), 'Object(Symbol("b"))')],
  ['boxed primitives', () => V([new Number(5), new String('s'), new Boolean(false)], '[new Number(5), new String("s"), new Boolean(false)]')],
  ['String object', () => V(new String('https://example.com/h'), 'new String("https://example.com/h")')],
  ['Number w/ throwing valueOf', () => { const n = new Number(5); n.valueOf = () => { throw new Error('valueOf'); }; return V(n, '(() => { const n = new Number(5); n.valueOf = () => { throw new Error("valueOf"); }; return n; })()'); }],
  ['String w/ throwing toString', () => { const s = new String('x'); s.toString = () => { throw new Error('toString'); }; return V(s, '(() => { const s = new String("x"); s.toString = () => { throw new Error("toString"); }; return s; })()'); }],
  ['function', () => V(() => 1, '() => 1')],
  ['function w/ props', () => V(Object.assign(function f() {}, { name2: 'x' }), 'Object.assign(function f() {}, { name2: "x" })')],
  ['function w/ toJSON', () => V(Object.assign(() => 0, { toJSON: () => baseBody() }), `Object.assign(() => 0, { toJSON: () => (${BASE_SRC}) })`)],
  ['class', () => V(class A {}, 'class A {}')],
  ['async function', () => V(async () => {}, 'async () => {}')],
  ['generator function', () => V(function* g() {}, 'function* g() {}')],
  ['generator object', () => V((function* g() { yield 1; })(), '(function* g() { yield 1; })()')],
  ['bound function', () => V(function () {}.bind(null), 'function () {}.bind(null)')],
  ['Date', () => V(new Date(0), 'new Date(0)')],
  ['invalid Date', () => V(new Date(NaN), 'new Date(NaN)')],
  ['Date w/ throwing toISOString', () => { const d = new Date(0); d.toISOString = () => { throw new Error('iso'); }; return V(d, '(() => { const d = new Date(0); d.toISOString = () => { throw new Error("iso"); }; return d; })()'); }],
  ['Map', () => V(new Map([['name', 'Orders']]), 'new Map([["name", "Orders"]])')],
  ['Set', () => V(new Set([1, 2n]), 'new Set([1, 2n])')],
  ['WeakMap', () => V(new WeakMap(), 'new WeakMap()')],
  ['WeakSet', () => V(new WeakSet(), 'new WeakSet()')],
  ['WeakRef', () => V(new WeakRef({}), 'new WeakRef({})')],
  ['RegExp', () => V(/a(b)?/giu, '/a(b)?/giu')],
  ['Error', () => V(new Error('boom'), 'new Error("boom")')],
  ['TypeError w/ cause', () => V(new TypeError('x', { cause: 1n }), 'new TypeError("x", { cause: 1n })')],
  ['Uint8Array', () => V(new Uint8Array([1, 2, 3]), 'new Uint8Array([1, 2, 3])')],
  ['Float64Array', () => V(new Float64Array([NaN, -0, Infinity]), 'new Float64Array([NaN, -0, Infinity])')],
  ['BigInt64Array', () => V(new BigInt64Array(2), 'new BigInt64Array(2)')],
  ['Uint8ClampedArray', () => V(new Uint8ClampedArray(4), 'new Uint8ClampedArray(4)')],
  ['ArrayBuffer', () => V(new ArrayBuffer(16), 'new ArrayBuffer(16)')],
  ['DataView', () => V(new DataView(new ArrayBuffer(4)), 'new DataView(new ArrayBuffer(4))')],
  ['Promise', () => V(Promise.resolve(1), 'Promise.resolve(1)')],
  ['pending Promise', () => V(new Promise(() => {}), 'new Promise(() => {})')],
  ['Math', () => V(Math, 'Math')],
  ['JSON', () => V(JSON, 'JSON')],
  ['Reflect', () => V(Reflect, 'Reflect')],
  ['WebAssembly', () => V(WebAssembly, 'WebAssembly')],
  ['Intl.DateTimeFormat', () => V(new Intl.DateTimeFormat('en'), 'new Intl.DateTimeFormat("en")')],
  ['arguments', () => V((function () { return arguments; })(1, 'a'), '(function () { return arguments; })(1, "a")')],
  ['custom class w/ toJSON', () => V(new Custom(), 'new (class { constructor() { this.name = "Orders"; this.secret = 1n; } toJSON() { return ' + BASE_SRC + '; } })()')],
  ['class instance', () => V(new Plain(), 'new (class { constructor() { this.x = 1; } })()')],
  ['Array subclass', () => V(MyArray.from(['a']), 'class MyArray extends Array {}; MyArray.from(["a"])')],
  ['toJSON returns undefined', () => V({ toJSON() { return undefined; } }, '{ toJSON() { return undefined; } }')],
  ['toJSON returns cycle', () => V({ toJSON() { const o = {}; o.o = o; return o; } }, '{ toJSON() { const o = {}; o.o = o; return o; } }')],
  ['toJSON throws', () => V({ toJSON() { throw new Error('toJSON'); } }, '{ toJSON() { throw new Error("toJSON"); } }')],
  ['toJSON throws undefined', () => V({ toJSON() { throw undefined; } }, '{ toJSON() { throw undefined; } }')],
  ['toJSON throws a throwing Proxy', () => V({ toJSON() { throw throwingProxy({}, ['get', 'getPrototypeOf', 'has', 'ownKeys', 'getOwnPropertyDescriptor']); } }, '{ toJSON() { throw new Proxy({}, { get() { throw new Error("get"); } }); } }')],
  ['toJSON infinitely wraps itself', () => V({ toJSON() { return { again: this }; } }, '{ toJSON() { return { again: this }; } }')],
  ['toJSON returns BigInt', () => V({ toJSON() { return 7n; } }, '{ toJSON() { return 7n; } }')],
  ['toJSON returns Symbol', () => V({ toJSON() { return Symbol('t'); } }, '{ toJSON() { return Symbol("t"); } }')],
  ['toJSON returns function', () => V({ toJSON() { return () => 1; } }, '{ toJSON() { return () => 1; } }')],
  ['toJSON returns the valid body', () => V({ toJSON: () => baseBody() }, `{ toJSON: () => (${BASE_SRC}) }`)],
  ['toJSON returns a string', () => V({ toJSON: () => '{"name":"x"}' }, '{ toJSON: () => \'{"name":"x"}\' }')],
  ['toJSON not a function', () => V({ toJSON: 5, name: 'x' }, '{ toJSON: 5, name: "x" }')],
  ['toJSON getter throws', () => V({ get toJSON() { throw new Error('get toJSON'); } }, '{ get toJSON() { throw new Error("get toJSON"); } }')],
  ['toJSON key arg echo', () => V({ a: { toJSON(k) { return k; } } }, '{ a: { toJSON(k) { return k; } } }')],
  ['cyclic object', () => { const o = baseBody(); o.self = o; return V(o, `(() => { const o = ${BASE_SRC}; o.self = o; return o; })()`); }],
  ['cyclic array', () => { const a = [1]; a.push(a); return V(a, '(() => { const a = [1]; a.push(a); return a; })()'); }],
  ['cycle deep in field', () => { const o = baseBody(); const c = { x: [{}] }; c.x[0].back = c; o.payload_templates = { event_phone_call_ended: c }; return V(o, `(() => { const o = ${BASE_SRC}; const c = { x: [{}] }; c.x[0].back = c; o.payload_templates = { event_phone_call_ended: c }; return o; })()`); }],
  ['shared (non-cyclic) references', () => { const s = { k: 'v' }; return V({ a: s, b: s, c: [s, s] }, '(() => { const s = { k: "v" }; return { a: s, b: s, c: [s, s] }; })()'); }],
  ['deep array', (r) => { const n = r.pick([100, 510, 511, 512, 513, 514, 1000, 3000]); return V(deepArray(n), deepArraySrc(n)); }],
  ['deep object', (r) => { const n = r.pick([100, 510, 511, 512, 513, 514, 1000, 3000]); return V(deepObject(n), deepObjectSrc(n)); }],
  ['deep array 10^4', () => V(deepArray(1e4), deepArraySrc(1e4))],
  ['deep object 10^4', () => V(deepObject(1e4), deepObjectSrc(1e4))],
  ['getter throws', () => V({ get name() { throw new Error('getter'); } }, '{ get name() { throw new Error("getter"); } }')],
  ['getter throws a string', () => V({ name: 'x', get webhook_url() { throw 'str'; } }, '{ name: "x", get webhook_url() { throw "str"; } }')],
  ['getter throws null', () => V({ get events() { throw null; } }, '{ get events() { throw null; } }')],
  ['getter overflows the stack', () => V({ get name() { const f = () => f() + 1; return f(); } }, '{ get name() { const f = () => f() + 1; return f(); } }')],
  ['getter returns fresh values', () => { let n = 0; return V({ get name() { n++; return n % 2 ? 'a' : 1n; } }, '(() => { let n = 0; return { get name() { n++; return n % 2 ? "a" : 1n; } }; })()'); }],
  ['getter re-enters validateWebhook', () => V({ name: 'x', get webhook_url() { return reenter('validateWebhook', { name: 'inner', get events() { throw new Error('inner'); } }); } }, '{ name: "x", get webhook_url() { return validateWebhook({ name: "inner", get events() { throw new Error("inner"); } }); } }')],
  ['getter re-enters validateWebhook with a deep cycle', () => V({ get name() { const o = {}; o.o = o; return reenter('validateWebhook', [o, deepArray(600)], { mode: 'update' }); } }, `{ get name() { const o = {}; o.o = o; return validateWebhook([o, ${deepArraySrc(600)}], { mode: "update" }); } }`)],
  ['toJSON re-enters validateWebhook twice (nested)', () => V({ toJSON() { return reenter('validateWebhook', { toJSON() { return reenter('validateWebhook', baseBody()); } }); } }, `{ toJSON() { return validateWebhook({ toJSON() { return validateWebhook(${BASE_SRC}); } }); } }`)],
  ['getter re-enters availableEvents with a bad locale', () => V({ get name() { return reenter('availableEvents', 'xx'); } }, '{ get name() { return availableEvents("xx"); } }')],
  ['getter re-enters availableEvents', () => V({ get events() { return reenter('availableEvents', 'pt-BR').map((e) => e.id); } }, '{ get events() { return availableEvents("pt-BR").map((e) => e.id); } }')],
  ['proxy get throws', () => V(throwingProxy(baseBody(), ['get']), `new Proxy(${BASE_SRC}, { get() { throw new Error("get"); } })`)],
  ['proxy ownKeys throws', () => V(throwingProxy(baseBody(), ['ownKeys']), `new Proxy(${BASE_SRC}, { ownKeys() { throw new Error("ownKeys"); } })`)],
  ['proxy getOwnPropertyDescriptor throws', () => V(throwingProxy(baseBody(), ['getOwnPropertyDescriptor']), `new Proxy(${BASE_SRC}, { getOwnPropertyDescriptor() { throw new Error("gopd"); } })`)],
  ['proxy has throws', () => V(throwingProxy(baseBody(), ['has']), `new Proxy(${BASE_SRC}, { has() { throw new Error("has"); } })`)],
  ['proxy getPrototypeOf throws', () => V(throwingProxy(baseBody(), ['getPrototypeOf']), `new Proxy(${BASE_SRC}, { getPrototypeOf() { throw new Error("gpo"); } })`)],
  ['proxy all traps throw', () => V(throwingProxy(baseBody(), ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'deleteProperty', 'isExtensible', 'preventExtensions', 'setPrototypeOf', 'apply', 'construct']), `new Proxy(${BASE_SRC}, /* every trap throws */ { get() { throw 1; }, ownKeys() { throw 1; }, getOwnPropertyDescriptor() { throw 1; }, has() { throw 1; } })`)],
  ['array proxy get throws', () => V(throwingProxy(['event_phone_call_ended'], ['get']), 'new Proxy(["event_phone_call_ended"], { get() { throw new Error("get"); } })')],
  ['array proxy with huge length', () => V(new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 12 : k === 'toJSON' ? undefined : 'event_action') }), 'new Proxy([], { get: (t, k) => (k === "length" ? 2 ** 12 : k === "toJSON" ? undefined : "event_action") })')],
  ['array proxy with length 2**32-1 throwing at 10', () => V(new Proxy([], { get: (t, k) => { if (k === 'length') return 2 ** 32 - 1; if (k === '10') throw new Error('stop'); return k === 'toJSON' ? undefined : 0; } }), 'new Proxy([], { get: (t, k) => { if (k === "length") return 2 ** 32 - 1; if (k === "10") throw new Error("stop"); return k === "toJSON" ? undefined : 0; } })')],
  ['proxy ownKeys duplicates', () => V(new Proxy({}, { ownKeys: () => ['a', 'a'] }), 'new Proxy({}, { ownKeys: () => ["a", "a"] })')],
  ['proxy ownKeys non-strings', () => V(new Proxy({}, { ownKeys: () => [1, {}] }), 'new Proxy({}, { ownKeys: () => [1, {}] })')],
  ['proxy lying descriptors', () => V(new Proxy({}, { ownKeys: () => ['name', 'webhook_url', 'events'], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true, writable: true }), get: (t, k) => ({ name: 'Orders', webhook_url: 'https://example.com/h', events: ['event_phone_call_ended'] })[k] }), 'new Proxy({}, { ownKeys: () => ["name", "webhook_url", "events"], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true, writable: true }), get: (t, k) => (' + BASE_SRC + ')[k] })')],
  ['proxy returning fresh proxies forever', () => { const make = () => new Proxy({}, { ownKeys: () => ['x'], getOwnPropertyDescriptor: () => ({ value: 0, enumerable: true, configurable: true }), get: (t, k) => (k === 'toJSON' ? undefined : make()) }); return V(make(), '(() => { const make = () => new Proxy({}, { ownKeys: () => ["x"], getOwnPropertyDescriptor: () => ({ value: 0, enumerable: true, configurable: true }), get: (t, k) => (k === "toJSON" ? undefined : make()) }); return make(); })()'); }],
  ['proxy of function', () => V(new Proxy(function () {}, {}), 'new Proxy(function () {}, {})')],
  ['revoked proxy', () => V(revoked(), '(() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()')],
  ['revoked array proxy', () => V(revoked([]), '(() => { const p = Proxy.revocable([], {}); p.revoke(); return p.proxy; })()')],
  ['revoked proxy nested', () => V({ ...baseBody(), custom_headers: [revoked()] }, `(() => { const p = Proxy.revocable({}, {}); p.revoke(); return { ...${BASE_SRC}, custom_headers: [p.proxy] }; })()`)],
  ['null prototype', () => V(Object.assign(Object.create(null), baseBody()), `Object.assign(Object.create(null), ${BASE_SRC})`)],
  ['null prototype w/ toJSON key', () => V(Object.assign(Object.create(null), { toJSON: () => 1n }), 'Object.assign(Object.create(null), { toJSON: () => 1n })')],
  ['frozen', () => V(Object.freeze(baseBody()), `Object.freeze(${BASE_SRC})`)],
  ['sealed nested frozen', () => V(Object.seal({ ...baseBody(), events: Object.freeze(['event_action']) }), `Object.seal({ ...${BASE_SRC}, events: Object.freeze(["event_action"]) })`)],
  ['non-enumerable fields', () => V(Object.defineProperty(baseBody(), 'name', { enumerable: false }), `Object.defineProperty(${BASE_SRC}, "name", { enumerable: false })`)],
  ['prototype-inherited fields', () => V(Object.create(baseBody()), `Object.create(${BASE_SRC})`)],
  ['numeric keys', () => V({ 0: 'a', 1: 'b', '-1': 'c', 4294967295: 'd', '01': 'e', '9223372036854775808': 'f', '-9223372036854775808': 'g' }, '{ 0: "a", 1: "b", "-1": "c", 4294967295: "d", "01": "e", "9223372036854775808": "f", "-9223372036854775808": "g" }')],
  ['__proto__ key', () => V(setOwn(baseBody(), '__proto__', { name: 'evil' }), `JSON.parse('{"__proto__":{"name":"evil"},"name":"Orders","webhook_url":"https://example.com/h","events":["event_phone_call_ended"]}')`)],
  ['__proto__ and constructor keys', () => V(setOwn(setOwn({}, '__proto__', 1), 'constructor', { prototype: 2 }), '{ ["__proto__"]: 1, constructor: { prototype: 2 } }')],
  ['lone surrogate keys', () => V({ '\uD800': 1, '\uDFFF': 2, 'name\uD800': 'x', [`${'\uDC00'}events`]: [] }, '{ "\\ud800": 1, "\\udfff": 2, "name\\ud800": "x", "\\udc00events": [] }')],
  ['template tokens in keys', () => V({ ':value': ':max', ':attribute:min': 1, 'events.0': 'x', '': '', ...baseBody() }, `{ ":value": ":max", ":attribute:min": 1, "events.0": "x", "": "", ...${BASE_SRC} }`)],
  ['sparse array', () => V([, , 'event_action', , ], '[, , "event_action", , ]')],
  ['array w/ extra props', () => V(Object.assign(['event_action'], { name: 'x', '-1': 2 }), 'Object.assign(["event_action"], { name: "x", "-1": 2 })')],
  ['array w/ undefined/function/symbol items', () => V([undefined, () => 1, Symbol('x'), null], '[undefined, () => 1, Symbol("x"), null]')],
  ['1000 keys', () => { const o = {}; for (let i = 0; i < 1000; i++) o['k' + i] = i; return V(o, '(() => { const o = {}; for (let i = 0; i < 1000; i++) o["k" + i] = i; return o; })()'); }],
  ['globalThis', () => V(globalThis, 'globalThis')],
  ['object w/ throwing toString/valueOf', () => V({ toString() { throw new Error('ts'); }, valueOf() { throw new Error('vo'); } }, '{ toString() { throw new Error("ts"); }, valueOf() { throw new Error("vo"); } }')],
  ['random JSON-ish', (r) => lit(randJson(r))],
];

// The expensive values: a handful per run, at fixed positions.
const HEAVY = [
  ['array of 10^6 zeros', () => V(new Array(1e6).fill(0), 'new Array(1e6).fill(0)')],
  ['events: 10^6 ids', () => V({ ...baseBody(), events: new Array(1e6).fill('event_action') }, `{ ...${BASE_SRC}, events: new Array(1e6).fill("event_action") }`)],
  ['custom_headers: 10^6 holes', () => V({ ...baseBody(), custom_headers: new Array(1e6) }, `{ ...${BASE_SRC}, custom_headers: new Array(1e6) }`)],
  ['10 MB string', () => V('x'.repeat(1e7), '"x".repeat(1e7)')],
  ['name: 10 MB string', () => V({ ...baseBody(), name: 'é'.repeat(1e7) }, `{ ...${BASE_SRC}, name: "é".repeat(1e7) }`)],
  ['webhook_url: 10 MB string', () => V({ ...baseBody(), webhook_url: 'https://example.com/' + 'a\u{1F600}'.repeat(3.4e6) + '\uD800' }, `{ ...${BASE_SRC}, webhook_url: "https://example.com/" + "a\\u{1F600}".repeat(3.4e6) + "\\ud800" }`)],
  ['array nested 10^5 deep', () => V(deepArray(1e5), deepArraySrc(1e5))],
  ['object nested 10^5 deep', () => V(deepObject(1e5), deepObjectSrc(1e5))],
  ['payload_templates nested 10^5 deep', () => V({ ...baseBody(), payload_templates: { event_action: deepArray(1e5) } }, `{ ...${BASE_SRC}, payload_templates: { event_action: ${deepArraySrc(1e5)} } }`)],
  ['payload_templates: 10^5 numeric keys', () => { const t = {}; for (let i = 0; i < 1e5; i++) t[i] = [i]; return V({ ...baseBody(), payload_templates: t }, `(() => { const t = {}; for (let i = 0; i < 1e5; i++) t[i] = [i]; return { ...${BASE_SRC}, payload_templates: t }; })()`); }],
  ['10^5 keys in 100 objects of 1000', () => { const o = baseBody(); for (let j = 0; j < 100; j++) { const p = {}; for (let i = 0; i < 1000; i++) p['k' + i] = i; o['x' + j] = p; } return V(o, `(() => { const o = ${BASE_SRC}; for (let j = 0; j < 100; j++) { const p = {}; for (let i = 0; i < 1000; i++) p["k" + i] = i; o["x" + j] = p; } return o; })()`); }],
  ['proxy w/ 10^5 ownKeys, get throws at the end', () => { const keys = Array.from({ length: 1e5 }, (_, i) => 'k' + i); return V(new Proxy({}, { ownKeys: () => keys, getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }), get: (t, k) => { if (k === 'k99999') throw new Error('last'); return k === 'toJSON' ? undefined : 1; } }), 'new Proxy({}, { ownKeys: () => Array.from({ length: 1e5 }, (_, i) => "k" + i), getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }), get: (t, k) => { if (k === "k99999") throw new Error("last"); return k === "toJSON" ? undefined : 1; } })'); }],
  // 15 MB of JSON whose 9*10^6 issues need more than the 4 GB a wasm32 instance can address.
  ['custom_headers: 3*10^6 holes', () => V({ ...baseBody(), custom_headers: new Array(3e6) }, `{ ...${BASE_SRC}, custom_headers: new Array(3e6) }`)],
];

// Opt-in (hostileValues(seed, count, { extreme: true })): values that take tens of seconds each.
const EXTREME = [
  ['10^5 keys in one object', () => { const o = baseBody(); for (let i = 0; i < 1e5; i++) o['k' + i] = i; return V(o, `(() => { const o = ${BASE_SRC}; for (let i = 0; i < 1e5; i++) o["k" + i] = i; return o; })()`); }],
  // A 5*10^8-char key (JSON text still under V8's 2^29-24 string limit): its issue repeats it 4 times.
  // Node: RuntimeError unreachable; Chromium: the renderer runs out of memory and crashes.
  ['payload_templates key of 5*10^8 chars', () => V({ payload_templates: { ['x'.repeat(5e8)]: 0 } }, '{ payload_templates: { ["x".repeat(5e8)]: 0 } }')],
  ['events: 2*10^4 unknown ids vs options.events of 2*10^4', () => V({ ...baseBody(), events: Array.from({ length: 2e4 }, (_, i) => 'e' + i) }, `{ ...${BASE_SRC}, events: Array.from({ length: 2e4 }, (_, i) => "e" + i) }`), () => V({ events: Array.from({ length: 2e4 }, (_, i) => 'x' + i) }, '{ events: Array.from({ length: 2e4 }, (_, i) => "x" + i) }')],
];

// ---------------------------------------------------------------------------------------------
// Options (the second argument).

function randOptions(r) {
  const k = r.int(100);
  if (k < 35) return null; // omitted
  if (k < 40) return V(undefined, 'undefined');
  if (k < 43) return V(null, 'null');
  if (k < 46) return V({}, '{}');
  if (k < 55) return lit({ mode: 'update' });
  if (k < 60) return lit({ locale: 'pt-BR' });
  if (k < 64) return lit({ strict: true });
  if (k < 68) return lit({ mode: r.pick(['update', 'create']), locale: r.pick(['en', 'pt-BR', 'pt_br', 'PT', 'en-GB']), strict: r.chance(0.5) });
  if (k < 72) return lit({ events: r.chance(0.7) ? EVENT_IDS.filter(() => r.chance(0.5)).concat(r.chance(0.3) ? [randString(r, 10)] : []) : [] });
  if (k < 75) return lit({ events: Object.fromEntries(EVENT_IDS.filter(() => r.chance(0.3)).map((id) => [id, 'desc'])) });
  if (k < 77) return lit({ events: { id: 'desc', '0': 'x', '-5': 'y' } });
  if (k < 85) {
    const junk = r.pick([
      () => lit({ mode: 5 }), () => lit({ mode: 'UPDATE' }), () => lit({ mode: ['update'] }), () => lit({ locale: 'xx' }),
      () => lit({ locale: 5 }), () => lit({ locale: '' }), () => lit({ strict: 'yes' }), () => lit({ strict: 1 }),
      () => lit({ events: 'event_action' }), () => lit({ events: [1, 2] }), () => lit({ events: [null] }),
      () => lit({ events: [[]] }), () => lit({ events: ['\uD800'] }), () => lit({ events: { '\uDFFF': 1 } }),
      () => lit({ events: [] }), () => lit({ events: {} }), () => lit({ events: Array.from({ length: 300 }, (_, i) => `e${i}`) }),
      () => lit({ unknown: 1, mode: null, locale: null, strict: null, events: null }),
      () => lit('update'), () => lit(5), () => lit(true), () => lit([]), () => lit([{ mode: 'update' }]),
      () => V(5n, '5n'), () => V({ mode: 'update', x: 1n }, '{ mode: "update", x: 1n }'),
      () => V(Symbol('o'), 'Symbol("o")'), () => V(() => 1, '() => 1'),
      () => V({ toJSON: () => ({ mode: 'update' }) }, '{ toJSON: () => ({ mode: "update" }) }'),
      () => V({ toJSON: () => undefined }, '{ toJSON: () => undefined }'),
      () => V(Object.assign(Object.create(null), { mode: 'update' }), 'Object.assign(Object.create(null), { mode: "update" })'),
      () => V(deepObject(600), deepObjectSrc(600)),
      () => V(deepArray(1e4), deepArraySrc(1e4)),
    ]);
    return junk();
  }
  if (k < 95) {
    // A hostile value from the general pool.
    return r.pick(HOSTILE)[1](r);
  }
  return lit(randJson(r));
}

function randLocaleArg(r) {
  const k = r.int(10);
  if (k < 3) return lit(r.pick([undefined, null, 'en', 'pt-BR', 'pt', 'pt_BR', 'PT-br', 'EN', 'en-US', 'en-gb']));
  if (k < 6) return lit(r.pick(['', 'xx', 'fr', 'en ', ' en', 'e\u0301n', 'pt-\uD800', '\u0130', 'EN\u212A', 'p\u0000t', 'x'.repeat(1000)]));
  if (k < 8) { const [, make] = r.pick(HOSTILE); return make(r); }
  return lit(randJson(r));
}

// ---------------------------------------------------------------------------------------------
// Mutations of the valid body.

function mutation(r) {
  const o = {};
  const parts = [];
  const put = (key, v) => { setOwn(o, key, v.v); parts.push(`${keySrc(key)}:${v.s}`); };
  const base = baseBody();
  const targets = new Set();
  const n = r.pick([1, 1, 1, 1, 2, 2, 3, 11]);
  while (targets.size < n) targets.add(r.pick(FIELDS));
  const labels = [];
  const replacement = (field) => {
    if (r.chance(0.3)) {
      const [name, make] = r.pick(HOSTILE);
      labels.push(`${field}=${name}`);
      return make(r);
    }
    labels.push(`${field}=${r.chance(0.75) ? 'near-valid' : 'random'}`);
    return lit(r.chance(0.75) ? fieldValue(field, r) : randJson(r));
  };
  // Optionally shuffle the key order and add unknown fields.
  const order = FIELDS.filter((f) => f in base || targets.has(f));
  if (r.chance(0.1)) order.reverse();
  for (const f of order) {
    if (targets.has(f)) {
      if (r.chance(0.05)) { labels.push(`-${f}`); continue; } // delete it
      put(f, replacement(f));
    } else {
      put(f, lit(base[f]));
    }
  }
  if (r.chance(0.08)) { const k = randKey(r); labels.push(`+${k.slice(0, 12)}`); put(k, lit(randJson(r))); }
  return { v: o, s: `{${parts.join(',')}}`, label: `mutate ${labels.join(' ')}` };
}

// ---------------------------------------------------------------------------------------------

function call(fn, args, label, index, heavy = false) {
  const src = `${fn}(${args.map((a) => a.s).join(', ')})`;
  return { index, fn, args: args.map((a) => a.v), src, label, heavy };
}

/**
 * Yields `count` hostile calls (default 100,000), deterministic in `seed`.
 * The expensive values (10^6-item arrays, 10 MB strings, 10^5-deep nesting, 10^5 keys, a 5*10^8-char
 * key) appear once each, spread evenly through the run; `{ heavy: false }` leaves them out and
 * `{ extreme: true }` adds the ones that take tens of seconds each.
 */
export function* hostileValues(seed = 1, count = 100000, { extreme = false, heavy: withHeavy = true, from = 0 } = {}) {
  const r = makeRng(seed);
  const heavyList = [...(withHeavy ? HEAVY : []), ...(extreme ? EXTREME : [])];
  const heavyAt = new Map();
  heavyList.forEach((h, k) => heavyAt.set(Math.floor(((k + 1) * count) / (heavyList.length + 1)), h));
  for (let i = 0; i < count; i++) {
    const heavy = heavyAt.get(i);
    if (heavy && count >= heavyList.length * 4) {
      // Heavy makers draw nothing from r, so skipping one (i < from) leaves the sequence unchanged.
      const update = !heavy[2] && r.chance(0.5);
      if (i < from) continue;
      const opts = heavy[2] ? [heavy[2](r)] : update ? [lit({ mode: 'update' })] : [];
      yield call('validateWebhook', [heavy[1](r), ...opts], `heavy: ${heavy[0]}`, i, true);
      continue;
    }
    const k = r.int(1000);
    if (k < 25) {
      const a = randLocaleArg(r);
      const args = r.chance(0.1) ? [] : r.chance(0.1) ? [a, lit('extra')] : [a];
      if (i >= from) yield call('availableEvents', args, `availableEvents ${args.length ? '' : '()'}`, i);
    } else if (k < 40) {
      const shape = r.int(3);
      const args = shape === 0 ? [] : shape === 1 ? [mutation(r)] : [mutation(r), randOptions(r) ?? lit({}), r.pick(HOSTILE)[1](r)];
      if (i >= from) yield call('validateWebhook', args, `arity ${args.length}`, i);
    } else if (k < 160) {
      const [name, make] = r.pick(HOSTILE);
      const o = randOptions(r);
      const v = make(r);
      if (i >= from) yield call('validateWebhook', o ? [v, o] : [v], `top-level ${name}`, i);
    } else if (k < 200) {
      const o = randOptions(r);
      const v = lit(randJson(r));
      if (i >= from) yield call('validateWebhook', o ? [v, o] : [v], 'top-level random JSON-ish', i);
    } else if (k < 870) {
      const m = mutation(r);
      const o = randOptions(r);
      if (i >= from) yield call('validateWebhook', o ? [m, o] : [m], m.label, i);
    } else {
      // Focus on the options argument.
      const input = r.chance(0.6) ? lit(baseBody()) : mutation(r);
      let o = randOptions(r);
      while (!o) o = randOptions(r);
      if (i >= from) yield call('validateWebhook', [input, o], `options ${input.label ?? 'base'}`, i);
    }
  }
}
