"""The `smallsteps` command: a command runs headless; no command opens the program.

Qt is imported only when the window is wanted, so commands start fast and need no display.
"""

import sys
from collections.abc import Sequence


def window_defaults():
    """What the command line gives the window when nothing is typed after `smallsteps` (the
    options before a command, all unset: tests/test_launcher.py keeps it equal to the parser's)."""
    from argparse import Namespace

    return Namespace(data_dir=None, database_url=None, passphrase_file=None, command=None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # the window, as a person opens it: no parser to build before the first paint
        from ui.app import run_app

        return run_app(window_defaults())
    from planner import cli

    if not {"-h", "--help", "--version"} & set(argv):
        # Only the options before a command: if nothing else is given, the window opens
        # without building every command's parser first.
        args, rest = cli.build_parser(commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            from ui.app import run_app

            return run_app(args)
    return cli.main(argv)  # a command (or help): it says itself what is missing


if __name__ == "__main__":
    sys.exit(main())
