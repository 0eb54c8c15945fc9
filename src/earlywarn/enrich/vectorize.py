"""TF-IDF features of a batch of texts, the same matrix as a fitted ``TfidfVectorizer`` gives,
built faster (issue #4: batch classification at 20,000 documents a second on one core).

scikit-learn's ``transform`` counts each text's features in a Python loop of several dictionary
operations per feature, then sorts each row: on the classifier's texts that took about 60 % of
the whole transform, more than the analyser itself. Here each text's features become vocabulary
indices in one ``map`` over the vocabulary's ``dict.get``, and scipy sums the duplicates and sorts
the rows of the whole batch at once, in C; the fitted vectorizer's own TF-IDF step then weights
and normalises the counts, so the result is the same matrix, value for value (tested against
``transform``).

Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer


def tfidf_transform(vectorizer: TfidfVectorizer, texts: Sequence[str]) -> sp.csr_matrix:
    """``vectorizer.transform(texts)``, computed faster where the vectorizer is one this
    project fits (a callable analyzer over text content, counts not binary); any other
    vectorizer is left to its own ``transform``. An empty batch gives a matrix with no rows."""
    tfidf = getattr(vectorizer, "_tfidf", None)  # (the fitted weighting step of scikit-learn 1.9)
    if (
        not callable(vectorizer.analyzer)
        or vectorizer.input != "content"
        or vectorizer.binary
        or tfidf is None
    ):
        return vectorizer.transform(texts)
    if not texts:  # (scikit-learn's own weighting step refuses an empty batch)
        return sp.csr_matrix((0, len(vectorizer.vocabulary_)), dtype=vectorizer.dtype)
    analyzer = vectorizer.analyzer
    index_of = vectorizer.vocabulary_.get
    indices: list[int] = []
    indptr = [0]
    for text in texts:
        indices.extend([i for i in map(index_of, analyzer(text)) if i is not None])
        indptr.append(len(indices))
    counts = sp.csr_matrix(
        (
            np.ones(len(indices), dtype=vectorizer.dtype),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int32),
        ),
        shape=(len(indptr) - 1, len(vectorizer.vocabulary_)),
    )
    counts.sum_duplicates()  # (sorts each row's indices too, as scikit-learn's counts are)
    weighted: sp.csr_matrix = tfidf.transform(counts, copy=False)
    return weighted
