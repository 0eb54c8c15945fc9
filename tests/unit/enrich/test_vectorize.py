"""The fast TF-IDF transform: the same matrix as scikit-learn's, for any batch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from earlywarn.enrich.text import analyze
from earlywarn.enrich.training import read_corpus
from earlywarn.enrich.vectorize import tfidf_transform

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [item.input_text for item in read_corpus(CORPUS / "dev.jsonl")]


def _same(a: sp.csr_matrix, b: sp.csr_matrix) -> None:
    assert a.shape == b.shape and a.dtype == b.dtype
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_gives_the_vectorizers_own_matrix_value_for_value(
    texts: list[str], dtype: type[np.floating]
) -> None:
    """On held texts, unseen words and empty texts, the matrix is scikit-learn's, exactly."""
    vectorizer = TfidfVectorizer(analyzer=analyze, min_df=2, sublinear_tf=True, dtype=dtype)
    vectorizer.fit(texts[:300])
    batch = [*texts[300:], "", "palabras jamás vistas xyzzy", texts[0], texts[0]]
    _same(tfidf_transform(vectorizer, batch), vectorizer.transform(batch))


def test_an_empty_batch_is_an_empty_matrix(texts: list[str]) -> None:
    """No texts give a matrix with no rows and the vocabulary's columns."""
    vectorizer = TfidfVectorizer(analyzer=analyze).fit(texts[:50])
    out = tfidf_transform(vectorizer, [])
    assert out.shape == (0, len(vectorizer.vocabulary_))


def test_another_kind_of_vectorizer_uses_its_own_transform(texts: list[str]) -> None:
    """A vectorizer this project does not fit (a word analyzer, binary counts) is left to
    scikit-learn, with the same result."""
    vectorizer = TfidfVectorizer(binary=True).fit(texts[:100])
    _same(tfidf_transform(vectorizer, texts[100:150]), vectorizer.transform(texts[100:150]))
