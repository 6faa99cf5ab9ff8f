"""Find resources/ in a source checkout, an installed wheel or a PyInstaller bundle."""
import sys
from pathlib import Path


def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = []
    if hasattr(sys, "_MEIPASS"):
        candidates.append(Path(sys._MEIPASS) / "resources")
    candidates += [here / "_resources", here.parent / "resources"]
    for c in candidates:
        if (c / "tfvisual.desktop").is_file():
            return c
    raise FileNotFoundError("tfvisual resources not found in " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
