"""`python -m jobx`: the same as the `jobx` command."""

from jobx.entry import main

if __name__ == "__main__":
    main()
