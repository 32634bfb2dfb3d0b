/**
 * A minimal CBOR codec (RFC 8949) for the subset Pagefind's index files use:
 * unsigned and negative integers, byte and text strings, arrays and maps of
 * definite length, and the simple values false, true and null. Encoding uses
 * the shortest form, as Pagefind does, so an untouched value re-encodes to
 * the same bytes.
 */

/** A decoded CBOR value. */
export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | CborMap;

/** A CBOR map, kept as ordered pairs. */
export interface CborMap {
  readonly map: readonly (readonly [CborValue, CborValue])[];
}

/** The data is not CBOR of the supported subset. */
export class CborError extends Error {
  override readonly name = 'CborError';
}

const textDecoder = new TextDecoder('utf-8', {fatal: true});
const textEncoder = new TextEncoder();

/** Decode one CBOR value that fills `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  let offset = 0;
  const byte = (): number => {
    const value = bytes[offset];
    if (value === undefined) throw new CborError('unexpected end of data');
    offset++;
    return value;
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    let length: number;
    if (info === 24) length = 1;
    else if (info === 25) length = 2;
    else if (info === 26) length = 4;
    else if (info === 27) length = 8;
    else throw new CborError(`unsupported additional information ${info}`);
    let value = 0;
    for (let index = 0; index < length; index++) value = value * 256 + byte();
    if (!Number.isSafeInteger(value)) throw new CborError('integer too large');
    return value;
  };
  const take = (length: number): Uint8Array => {
    if (offset + length > bytes.length) throw new CborError('unexpected end of data');
    const slice = bytes.subarray(offset, offset + length);
    offset += length;
    return slice;
  };
  const item = (): CborValue => {
    const initial = byte();
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return argument(info);
      case 1:
        return -1 - argument(info);
      case 2:
        return take(argument(info)).slice();
      case 3:
        return textDecoder.decode(take(argument(info)));
      case 4: {
        const length = argument(info);
        const list: CborValue[] = [];
        for (let index = 0; index < length; index++) list.push(item());
        return list;
      }
      case 5: {
        const length = argument(info);
        const map: (readonly [CborValue, CborValue])[] = [];
        for (let index = 0; index < length; index++) map.push([item(), item()]);
        return {map};
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new CborError(`unsupported simple value ${info}`);
      default:
        throw new CborError(`unsupported major type ${major}`);
    }
  };
  const value = item();
  if (offset !== bytes.length) throw new CborError(`${bytes.length - offset} bytes left after the value`);
  return value;
}

/** Encode a value in the shortest form. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, argument: number): void => {
    if (argument < 24) out.push((major << 5) | argument);
    else if (argument < 0x100) out.push((major << 5) | 24, argument);
    else if (argument < 0x10000) out.push((major << 5) | 25, argument >> 8, argument & 0xff);
    else if (argument < 0x100000000) {
      out.push((major << 5) | 26, (argument >>> 24) & 0xff, (argument >>> 16) & 0xff, (argument >>> 8) & 0xff, argument & 0xff);
    } else {
      out.push((major << 5) | 27);
      const high = Math.floor(argument / 0x100000000);
      const low = argument % 0x100000000;
      for (const part of [high, low]) out.push((part >>> 24) & 0xff, (part >>> 16) & 0xff, (part >>> 8) & 0xff, part & 0xff);
    }
  };
  const item = (current: CborValue): void => {
    if (typeof current === 'number') {
      if (!Number.isSafeInteger(current)) throw new CborError(`cannot encode ${current}`);
      if (current >= 0) head(0, current);
      else head(1, -1 - current);
    } else if (typeof current === 'string') {
      const encoded = textEncoder.encode(current);
      head(3, encoded.length);
      for (const unit of encoded) out.push(unit);
    } else if (current instanceof Uint8Array) {
      head(2, current.length);
      for (const unit of current) out.push(unit);
    } else if (current === false) out.push(0xf4);
    else if (current === true) out.push(0xf5);
    else if (current === null) out.push(0xf6);
    else if (Array.isArray(current)) {
      head(4, current.length);
      for (const element of current) item(element);
    } else {
      head(5, current.map.length);
      for (const [key, entry] of current.map) {
        item(key);
        item(entry);
      }
    }
  };
  item(value);
  return Uint8Array.from(out);
}
