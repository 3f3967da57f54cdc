"""docparse is a library on its own: importing it pulls in neither Django nor the danvan project."""

import subprocess
import sys


def test_importing_docparse_loads_no_django():
    code = "import docparse, sys; assert not any(m.startswith(('django','danvan')) for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)
