"""The `smallsteps` command: a command runs headless; no command opens the program.

Qt is imported only when the window is wanted, so commands start fast and need no display.
"""

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from planner import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help", "--version"} & set(argv):
        # Only the options before a command: if nothing else is given, the window opens
        # without building every command's parser first.
        args, rest = cli.build_parser(commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            from ui.app import run_app

            return run_app(args)
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.main(argv)
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
