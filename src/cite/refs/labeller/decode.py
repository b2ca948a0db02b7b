"""The CRF's labels for many references at once, scored from the exported weights (weights.py), no strings.

A token's score for each label is a sum of weight rows: its word's own features and what each neighbour sees
of its word (summed once per distinct word and kept: `own`, `near`), plus its context features (`token_context`,
the same code that writes them as strings for crfsuite, here writing weight rows; summed once per distinct
context). Viterbi with the model's transitions then runs one numpy step per token position over every
reference of the chunk still that long. The labels are crfsuite's (`Tagger.tag`), ties aside:
tests/refs/labeller/test_decode.py. crfsuite's tagger spends ~150 µs a reference turning feature strings into
attribute ids; here a reference costs 70-100 µs, its context features included (2026-12-02).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np

from cite.refs.labeller.features import ITALIC_NEAR, WINDOW, _word, literals, token_context
from cite.refs.labeller.tokens import TOKEN, Token
from cite.refs.labeller.weights import Weights

#: How many word rows the tables start with; they double when full.
START_ROWS = 4096
#: The word row standing for a neighbour past either end of the reference ("-1:edge").
EDGE = 0
#: How many distinct words (880 bytes a row) and contexts (176) are kept summed (the bench's 4,780 test strings
#: have 19,058 words); past that their tables start again, from `START_ROWS`: they grow to at most 65,536 rows,
#: about 70 MB.
MAX_KEPT = 1 << 15
#: How many references are scored and decoded together: enough that numpy's per-call cost is spread thin, few
#: enough that a step's (labels, labels, references) array stays in the processor's cache.
CHUNK = 256
#: How many feature lists are summed at once when new words or contexts come (`Decoder._sums`).
SUM_BLOCK = 512


class Decoder:
    """Labels batches of tokenised references with one model's weights."""

    def __init__(self, weights: Weights) -> None:
        self.labels = weights.labels
        self.label_names = np.array(weights.labels, dtype=object)
        n_labels = len(weights.labels)
        self.state = np.vstack([np.zeros((1, n_labels)), weights.state])  # row 0: a feature the model lacks
        self.transition = weights.transition
        self.rows = {name: row for row, name in enumerate(weights.attributes, 1)}
        self.row_of = lambda feature: self.rows.get(feature, 0)
        self.literal = literals(self.row_of)
        self.ital = self.state[[self.row_of(feature) for feature in ITALIC_NEAR]]  # a neighbour in italics
        # kind -> text -> (`_word`, its row in the tables, from 1): by kind first, so no (text, kind) key is made
        self.words: dict[str, dict[str, tuple]] = {kind: {} for kind in TOKEN.groupindex}
        self.word_count = 0
        self.own = np.zeros((START_ROWS, n_labels))  # per word row: the sum of its own features' weights
        self.near = np.zeros((START_ROWS, len(WINDOW), n_labels))  # per row and slot: what a neighbour sees
        self.near[EDGE] = [self.state[list(edge)].sum(axis=0) for edge in self.literal.edge]
        self.pending: list[tuple] = []  # the entries of words given a row whose weights are not summed yet
        self.contexts: dict[tuple[int, ...], int] = {}  # a token's context features (rows) -> its row in `context`
        self.context = np.zeros((START_ROWS, n_labels))  # per context row: the sum of its features' weights
        self.pending_contexts: list[tuple[int, ...]] = []

    def tag(self, items: Sequence[tuple[Sequence[Token], str, Sequence[tuple[int, int]]]]) -> list[list[str]]:
        """The labels of each (tokens, text, italic) item's tokens; an item without tokens gets []. Chunks are
        of items of about one length (taken in order of length), so that few positions are decoded for few items."""
        order = sorted(range(len(items)), key=lambda index: len(items[index][0]))
        out: list[list[str]] = [[] for _ in items]
        for start in range(0, len(order), CHUNK):
            chunk = order[start : start + CHUNK]
            for index, tags in zip(chunk, self._tag([items[index] for index in chunk]), strict=True):
                out[index] = tags
        return out

    def _tag(self, items: Sequence[tuple[Sequence[Token], str, Sequence[tuple[int, int]]]]) -> list[list[str]]:
        words, contexts, italics, lengths = [], [], [], []
        if self.word_count > MAX_KEPT:
            for of_kind in self.words.values():
                of_kind.clear()
            self.word_count = 0
            self.own, self.near = self.own[:START_ROWS].copy(), self.near[:START_ROWS].copy()  # row 0: the edge
        if len(self.contexts) > MAX_KEPT:
            self.contexts.clear()
            self.context = self.context[:START_ROWS].copy()
        known, literal, seen_contexts = self.words, self.literal, self.contexts
        for tokens, text, italic in items:
            if not tokens:
                lengths.append(0)
                continue
            # each entry is a token's `_word` and its row
            entries = [known[kind].get(word) or self._add(word, kind) for word, _, _, kind in tokens]
            known_words, rows = zip(*entries, strict=True)
            context, in_italic = token_context(tokens, text, italic, known_words, literal)
            keys = list(map(tuple, context))
            found = list(map(seen_contexts.get, keys))
            if None in found:
                found = [self._add_context(key) if row is None else row for key, row in zip(keys, found, strict=True)]
            words += rows
            contexts += found
            italics += in_italic
            lengths.append(len(tokens))
        if self.pending:
            self._sum_pending()
        if self.pending_contexts:
            self._sum_pending_contexts()
        if not words:
            return [[] for _ in items]
        scores = self._scores(np.array(words), np.array(contexts), np.array(italics), lengths)
        return self._viterbi(scores, lengths)

    def _add(self, text: str, kind: str) -> tuple:
        self.word_count += 1
        entry = self.words[kind][text] = (_word(text, kind), self.word_count)  # row 0 is the `EDGE`
        self.pending.append(entry)
        return entry

    def _add_context(self, features: tuple[int, ...]) -> int:
        """The context's row, a new one (to be summed) if it has none: it may come twice in one reference."""
        row = self.contexts.get(features)
        if row is None:
            row = self.contexts[features] = len(self.contexts)
            self.pending_contexts.append(features)
        return row

    def _sum_pending_contexts(self) -> None:
        """Sum the weights of the contexts given rows since the last batch (every one has a position feature)."""
        self.context = _grown(self.context, len(self.contexts))
        first = self.contexts[self.pending_contexts[0]]
        rows = np.fromiter(chain.from_iterable(self.pending_contexts), dtype=np.intp)
        self.context[first : first + len(self.pending_contexts)] = self._sums(
            rows, list(map(len, self.pending_contexts))
        )
        self.pending_contexts = []

    def _sum_pending(self) -> None:
        """Sum the weights of the words given rows since the last batch: own features, then per slot (in italics,
        the slot's "ital" feature is added to it, as it ends a word's `near_italic`)."""
        self.own, self.near = _grown(self.own, self.word_count + 1), _grown(self.near, self.word_count + 1)
        parts: list[tuple[str, ...]] = []
        for word, _ in self.pending:
            parts.append(word.own)
            parts += word.near  # every part has features: s= and sh= at least
        features = list(chain.from_iterable(parts))
        rows = np.fromiter(map(self.rows.get, features, repeat(0)), dtype=np.intp, count=len(features))
        sums = self._sums(rows, list(map(len, parts))).reshape(len(self.pending), 1 + len(WINDOW), -1)
        first = self.pending[0][1]
        self.own[first : first + len(self.pending)] = sums[:, 0]
        self.near[first : first + len(self.pending)] = sums[:, 1:]
        self.pending = []

    def _sums(self, rows: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """(lists, labels): the weights of each list of feature rows summed (`rows` one after the other, every list
        of at least one), a block of lists at a time, so that their weight rows stay in the processor's cache."""
        starts = np.cumsum([0, *lengths])
        out = np.empty((len(lengths), len(self.labels)))
        for block in range(0, len(lengths), SUM_BLOCK):
            stop = min(block + SUM_BLOCK, len(lengths))
            weights = self.state[rows[starts[block] : starts[stop]]]
            out[block:stop] = np.add.reduceat(weights, starts[block:stop] - starts[block])
        return out

    def _scores(self, words, contexts, italics, lengths: list[int]) -> np.ndarray:
        """(tokens, labels): each token's state score, all the batch's tokens in a row."""
        scores = self.own[words] + self.context[contexts]
        n = np.repeat(lengths, lengths)
        position = np.arange(len(words)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        any_italic = italics.any()
        for slot, offset in enumerate(WINDOW):
            inside = (position + offset >= 0) & (position + offset < n)
            at = np.clip(np.arange(len(words)) + offset, 0, len(words) - 1)
            scores += self.near[np.where(inside, words[at], EDGE), slot]  # past either end: the edge's features
            if any_italic:
                scores += (italics[at] & inside)[:, None] * self.ital[slot]
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
        columns = self.label_names[path.T].tolist()  # each reference's labels, padded to the longest
        return [columns[at][:n] for at, n in zip(rank.tolist(), lengths, strict=True)]


def _grown(table: np.ndarray, rows: int) -> np.ndarray:
    """The table with room for `rows` rows (twice its size, at least), or itself when it has room."""
    if rows <= len(table):
        return table
    return np.concatenate([table, np.zeros((max(rows, 2 * len(table)) - len(table), *table.shape[1:]))])
