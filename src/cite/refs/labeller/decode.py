"""The CRF's labels for many references at once, scored from the exported weights (weights.py), no strings.

A token's score for each label is a sum of weight rows: its word's own features and what each neighbour sees
of its word (summed once per distinct word and kept: `own`, `near`), plus its context features, the ones
`token_context` writes as strings for crfsuite, here worked out with numpy for every token of a chunk at once
and added kind by kind in `token_context`'s order (`Decoder._context`; tests/refs/labeller/test_decode.py holds
each token's sum to the rows `token_context` gives it). Viterbi with the model's transitions then runs one
numpy step per token position over every reference of the chunk still that long. The labels are crfsuite's
(`Tagger.tag`), ties aside, and the same on the corpus's 75,896 strings as when each token's context was
written out one by one. crfsuite's tagger spends ~150 µs a reference turning feature strings into attribute
ids; here a reference costs about 40-60 µs, its context features included (2026-12-02)."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np

from cite.refs.labeller.features import (
    ITALIC_NEAR,
    OPEN_CLOSE,
    POSITION_BINS,
    ROLE_REACH,
    TYPE_CODE,
    WINDOW,
    _Word,
    _word,
    literals,
)
from cite.refs.labeller.tokens import TOKEN, Token
from cite.refs.labeller.weights import Weights

#: How many word rows the tables start with; they double when full.
START_ROWS = 4096
#: The word row standing for a neighbour past either end of the reference ("-1:edge").
EDGE = 0
#: How many distinct words (880 bytes a row) are kept summed (the bench's 4,780 test strings have 19,058 words);
#: past that their tables start again, from `START_ROWS`: they grow to at most 65,536 rows, about 60 MB.
MAX_KEPT = 1 << 15
#: How many references are scored and decoded together: enough that numpy's per-call cost is spread thin, few
#: enough that a step's (labels, labels, references) array stays in the processor's cache.
CHUNK = 256
#: How many feature lists are summed at once when new words come (`Decoder._sums`).
SUM_BLOCK = 512
#: A quote, bracket or 《》 that opens or closes in `OPEN_CLOSE`: "“", "”", "(", "》".
OPEN_CLOSE_MARK = re.compile(f"[{re.escape(''.join(sorted({*OPEN_CLOSE, *(close for _, close in OPEN_CLOSE.values())})))}]")


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
        self.flags = np.zeros(START_ROWS, dtype=np.uint8)  # per word row: its `_flags`
        # per character code, the row of its "b=" and "a=" features (-1: not looked up yet): 4.4 MB each
        self.char_rows = {prefix: np.full(sys.maxunicode + 1, -1, dtype=np.int32) for prefix in ("b", "a")}

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
        if self.word_count > MAX_KEPT:
            for of_kind in self.words.values():
                of_kind.clear()
            self.word_count = 0
            self.own, self.near = self.own[:START_ROWS].copy(), self.near[:START_ROWS].copy()  # row 0: the edge
            self.flags = self.flags[:START_ROWS].copy()
        known = self.words
        full = [item for item in items if item[0]]
        words, starts, ends = [], [], []
        for tokens, _, _ in full:
            # each entry is a token's `_word` and its row
            words += [(known[kind].get(word) or self._add(word, kind))[1] for word, _, _, kind in tokens]
            starts += [token[1] for token in tokens]
            ends += [token[2] for token in tokens]
        if self.pending:
            self._sum_pending()
        if not full:
            return [[] for _ in items]
        lengths = [len(tokens) for tokens, _, _ in full]
        rows = np.array(words)
        context, italics = self._context(full, rows, starts, np.array(ends), np.array(lengths))
        tags = iter(self._viterbi(self._scores(rows, context, italics, lengths), lengths))
        return [next(tags) if tokens else [] for tokens, _, _ in items]

    def _add(self, text: str, kind: str) -> tuple:
        self.word_count += 1
        word = _word(text, kind)
        entry = self.words[kind][text] = (word, self.word_count)  # row 0 is the `EDGE`
        self.pending.append(entry)
        return entry

    def _context(self, items, rows: np.ndarray, starts_list: list[int], ends: np.ndarray, lengths: np.ndarray):
        """(tokens, labels): each token's context features' weights summed, the features `token_context` writes
        (tests/refs/labeller/test_decode.py holds the two to the same sums), worked out for all the chunk's tokens at
        once; and whether each token is in italics. Each kind of feature is added in `token_context`'s order, so
        that every token's sum is the same sum of the same numbers in the same order."""
        literal, state = self.literal, self.state
        starts = np.array(starts_list)
        count = len(rows)
        first = np.cumsum(lengths) - lengths  # each reference's first token
        n = np.repeat(lengths, lengths)
        index = np.arange(count) - np.repeat(first, lengths)  # a token's place in its reference
        flags = self.flags[rows]
        context = state[np.asarray(literal.positions)[index * POSITION_BINS // n]]
        cue = np.where(flags & CUE, index, n)
        context[index > np.repeat(np.minimum.reduceat(cue, first), lengths)] += state[literal.after_in]
        for at in np.flatnonzero(flags & (ROLE_ED | ROLE_TR)).tolist():  # in order: each role's features in turn
            kind = "ed" if flags[at] & ROLE_ED else "tr"
            low, high = at - index[at], at - index[at] + n[at]
            context[max(low, at - ROLE_REACH) : at] += state[literal.role[kind, "after"]]
            context[at + 1 : min(high, at + ROLE_REACH + 1)] += state[literal.role[kind, "before"]]
        year = (flags & YEAR).astype(bool)
        years = np.cumsum(year)
        years_before = years - year - np.repeat(years[first] - year[first], lengths)
        context[year & (years_before > 0)] += state[literal.year2]
        texts = [text for _, text, _ in items]
        text_of = np.repeat(np.cumsum([0, *map(len, texts)])[:-1], lengths)
        chars = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)  # a lone surrogate too
        size = np.repeat([len(text) for text in texts], lengths)
        before = np.where(starts > 0, chars[np.maximum(text_of + starts - 1, 0)], ord("^"))
        after = np.where(ends < size, chars[np.minimum(text_of + ends, len(chars) - 1)], ord("$"))
        context += state[self._char_rows(before, literal.before, "b")]
        context += state[self._char_rows(after, literal.after, "a")]
        context[(flags & INITIAL).astype(bool) & (after == ord("."))] += state[literal.initial]
        italics = np.zeros(count, dtype=bool)
        codes = np.zeros(count, dtype=bool)
        for (_, text, italic), at, length in zip(items, first.tolist(), lengths.tolist(), strict=True):
            span = slice(at, at + length)
            for a, b in italic:
                italics[span] |= (a <= starts[span]) & (ends[span] <= b)
            if "[" in text:
                for match in TYPE_CODE.finditer(text):
                    codes[span] |= (match.start() <= starts[span]) & (ends[span] <= match.end())
        if italics.any():
            context[italics] += state[literal.ital]
            was = np.concatenate([[False], italics[:-1]])
            was[first] = False
            context[italics != was] += state[literal.ital_edge]
        context[codes] += state[literal.code]
        self._add_marks(context, items, first.tolist(), starts_list)
        context[first] += state[literal.bos]
        context[first + lengths - 1] += state[literal.eos]
        return context, italics

    def _add_marks(self, context: np.ndarray, items, firsts: list[int], starts: list[int]) -> None:
        """The "close" and "in=" features of the quotes, brackets and 《》 of each reference, as `token_context`
        writes them: walked over the marks only (found in the text, then their tokens by their offsets in `starts`,
        every token's start), then added to the tokens between them."""
        closes: list[int] = []
        inside: dict[tuple, list[tuple[int, int]]] = {}  # the kinds open, in order -> the token ranges they cover
        for (tokens, text, _), at in zip(items, firsts, strict=True):
            stack: list[str] = []
            closers: list[str] = []
            open_now: tuple = ()
            since = at
            for match in OPEN_CLOSE_MARK.finditer(text):
                here = bisect_left(starts, match.start(), at, at + len(tokens))  # the mark's token, if it is one
                if here == at + len(tokens) or starts[here] != match.start():
                    continue  # inside a URL or DOI
                mark = match.group()
                if closers and mark == closers[-1]:
                    if open_now:
                        inside.setdefault(open_now, []).append((since, here))
                    closers.pop()
                    stack.pop()
                    closes.append(here)
                    open_now, since = tuple(dict.fromkeys(stack)), here
                if mark in OPEN_CLOSE and len(stack) < 4:
                    if open_now:
                        inside.setdefault(open_now, []).append((since, here + 1))
                    kind, closer = OPEN_CLOSE[mark]
                    stack.append(kind)
                    closers.append(closer)
                    open_now, since = tuple(dict.fromkeys(stack)), here + 1
            if open_now:
                inside.setdefault(open_now, []).append((since, at + len(tokens)))
        state, literal = self.state, self.literal
        context[closes] += state[literal.close]
        for kinds, ranges in inside.items():
            covered = np.concatenate([np.arange(low, high) for low, high in ranges])
            for kind in kinds:
                context[covered] += state[literal.inside[kind]]

    def _char_rows(self, chars: np.ndarray, rows: dict, prefix: str) -> np.ndarray:
        """The row of the "b=" (or "a=") feature of each character code, kept per code in a table (-1: not yet
        looked up), looked up through `rows`, the literal's table, the first time a code comes."""
        table = self.char_rows[prefix]
        found = table[chars]
        if (found < 0).any():
            convert = self.literal.convert
            for code in np.unique(chars[found < 0]).tolist():
                char = chr(code)
                table[code] = rows.get(char) or rows.setdefault(char, convert(f"{prefix}={char}"))
            found = table[chars]
        return found

    def _sum_pending(self) -> None:
        """Sum the weights of the words given rows since the last batch: own features, then per slot (in italics,
        the slot's "ital" feature is added to it, as it ends a word's `near_italic`)."""
        self.own, self.near = _grown(self.own, self.word_count + 1), _grown(self.near, self.word_count + 1)
        self.flags = _grown(self.flags, self.word_count + 1)
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
        self.flags[first : first + len(self.pending)] = [_flags(word) for word, _ in self.pending]
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

    def _scores(self, words, context, italics, lengths: list[int]) -> np.ndarray:
        """(tokens, labels): each token's state score, all the batch's tokens in a row."""
        scores = self.own[words] + context
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
    return np.concatenate([table, np.zeros((max(rows, 2 * len(table)) - len(table), *table.shape[1:]), dtype=table.dtype)])


#: A word's `_flags`: what its context features need to know of it.
YEAR, INITIAL, CUE, ROLE_ED, ROLE_TR = 1, 2, 4, 8, 16


def _flags(word: _Word) -> int:
    role = ROLE_ED if word.role == "ed" else ROLE_TR if word.role == "tr" else 0
    return (YEAR if word.year else 0) | (INITIAL if word.initial else 0) | (CUE if word.cue else 0) | role
