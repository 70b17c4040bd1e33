/**
 * A typed command module: the command, its description, a yargs builder (options, positionals,
 * `.example()` lines) and the plain `runX(options, io)` it calls. The options type of runX is
 * derived from the builder (`OptionsOf<typeof builder>`), so a parsed argument reaches its command
 * with the type the builder declared: no casts between yargs and the command.
 */
import type { Argv, ArgumentsCamelCase } from 'yargs';
import type { CliIo } from './io.js';

/** Where a command handler leaves its exit code (handlers never call process.exit). */
export type SetExit = (code: number) => void;

/** A command as main() registers it on a yargs instance. */
export interface CliCommand {
  register(parser: Argv, io: CliIo, setExit: SetExit): Argv;
}

/** A yargs builder: adds positionals, options and examples to a (sub)command's yargs instance. */
export type Builder<A> = (yargs: Argv) => Argv<A>;

type Simplify<T> = { [K in keyof T]: T[K] };
/** 'fail-on' → 'failOn', as yargs camel-cases option names. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
/** Parsed arguments under their camel-case names; one-letter aliases (-f, -o, -q, -v) left out. */
type Named<A> = { [K in keyof A as K extends `${string}${infer Rest}` ? (Rest extends '' ? never : CamelCase<K>) : never]: A[K] };
type Optional<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] };
type Required<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] };

/** The options a builder declares, as runX takes them: camel-case, optional where yargs may leave them undefined. */
export type OptionsOf<B> = B extends Builder<infer A> ? Simplify<Optional<Named<A>> & Required<Named<A>>> : never;

/** A command whose handler calls `run(argv, io)` and hands its exit code to main(). */
export function defineCommand<A>(spec: {
  command: string;
  describe: string;
  builder: Builder<A>;
  run: (options: ArgumentsCamelCase<A>, io: CliIo) => Promise<number>;
}): CliCommand {
  return {
    register: (parser, io, setExit) =>
      parser.command<A>({
        command: spec.command,
        describe: spec.describe,
        builder: spec.builder,
        handler: async (argv) => setExit(await spec.run(argv, io)),
      }),
  };
}

/** A command that only groups subcommands (`rules <command>`). */
export function defineGroup(spec: { command: string; describe: string; subcommands: readonly CliCommand[]; demand: string }): CliCommand {
  return {
    register: (parser, io, setExit) =>
      parser.command({
        command: spec.command,
        describe: spec.describe,
        builder: (yargs: Argv) => spec.subcommands.reduce((y, sub) => sub.register(y, io, setExit), yargs).demandCommand(1, spec.demand),
        handler: () => undefined,
      }),
  };
}
