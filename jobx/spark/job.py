"""`jobx spark` for spark-submit, which runs a Python file rather than a command:

    spark-submit $(python -c 'import jobx.spark, os; print(os.path.dirname(jobx.spark.__file__))')/job.py \\
        postings.parquet --text-col description --out parsed.parquet

takes the arguments of `jobx spark` and the master and settings spark-submit gives.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from jobx.cli import main

    sys.argv = ["jobx", "spark", *sys.argv[1:]]
    main()
