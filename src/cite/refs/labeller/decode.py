"""The CRF's labels for many references at once, scored from the exported weights (weights.py), no strings.

A token's score for each label is a sum of weight rows: its word's own features and what each neighbour sees
of its word (summed once per distinct word and kept, `_Table`), plus its context features (`token_context`,
the same code that writes them as strings for crfsuite, here writing weight rows). Viterbi with the model's
transitions then runs one numpy step per token position over every reference of the batch still that long.
The labels are crfsuite's (`Tagger.tag`), ties aside: tests/refs/labeller/test_decode.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from cite.refs.labeller.features import ITALIC_NEAR, WINDOW, _word, literals, token_context
from cite.refs.labeller.tokens import Token
from cite.refs.labeller.weights import Weights

#: How many word rows the tables start with; they double when full.
START_ROWS = 4096
#: How many distinct words are kept summed (880 bytes each); past that the tables start again.
MAX_WORDS = 1 << 16
#: How many references are scored and decoded together: enough that numpy's per-call cost is spread thin, few
#: enough that a step's (references, labels, labels) array stays in the processor's cache.
CHUNK = 256


class Decoder:
    """Labels batches of tokenised references with one model's weights."""

    def __init__(self, weights: Weights) -> None:
        self.labels = weights.labels
        n_labels = len(weights.labels)
        self.state = np.vstack([np.zeros((1, n_labels)), weights.state])  # row 0: a feature the model lacks
        self.transition = weights.transition
        rows = {name: row for row, name in enumerate(weights.attributes, 1)}
        self.row_of = lambda feature: rows.get(feature, 0)
        self.literal = literals(self.row_of)
        self.edge = np.array([self.state[list(edge)].sum(axis=0) for edge in self.literal.edge])
        self.ital = self.state[[self.row_of(feature) for feature in ITALIC_NEAR]]  # a neighbour in italics
        self.words: dict[tuple[str, str], tuple] = {}  # (text, kind) -> (`_word`, its row in the tables)
        self.own = np.zeros((START_ROWS, n_labels))  # per word row: the sum of its own features' weights
        self.near = np.zeros((START_ROWS, len(WINDOW), n_labels))  # per row and slot: what a neighbour sees
        self.pending: list[tuple[str, str]] = []  # words given a row whose weights are not summed yet

    def tag(self, items: Sequence[tuple[Sequence[Token], str, Sequence[tuple[int, int]]]]) -> list[list[str]]:
        """The labels of each (tokens, text, italic) item's tokens; an item without tokens gets []."""
        return [tags for start in range(0, len(items), CHUNK) for tags in self._tag(items[start : start + CHUNK])]

    def _tag(self, items: Sequence[tuple[Sequence[Token], str, Sequence[tuple[int, int]]]]) -> list[list[str]]:
        words, flat, counts, italics, lengths = [], [], [], [], []
        if len(self.words) > MAX_WORDS:
            self.words.clear()
        known, literal = self.words, self.literal
        for tokens, text, italic in items:
            entries = [known.get((token[0], token[3])) or self._add(token[0], token[3]) for token in tokens]
            context, in_italic = token_context(tokens, text, italic, [entry[0] for entry in entries], literal)
            words.extend(entry[1] for entry in entries)
            for features in context:
                flat.extend(features)
                counts.append(len(features))
            italics.extend(in_italic)
            lengths.append(len(tokens))
        if self.pending:
            self._sum_pending()
        if not words:
            return [[] for _ in items]
        scores = self._scores(np.array(words), np.array(flat), np.array(counts), np.array(italics), lengths)
        return self._viterbi(scores, lengths)

    def _add(self, text: str, kind: str) -> tuple:
        entry = (_word(text, kind), len(self.words))
        self.words[text, kind] = entry
        self.pending.append((text, kind))
        return entry

    def _sum_pending(self) -> None:
        """Sum the weights of the words given rows since the last batch: own features, then per slot (in italics,
        the slot's "ital" feature is added to it, as it ends a word's `near_italic`)."""
        if len(self.words) > len(self.own):
            size = max(len(self.words), 2 * len(self.own))
            self.own = np.concatenate([self.own, np.zeros((size - len(self.own), *self.own.shape[1:]))])
            self.near = np.concatenate([self.near, np.zeros((size - len(self.near), *self.near.shape[1:]))])
        parts: list[tuple[str, ...]] = []
        for key in self.pending:
            word = self.words[key][0]
            parts.append(word.own)
            parts += word.near  # every part has features: s= and sh= at least
        rows = np.array([self.row_of(feature) for part in parts for feature in part])
        starts = np.cumsum([0] + [len(part) for part in parts[:-1]])
        sums = np.add.reduceat(self.state[rows], starts).reshape(len(self.pending), 1 + len(WINDOW), -1)
        first = self.words[self.pending[0]][1]
        self.own[first : first + len(self.pending)] = sums[:, 0]
        self.near[first : first + len(self.pending)] = sums[:, 1:]
        self.pending = []

    def _scores(self, words, flat, counts, italics, lengths: list[int]) -> np.ndarray:
        """(tokens, labels): each token's state score, all the batch's tokens in a row."""
        scores = self.own[words] + np.add.reduceat(self.state[flat], np.cumsum(counts) - counts)
        n = np.repeat(lengths, lengths)
        position = np.arange(len(words)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        for slot, offset in enumerate(WINDOW):
            inside = (position + offset >= 0) & (position + offset < n)
            at = np.clip(np.arange(len(words)) + offset, 0, len(words) - 1)
            seen = self.near[words[at], slot] + italics[at, None] * self.ital[slot]
            scores += np.where(inside[:, None], seen, self.edge[slot])
        return scores

    def _viterbi(self, scores: np.ndarray, lengths: list[int]) -> list[list[str]]:
        """The best label sequence of each reference. The references run longest first, so the ones still going
        at position t are the first `alive[t]`; the forward pass keeps only each step's best scores (labels ×
        references, contiguous over references), and the way back finds the one previous label each path came
        from, the first of equal ones, as crfsuite does."""
        order = np.argsort(-np.array(lengths), kind="stable")
        ordered = np.array(lengths)[order]
        longest, count = int(ordered[0]), len(lengths)
        alive = [int(np.count_nonzero(ordered > t)) for t in range(longest)]
        rank = np.empty(count, dtype=np.intp)
        rank[order] = np.arange(count)
        ends = np.cumsum(lengths)
        position = np.arange(len(scores)) - np.repeat(ends - lengths, lengths)
        padded = np.zeros((longest, count, len(self.labels)))
        padded[position, np.repeat(rank, lengths)] = scores
        best = np.ascontiguousarray(padded.transpose(0, 2, 1))  # (position, label, reference): scores, then the best
        into = self.transition[:, :, None]  # (previous label, label, 1)
        for t in range(1, longest):
            k = alive[t]
            best[t, :, :k] += np.maximum.reduce(best[t - 1, :, None, :k] + into, axis=0)
        current = best[ordered - 1, :, np.arange(count)].argmax(axis=1)  # each reference's last label
        path = np.zeros((longest, count), dtype=np.intp)
        for t in range(longest - 1, -1, -1):
            k = alive[t]
            path[t, :k] = current[:k]
            if t:
                current[:k] = (best[t - 1, :, :k] + self.transition[:, current[:k]]).argmax(axis=0)
        labels = self.labels
        columns = path.T.tolist()
        return [[labels[label] for label in columns[rank[i]][:n]] for i, n in enumerate(lengths)]
