"""The weights shipped beside the model (model.npz) are the model's, exactly, and written deterministically."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cite.refs import labeller
from cite.refs.labeller import weights

pytestmark = pytest.mark.skipif(not labeller.available(), reason="no labeller model installed")


def test_the_shipped_weights_are_those_of_the_shipped_model(tmp_path: Path) -> None:
    shipped, exported = weights.read(), weights.from_model()
    assert shipped.labels == exported.labels and shipped.attributes == exported.attributes
    assert np.array_equal(shipped.state, exported.state)
    assert np.array_equal(shipped.transition, exported.transition)
    # deterministic: written twice, the same bytes (not compared with the shipped file, whose deflated bytes
    # depend on the zlib build that wrote it; its arrays are compared above)
    weights.write(exported, tmp_path / "once.npz")
    weights.write(exported, tmp_path / "again.npz")
    assert (tmp_path / "again.npz").read_bytes() == (tmp_path / "once.npz").read_bytes()


def test_the_weights_agree_with_what_crfsuite_reports() -> None:
    """crfsuite's own dump (`Tagger.info()`) prints each weight to six decimals: the exact ones round to them."""
    info = labeller._tagger().info()
    exported = weights.read()
    label = {name: index for index, name in enumerate(exported.labels)}
    attribute = {name: index for index, name in enumerate(exported.attributes)}
    state = np.zeros_like(exported.state)
    for (name, to), weight in info.state_features.items():
        state[attribute[name], label[to]] = weight
    transition = np.zeros_like(exported.transition)
    for (source, to), weight in info.transitions.items():
        transition[label[source], label[to]] = weight
    assert np.count_nonzero(exported.state) == len(info.state_features) > 10_000
    assert np.abs(state - exported.state).max() <= 5e-7
    assert np.abs(transition - exported.transition).max() <= 5e-7


def test_a_file_that_is_not_a_crfsuite_model_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.crfsuite"
    bogus.write_bytes(b"\0" * 64)
    with pytest.raises(ValueError, match="not a crfsuite"):
        weights.from_model(bogus)
