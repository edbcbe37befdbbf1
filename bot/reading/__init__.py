"""The reading path: answers from the report's own clauses when no intent fits.

At load time every clause of a report is indexed (`ClauseIndex`: jieba terms, Han bigrams and
concept tokens of the synonym groups, ranked with BM25 by the `bm25s` library); a question's
tokens (read once, by the same `Tokenizer`) find the clauses that say what it asks, and the
`Reader` answers by the kind of answer wanted (who, when, how many, why, yes/no …), citing the
sentences. Its confidence is how much of the question the best clause covers.
"""

from __future__ import annotations

from ..understanding.tokens import Tokenizer
from .index import Clause, ClauseIndex
from .reader import Reader, Reading

__all__ = ["Clause", "ClauseIndex", "Reader", "Reading", "Tokenizer"]
