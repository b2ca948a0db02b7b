"""The CRF's weights exported from model.crfsuite into model.npz, for scoring tokens without feature strings.

crfsuite trains the model and stays the reference tagger; tagging through it costs a string -> attribute lookup
per feature (~525 per reference), more than the whole budget of the batch decoder (`decode.py`). So the
weights are exported once, when the model is trained (train.py; `make weights` for a model put in by hand):
the attribute names come from `Tagger.info()` (0.5-3 s, too slow for every start), the weights themselves from
the model file's feature chunk, as exact doubles (`info()` prints them to six decimals, which could change a
label).
Written deterministically: the same model gives the same bytes (tests/refs/labeller/test_weights.py).
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
from pathlib import Path
from typing import NamedTuple

import numpy as np

from cite.refs.labeller import MODEL

WEIGHTS = MODEL.with_suffix(".npz")
#: crfsuite's CRF1d model header (crf1dm.c): magic, size, type, version, counts, then the chunk offsets.
HEADER = struct.Struct("<4sI4sIIIIIIIII")
#: A chunk's head: its id ("FEAT"), size and number of items.
CHUNK = struct.Struct("<4sII")
#: One feature of the "FEAT" chunk: type (0 state: attribute -> label, 1 transition: label -> label), source,
#: destination and weight.
FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
#: The zip entries' fixed date, so that writing the same weights twice gives the same file.
EPOCH = (1980, 1, 1, 0, 0, 0)


class Weights(NamedTuple):
    """A CRF's labels (in crfsuite's id order), attributes and weights."""

    labels: tuple[str, ...]
    attributes: tuple[str, ...]
    state: np.ndarray  # (attributes, labels): an attribute's weight for each label
    transition: np.ndarray  # (labels, labels): from the previous token's label to this one's


def from_model(path: Path = MODEL) -> Weights:
    """The weights of a crfsuite model file (its attribute and label names through pycrfsuite)."""
    import pycrfsuite

    data = path.read_bytes()
    magic, _, kind, _, _, n_labels, n_attributes, features_at, *_ = HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path} is not a crfsuite CRF1d model")
    chunk, _, count = CHUNK.unpack_from(data, features_at)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature chunk where the header points")
    features = np.frombuffer(data, dtype=FEATURE, count=count, offset=features_at + CHUNK.size)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    labels = _by_id(info.labels, n_labels)
    attributes = _by_id(info.attributes, n_attributes)
    state = np.zeros((n_attributes, n_labels))
    transition = np.zeros((n_labels, n_labels))
    for table, kind_id in ((state, 0), (transition, 1)):
        chosen = features[features["type"] == kind_id]
        table[chosen["src"], chosen["dst"]] = chosen["weight"]
    return Weights(labels, attributes, state, transition)


def _by_id(names: dict[str, str], count: int) -> tuple[str, ...]:
    """crfsuite's {name: "id"} as names in id order."""
    ordered = sorted(names, key=lambda name: int(names[name]))
    if [int(names[name]) for name in ordered] != list(range(count)):
        raise ValueError("crfsuite's names do not cover its ids")
    return tuple(ordered)


def write(weights: Weights, out: Path = WEIGHTS) -> None:
    """Write the weights as a .npz (sparse state weights), byte for byte the same for the same weights."""
    attribute, label = np.nonzero(weights.state)
    arrays = {
        "labels": np.array(weights.labels),
        "attributes": np.array(weights.attributes),
        "state_attribute": attribute.astype("<i4"),
        "state_label": label.astype("<i2"),
        "state_weight": weights.state[attribute, label].astype("<f8"),
        "transition": weights.transition.astype("<f8"),
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", EPOCH), buffer.getvalue(), zipfile.ZIP_DEFLATED)


def read(path: Path = WEIGHTS) -> Weights:
    """The weights `write` wrote."""
    with np.load(path, allow_pickle=False) as arrays:
        labels = tuple(arrays["labels"].tolist())
        attributes = tuple(arrays["attributes"].tolist())
        state = np.zeros((len(attributes), len(labels)))
        state[arrays["state_attribute"], arrays["state_label"]] = arrays["state_weight"]
        return Weights(labels, attributes, state, arrays["transition"].copy())


def main(argv: list[str] | None = None) -> int:
    """Export `model.crfsuite`'s weights (or a given model's, to a given file)."""
    args = sys.argv[1:] if argv is None else argv
    model = Path(args[0]) if args else MODEL
    out = Path(args[1]) if len(args) > 1 else model.with_suffix(".npz")
    write(from_model(model), out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
