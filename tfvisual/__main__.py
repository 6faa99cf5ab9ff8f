import multiprocessing
import sys

from tfvisual.app import main

if __name__ == "__main__":   # a spawned training process imports this module too
    multiprocessing.freeze_support()   # in the frozen app, that process is this executable
    sys.exit(main())
