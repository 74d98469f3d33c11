/**
 * The value of a cell formula made of what IIJ Figures writes into workbooks: numbers, text, cell
 * references, IIJ.* calls and + - * / ^ with parentheses (=IIJ.REVENUE(C$3,$B4,$B$3),
 * =IIJ.GROSSPROFIT(...)/IIJ.REVENUE(...)). The refresh change list uses it to say what a cell
 * will show before anything is recalculated. Anything else (other functions, ranges, &) gives
 * `undefined`: Excel will know, the pane does not guess.
 */

/** A cell's value as Range.values gives it ("" for an empty cell), an error as its code. */
export type CellShown = number | string | boolean | { readonly error: string };

export interface FormulaContext {
  /** The value of a referenced cell, the reference as written ("$B$3", "'Balance sheet'!B2"). */
  ref(address: string): CellShown;
  /** The value of IIJ.<name>(args), an omitted argument `undefined`; throws Unsupported for a list. */
  call(name: string, args: readonly (CellShown | undefined)[]): CellShown;
}

export class Unsupported extends Error {}

type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "ref"; text: string }
  | { kind: "call"; name: string }
  | { kind: "op"; text: string };

const TOKEN = new RegExp(
  [
    String.raw`(?<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)`,
    String.raw`(?<string>"(?:[^"]|"")*")`,
    String.raw`(?<call>(?:IIJ\.|_xldudf_IIJ_)(?<name>[A-Za-z]+)\s*\()`,
    String.raw`(?<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d{1,7}(?![\w(:!]))`,
    String.raw`(?<op>[-+*/^(),])`,
    String.raw`(?<space>\s+)`,
  ].join("|"),
  "y"
);

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const text = formula.replace(/^=/, "");
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match?.groups)
      throw new Unsupported(`not read: ${text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 20)}`);
    const g = match.groups;
    if (g.number !== undefined) tokens.push({ kind: "number", value: Number(g.number) });
    else if (g.string !== undefined)
      tokens.push({ kind: "string", value: g.string.slice(1, -1).replace(/""/g, '"') });
    else if (g.call !== undefined) tokens.push({ kind: "call", name: g.name.toUpperCase() });
    else if (g.ref !== undefined) tokens.push({ kind: "ref", text: g.ref });
    else if (g.op !== undefined) tokens.push({ kind: "op", text: g.op });
  }
  return tokens;
}

function isError(value: CellShown | undefined): value is { readonly error: string } {
  return typeof value === "object" && value !== null;
}

/** Excel's arithmetic on a value: empty is 0, TRUE is 1, numeric text is its number. */
function toNumber(value: CellShown): number | { readonly error: string } {
  if (isError(value)) return value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === "") return 0;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function arithmetic(op: string, a: CellShown, b: CellShown): CellShown {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? { error: "#DIV/0!" } : x / y;
    default: {
      const power = x ** y;
      return Number.isFinite(power) ? power : { error: "#NUM!" };
    }
  }
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly context: FormulaContext
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === "op" && t.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) throw new Unsupported(`expected ${text}`);
    this.at++;
  }

  parse(): CellShown {
    const value = this.sum();
    if (this.at < this.tokens.length) throw new Unsupported("trailing input");
    return value;
  }

  /** Operands of `next` joined by any of `ops`, left to right. */
  private chain(ops: readonly string[], next: () => CellShown): CellShown {
    let value = next();
    for (let op = this.opAmong(ops); op; op = this.opAmong(ops)) {
      this.at++;
      value = arithmetic(op, value, next());
    }
    return value;
  }

  private opAmong(ops: readonly string[]): string | undefined {
    return ops.find((op) => this.isOp(op));
  }

  private sum(): CellShown {
    return this.chain(["+", "-"], () => this.product());
  }

  private product(): CellShown {
    return this.chain(["*", "/"], () => this.power());
  }

  /** Excel applies a sign before ^: =-2^2 is 4. */
  private power(): CellShown {
    return this.chain(["^"], () => this.signed());
  }

  private signed(): CellShown {
    if (this.isOp("-")) {
      this.at++;
      return arithmetic("-", 0, this.signed());
    }
    if (this.isOp("+")) {
      this.at++;
      return this.signed();
    }
    return this.primary();
  }

  private primary(): CellShown {
    const token = this.tokens[this.at++];
    if (!token) throw new Unsupported("unexpected end");
    switch (token.kind) {
      case "number":
      case "string":
        return token.value;
      case "ref":
        return this.context.ref(token.text);
      case "call":
        return this.call(token.name);
      case "op":
        if (token.text !== "(") throw new Unsupported(`unexpected ${token.text}`);
        {
          const value = this.sum();
          this.expect(")");
          return value;
        }
    }
  }

  private call(name: string): CellShown {
    const args: (CellShown | undefined)[] = [];
    if (this.isOp(")")) {
      this.at++;
    } else {
      for (;;) {
        args.push(this.isOp(",") || this.isOp(")") ? undefined : this.sum());
        if (this.isOp(")")) break;
        this.expect(",");
      }
      this.at++;
    }
    const error = args.find(isError);
    return error ?? this.context.call(name, args);
  }
}

/** The formula's value, or `undefined` when it holds something beyond what this reads. */
export function evaluateFormula(formula: string, context: FormulaContext): CellShown | undefined {
  try {
    return new Parser(tokenize(formula), context).parse();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
