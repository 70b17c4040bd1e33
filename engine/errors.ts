/**
 * The one error type the engine throws for bad input: it carries a stable code, the file and
 * the place (JSON pointer or line:column), so the CLI prints one line and exits 2, never a stack.
 */
export type InputErrorCode =
  | 'E_NOT_FOUND'
  | 'E_IS_DIRECTORY'
  | 'E_NOT_A_FILE'
  | 'E_TOO_LARGE'
  | 'E_READ'
  | 'E_EMPTY'
  | 'E_ENCODING'
  | 'E_JSON_SYNTAX'
  | 'E_DUPLICATE_KEY'
  | 'E_TOO_DEEP'
  | 'E_TOO_LARGE'
  | 'E_SCHEMA'
  | 'E_SCHEMA_VERSION'
  | 'E_RULE_FILE'
  | 'E_CONFIG'
  | 'E_USAGE';

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly file?: string;
  /** JSON pointer (/services/items/W3SVC/status) or line:column, when the problem has a place. */
  readonly place?: string;

  constructor(code: InputErrorCode, message: string, options: { file?: string; place?: string } = {}) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.file = options.file;
    this.place = options.place;
  }

  /** One line for a terminal: `file: at /pointer: message`. */
  toLine(): string {
    const where = [this.file, this.place ? `at ${this.place}` : undefined].filter(Boolean).join(': ');
    return where ? `${where}: ${this.message}` : this.message;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
