/**
 * Writes constant data as a JavaScript expression that evaluates to an equal value: the precompute plugin
 * (precompute.ts) puts it in place of the code that computed it.
 *
 * Accepted: undefined, null, booleans, finite numbers, strings, arrays, plain objects (prototype
 * Object.prototype or null) and regular expressions. Anything else (functions, symbols, bigints, Maps, Sets,
 * Dates, class instances, cycles) throws an Error naming where in the value it is, `path` being the name
 * of the whole. Objects reached twice (not in a cycle) are written twice: the copies are equal, not identical.
 */
export function toSource(value: unknown, path = 'value'): string {
  return write(value, path, new Set());
}

const identifier = /^[A-Za-z_$][\w$]*$/;

function write(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
    case 'number':
      if (!Number.isFinite(value)) fail(path, `${value} is not a finite number`);
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      // JSON leaves U+2028 and U+2029 raw; escaped, the output stays valid in any JavaScript parser.
      return JSON.stringify(value)
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
    case 'bigint':
    case 'symbol':
    case 'function':
      return fail(path, `a ${typeof value} cannot be written as data`);
    case 'object':
      if (value === null) return 'null';
      if (ancestors.has(value)) fail(path, 'the value contains itself (a cycle)');
      ancestors.add(value);
      try {
        return writeObject(value, path, ancestors);
      } finally {
        ancestors.delete(value);
      }
  }
}

function writeObject(value: object, path: string, ancestors: Set<object>): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (Object.getOwnPropertySymbols(value).length > 0) fail(path, 'an object with symbol keys cannot be written');
  if (proto === RegExp.prototype && value instanceof RegExp) {
    // `source` is always a valid literal body: `/` and line terminators come escaped.
    return `/${value.source}/${value.flags}`;
  }
  if (proto === Array.prototype && Array.isArray(value)) {
    const items: unknown[] = value;
    const keys = Object.keys(items);
    if (keys.length !== items.length || keys.some((key, i) => key !== String(i))) {
      fail(path, 'an array with holes or extra properties cannot be written');
    }
    return `[${items.map((item, i) => write(item, `${path}[${i}]`, ancestors)).join(',')}]`;
  }
  if (proto === Object.prototype || proto === null) {
    const props = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => `${writeKey(key)}:${write(v, pathTo(path, key), ancestors)}`);
    // `__proto__: null` in a literal sets the prototype, so a dictionary made with Object.create(null) stays one.
    if (proto === null) props.unshift('__proto__:null');
    return `{${props.join(',')}}`;
  }
  const maker: unknown = Reflect.get(value, 'constructor');
  const kind = typeof maker === 'function' && maker.name ? `a ${maker.name}` : 'an object with a custom prototype';
  return fail(path, `${kind} cannot be written as data`);
}

function writeKey(key: string): string {
  // A `__proto__:` or `"__proto__":` property would set the prototype; a computed key makes a plain property.
  if (key === '__proto__') return '["__proto__"]';
  return identifier.test(key) ? key : JSON.stringify(key);
}

function pathTo(path: string, key: string): string {
  return identifier.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function fail(path: string, why: string): never {
  throw new Error(`cannot serialise ${path}: ${why}`);
}
