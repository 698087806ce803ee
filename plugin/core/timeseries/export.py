"""The series as a table: one row per field and date (and per field that has no date, with its message), and as CSV."""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from .model import FAILED, SeriesResult

COLUMNS = ("feature_id", "label", "date", "acquired", "content", "unit", "tile", "product", "status", "mean", "median",
           "std", "valid", "total", "valid_fraction", "message")


def rows(result: SeriesResult) -> Iterator[dict]:
    """Every observation as a row of COLUMNS (None for no value; `date` a date, `acquired` a datetime in UTC); what
    went wrong with a field as a whole (outside every product...) as one more row of it with status 'failed' and no
    date, so that no field disappears from the table."""
    for series in result.series:
        common = {"feature_id": series.field.id, "label": series.field.label, "content": result.content,
                  "unit": result.unit}
        for observation in series.observations:
            yield {**common, "date": observation.acquired.date(), "acquired": observation.acquired, "tile": observation.tile,
                   "product": observation.product, "status": observation.status, "mean": observation.mean,
                   "median": observation.median, "std": observation.std, "valid": observation.valid,
                   "total": observation.total,
                   "valid_fraction": observation.valid_fraction if observation.total else None,
                   "message": observation.message}
        if series.problems:
            yield {**common, "date": None, "acquired": None, "tile": None, "product": None, "status": FAILED,
                   "mean": None, "median": None, "std": None, "valid": 0, "total": 0, "valid_fraction": None,
                   "message": " ".join(problem.user_text() for problem in series.problems)}


def write_csv(result: SeriesResult, path: str | Path) -> Path:
    """Write the table as CSV (UTF-8, comma-separated, '.' decimals, empty cells for no value). The file is written
    under a temporary name beside it and renamed when complete: an existing file is replaced only whole."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(temporary, "w", newline="", encoding="utf-8") as stream:
            writer = csv.DictWriter(stream, COLUMNS)
            writer.writeheader()
            for row in rows(result):
                writer.writerow({key: _text(value) for key, value in row.items()})
        os.replace(temporary, path)
    except OSError as error:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise PluginError(QT_TRANSLATE_NOOP("@default", "'{path}' cannot be written: choose another file or folder."),
                          detail=error.strerror or "", path=path) from None
    return path


def _text(value) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return value
