import sys

from tfvisual.app import main

sys.exit(main())
