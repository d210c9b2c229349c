/**
 * A scanner for the XML that Excel and most programs write: elements, attributes, text, the five
 * predefined entities and character references, an XML declaration. It gives a part's handlers
 * exactly the events saxes gives (readXlsx.ts), several times faster, and gives up (NotLean) at
 * anything else: a comment, CDATA, a processing instruction, a DTD, a non-ASCII name, a carriage
 * return inside the root element (one outside it, as Excel writes after every declaration, reads as
 * saxes reads it), a tab or newline inside an attribute, and every error of well-formedness. The reader
 * then reads the whole file again with saxes, which decides what the file is; so this scanner
 * never has to be right about a file it does not understand, only never accept one saxes refuses.
 *
 * Runs in Node and in a browser bundle.
 */
import { LimitExceeded, type ReadLimits } from "./readLimits";
import { PackageDamaged } from "./zipPackage";

/** Event handlers of one part, as readXlsx's parts give them. */
export interface XmlHandlers {
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
  /** Asked after each end tag: true when the handlers have all they need, and the rest of the part is not read. */
  enough?(): boolean;
  /**
   * A cell element of the shape Excel writes for most cells (`<c r="B7" s="3" t="s"><v>12</v></c>`,
   * `<c r="B7" s="3"/>`: no prefix, no other attribute, a value without references, nothing else
   * inside), given whole instead of its events (`v` undefined when it has no `<v>`). False: not
   * taken, and the same element is given as events. Taken, it must do what the events
   * open c, open v, text, close v, close c would have done; `enough` is asked after it.
   */
  cell?(r: string | undefined, s: string | undefined, t: string | undefined, v: string | undefined): boolean;
  /**
   * A shared string of plain text (`<si><t>Xã Thử</t></si>`, its `<t>` with `xml:space="preserve"`
   * or without) given whole, its references replaced, instead of its events; as `cell`.
   */
  sharedString?(text: string): boolean;
}

/**
 * The part holds something this scanner does not read: saxes reads the file instead. A
 * PackageDamaged, so that the zip reader hands it on as it does the parser's errors.
 */
export class NotLean extends PackageDamaged {}

const SLASH = 0x2f;
const GREATER = 0x3e;
const LESS = 0x3c;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** ASCII names only: a name beyond (legal in XML) goes to saxes. */
function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

/** -1 where the chunk ended (NaN past its end): more is to come; else the tag is not one this scanner reads. */
function cutOrNot(c: number, what: string): number {
  if (Number.isNaN(c)) return -1;
  throw new NotLean(what);
}
const DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/;
/** Characters XML 1.0 does not allow, and a carriage return (which saxes turns into a newline). */
// eslint-disable-next-line no-control-regex
const NOT_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|]]>/;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/y;
const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const WHITESPACE = /^[ \t\n\r]*$/;
/** XmlHandlers.cell's shape; a value holds no markup, reference or character NOT_IN_TEXT refuses. */
const WHOLE_CELL =
  // eslint-disable-next-line no-control-regex
  /<c(?: r="([A-Z]{1,3}[1-9][0-9]{0,6})")?(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<v>([^<>&\u0000-\u0008\u000b-\u001f\ufffe\uffff]*)<\/v>)?<\/c>)/y;
const LOWER_C = 0x63;
/** XmlHandlers.sharedString's shape; its text is checked as any text is (text()). */
const WHOLE_STRING = /<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/y;
const LOWER_S = 0x73;
/** An end of line as XML normalises it: CR LF and a lone CR are one LF (saxes does the same). */
const CARRIAGE_RETURN = /\r\n?/g;

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text or an attribute value with its references replaced; NotLean at a "&" that is not one. */
function decode(raw: string): string {
  let at = raw.indexOf("&");
  if (at < 0) return raw;
  let out = "";
  let from = 0;
  while (at >= 0) {
    REFERENCE.lastIndex = at;
    const m = REFERENCE.exec(raw);
    if (!m) throw new NotLean("an entity");
    let text: string;
    if (m[1] !== undefined) text = PREDEFINED[m[1]] as string;
    else {
      const code = m[2] !== undefined ? Number(m[2]) : parseInt(m[3] as string, 16);
      if (!isXmlChar(code)) throw new NotLean("a character reference");
      text = String.fromCodePoint(code);
    }
    out += raw.slice(from, at) + text;
    from = REFERENCE.lastIndex;
    at = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}

export class LeanXml {
  private readonly decoder = new TextDecoder("utf-8");
  /** What is not yet scanned: an unfinished tag or text. */
  private rest = "";
  private started = false;
  private rootSeen = false;
  private readonly open: string[] = [];
  /** The handlers had enough: nothing more is scanned. */
  stopped = false;

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly limits: ReadLimits,
    private readonly where: { sheet: string } | { part: string },
  ) {}

  write(chunk: Uint8Array): void {
    if (this.stopped) return;
    this.scan(this.rest + this.decoder.decode(chunk, { stream: true }), false);
  }

  end(): void {
    if (this.stopped) return;
    this.scan(this.rest + this.decoder.decode(), true);
    if (this.rest !== "" || !this.rootSeen || this.open.length > 0)
      throw new NotLean("an unfinished document");
  }

  private scan(xml: string, last: boolean): void {
    let at = 0;
    if (!this.started) {
      if (xml.length < 6 && !last) {
        this.rest = xml;
        return;
      }
      this.started = true;
      if (xml.startsWith("<?xml")) {
        const declaration = DECLARATION.exec(xml);
        if (!declaration) {
          if (!last && xml.indexOf("?>") < 0) {
            this.started = false;
            this.rest = xml;
            return;
          }
          throw new NotLean("an XML declaration");
        }
        at = declaration[0].length;
      }
    }
    while (at < xml.length && !this.stopped) {
      const lt = xml.indexOf("<", at);
      if (lt < 0) {
        if (!last) break;
        this.text(xml.slice(at));
        at = xml.length;
        break;
      }
      if (lt > at) this.text(xml.slice(at, lt));
      at = lt;
      const next = xml.charCodeAt(at + 1);
      if (Number.isNaN(next)) break;
      const tag =
        next === SLASH
          ? this.endTag(xml, at)
          : (next === LOWER_C && this.wholeCell(xml, at)) ||
            (next === LOWER_S && this.wholeString(xml, at)) ||
            this.startTag(xml, at);
      if (tag < 0) {
        // Cut off by the end of this chunk: the rest comes with the next.
        if (last || xml.length - at > this.limits.elementBytes) throw new NotLean("a tag cut off");
        break;
      }
      at = tag;
    }
    this.rest = this.stopped ? "" : xml.slice(at);
  }

  /**
   * The start tag at `at` given to the handlers; the index after it, or -1 when the chunk ends
   * inside it. NotLean when it is not a tag this scanner reads.
   */
  private startTag(xml: string, at: number): number {
    let i = at + 1;
    if (!isNameStart(xml.charCodeAt(i))) throw new NotLean("markup other than an element");
    while (isNameChar(xml.charCodeAt(++i)));
    const name = xml.slice(at + 1, i);
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      const before = i;
      let c = xml.charCodeAt(i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c === GREATER) {
        i++;
        break;
      }
      if (c === SLASH) {
        c = xml.charCodeAt(++i);
        if (c !== GREATER) return cutOrNot(c, "a tag");
        i++;
        selfClosing = true;
        break;
      }
      if (!isNameStart(c)) return cutOrNot(c, "a tag");
      if (i === before) throw new NotLean("attributes without space between");
      const keyAt = i;
      while (isNameChar(xml.charCodeAt(++i)));
      const key = xml.slice(keyAt, i);
      c = xml.charCodeAt(i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c !== EQUALS) return cutOrNot(c, "an attribute");
      c = xml.charCodeAt(++i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c !== QUOTE && c !== APOSTROPHE) return cutOrNot(c, "an attribute");
      const valueAt = i + 1;
      i = xml.indexOf(c === QUOTE ? '"' : "'", valueAt);
      if (i < 0) return -1;
      for (let k = valueAt; k < i; k++) {
        const v = xml.charCodeAt(k);
        // What XML does not allow, and the tab and newline saxes would turn into spaces.
        if (v < 0x20 || v === LESS || v === 0xfffe || v === 0xffff) throw new NotLean("an attribute value");
      }
      // "__proto__" would not be an attribute of a plain object.
      if (Object.hasOwn(attrs, key) || key === "__proto__") throw new NotLean("an attribute twice");
      attrs[key] = decode(xml.slice(valueAt, i));
      i++;
    }
    if (this.open.length === 0 && this.rootSeen) throw new NotLean("a second root element");
    if (this.open.length + 1 > this.limits.xmlDepth)
      throw new LimitExceeded("xmlDepth", this.limits.xmlDepth, undefined, this.where);
    this.rootSeen = true;
    const local = localName(name);
    this.handlers.open?.(local, attrs);
    if (selfClosing) this.closed(local);
    else this.open.push(name);
    return i;
  }

  /**
   * The cell at `at` given whole to the handlers (XmlHandlers.cell); the index after it, or 0 when
   * it is not given so: another shape, cut off by the chunk's end, nested past the depth limit.
   */
  private wholeCell(xml: string, at: number): number {
    const { handlers } = this;
    if (handlers.cell === undefined || this.open.length === 0 || this.open.length + 2 > this.limits.xmlDepth)
      return 0;
    WHOLE_CELL.lastIndex = at;
    const m = WHOLE_CELL.exec(xml);
    const after = WHOLE_CELL.lastIndex;
    if (m === null || !handlers.cell(m[1], m[2], m[3], m[4])) return 0;
    if (handlers.enough?.()) this.stopped = true;
    return after;
  }

  /** The shared string at `at` given whole to the handlers (XmlHandlers.sharedString), as wholeCell. */
  private wholeString(xml: string, at: number): number {
    const { handlers } = this;
    if (
      handlers.sharedString === undefined ||
      this.open.length === 0 ||
      this.open.length + 2 > this.limits.xmlDepth
    )
      return 0;
    WHOLE_STRING.lastIndex = at;
    const m = WHOLE_STRING.exec(xml);
    if (m === null) return 0;
    const after = WHOLE_STRING.lastIndex;
    const raw = m[1] as string;
    if (NOT_IN_TEXT.test(raw)) throw new NotLean("a character saxes refuses or changes");
    if (!handlers.sharedString(decode(raw))) return 0;
    if (handlers.enough?.()) this.stopped = true;
    return after;
  }

  /** The end tag at `at`, as startTag. */
  private endTag(xml: string, at: number): number {
    let i = at + 2;
    let c = xml.charCodeAt(i);
    if (!isNameStart(c)) return cutOrNot(c, "a closing tag");
    while (isNameChar((c = xml.charCodeAt(++i))));
    const name = xml.slice(at + 2, i);
    while (isSpace(c)) c = xml.charCodeAt(++i);
    if (c !== GREATER) return cutOrNot(c, "a closing tag");
    if (this.open.pop() !== name) throw new NotLean("a closing tag that does not match");
    this.closed(localName(name));
    return i + 1;
  }

  private closed(local: string): void {
    this.handlers.close?.(local);
    if (this.handlers.enough?.()) this.stopped = true;
  }

  private text(raw: string): void {
    if (this.open.length === 0) {
      if (!WHITESPACE.test(raw)) throw new NotLean("text outside the root element");
      // saxes gives whitespace outside the root as text too. The chunk's end never cuts it: text
      // up to a cut is kept for the next chunk.
      this.handlers.text?.(raw.includes("\r") ? raw.replace(CARRIAGE_RETURN, "\n") : raw);
      return;
    }
    if (NOT_IN_TEXT.test(raw)) throw new NotLean("a character saxes refuses or changes");
    this.handlers.text?.(decode(raw));
  }
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
