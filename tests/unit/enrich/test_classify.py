"""Tests for the shipped threat classifier and its loading errors."""

from pathlib import Path

import joblib
import pytest
import sklearn

from earlywarn.enrich.acled import ACLED_TYPES, acled_type
from earlywarn.enrich.classify import ARTIFACT_FORMAT, Classification, ThreatClassifier, signal_text
from earlywarn.enrich.severity import extract_severity
from earlywarn.errors import ModelError
from earlywarn.model import Category, Severity

SHIPPED = Path(__file__).resolve().parents[3] / "models" / "threat-classifier"


@pytest.fixture(scope="module")
def classifier() -> ThreatClassifier:
    return ThreatClassifier.load(SHIPPED)


CLEAR_CASES = [
    ("Extorsionadores cobran cupos a mineros artesanales de Pataz", Category.EXTORTION),
    ("Sicarios asesinan a trece mineros en un socavón de Pataz", Category.HOMICIDE),
    ("Secuestran a dos trabajadores de una minera en Chala y piden rescate", Category.KIDNAPPING),
    ("Roban mineral aurífero de un camión en la ruta a Secocha", Category.THEFT),
    ("Mineros ilegales invaden concesión de empresa en Retamas", Category.INVASION),
    (
        "Operativo destruye dragas de minería ilegal en La Pampa",
        Category.ILLEGAL_MINING_ENFORCEMENT,
    ),
    ("Derriban con dinamita torre de alta tensión en Pataz", Category.SABOTAGE),
    ("Comuneros bloquean el corredor minero de Las Bambas", Category.SOCIAL_CONFLICT),
    ("Ríos de Madre de Dios contaminados con mercurio por la minería", Category.ENVIRONMENTAL),
    (
        "Hombres armados disparan contra campamento minero y hieren a vigilantes",
        Category.ARMED_ATTACK,
    ),
    ("Gunmen kill miners at a gold mine in La Libertad", Category.HOMICIDE),
]

HARD_NEGATIVES = [
    "Precio del oro alcanza un nuevo máximo histórico",
    "Minera anuncia inversión millonaria en Apurímac",
    "El equipo de Pataz salió al ataque y ganó la final",
    "Familias invaden terreno para construir viviendas en Nasca",
    "Elecciones regionales: candidatos de Puno debaten propuestas",
    "Festival de la Candelaria llena de danzantes las calles de Puno",
]


@pytest.mark.parametrize(("text", "expected"), CLEAR_CASES)
def test_clear_cases_per_category(
    classifier: ThreatClassifier, text: str, expected: Category
) -> None:
    """A clear headline of each category is classified as that category."""
    assert classifier.predict([text])[0].category is expected


def test_hard_negatives_are_not_relevant(classifier: ThreatClassifier) -> None:
    """Gold prices, investment, football, housing invasions, elections, festivals: not relevant."""
    results = classifier.predict(HARD_NEGATIVES)
    assert [r.category for r in results] == [Category.NOT_RELEVANT] * len(HARD_NEGATIVES)


def test_predict_returns_probabilities_and_relevance(classifier: ThreatClassifier) -> None:
    """Each result has one probability per category summing to 1, and relevance = 1 - P(n/r)."""
    result = classifier.predict(["Secuestran a minero en Pataz"])[0]
    assert isinstance(result, Classification)
    assert set(result.probabilities) == {c.value for c in Category}
    assert sum(result.probabilities.values()) == pytest.approx(1.0)
    assert result.confidence == result.probabilities[result.category.value]
    assert result.relevance == pytest.approx(1.0 - result.probabilities["not_relevant"])


def test_gate_decides_not_relevant_by_threshold() -> None:
    """Only P(not_relevant) >= the threshold gives not_relevant; else the best incident class."""
    text = "Club de Pataz sufre un ataque de lesiones antes del clásico"
    lenient = ThreatClassifier.load(SHIPPED, not_relevant_threshold=0.0)
    strict = ThreatClassifier.load(SHIPPED, not_relevant_threshold=1.0)
    assert lenient.predict([text])[0].category is Category.NOT_RELEVANT
    carried = strict.predict([text])[0]
    assert carried.category is not Category.NOT_RELEVANT
    assert carried.confidence == max(
        p for c, p in carried.probabilities.items() if c != "not_relevant"
    )


def test_gate_threshold_comes_from_metadata(classifier: ThreatClassifier) -> None:
    """Without an override the gate is the threshold recorded at training."""
    assert classifier.not_relevant_threshold == classifier.metadata["not_relevant_threshold"]


def test_probabilities_are_calibrated_on_test_set(classifier: ThreatClassifier) -> None:
    """The shipped model's expected calibration error on the test set is small (< 0.1)."""
    assert classifier.metadata["test"]["expected_calibration_error"] < 0.1


def test_predict_batch_keeps_order(classifier: ThreatClassifier) -> None:
    """A batch returns one result per input in input order; an empty batch returns none."""
    texts = [text for text, _ in CLEAR_CASES]
    assert [r.category for r in classifier.predict(texts)] == [c for _, c in CLEAR_CASES]
    assert classifier.predict([]) == []


def test_metadata_describes_training(classifier: ThreatClassifier) -> None:
    """The shipped metadata names the data hash, class counts and test metrics."""
    meta = classifier.metadata
    assert len(meta["training_sha256"]) == 64
    assert set(meta["n_per_class"]) == {c.value for c in Category}
    assert meta["test"]["file"] == "test2.jsonl" and meta["test"]["n"] >= 400
    assert meta["version"] == meta["training_sha256"][:12]


def test_signal_text_joins_title_and_body() -> None:
    """The classifier input is the title, a full stop, then the body."""
    assert signal_text("Título", "Cuerpo") == "Título. Cuerpo"
    assert signal_text("Título", "") == "Título"


def test_missing_model_names_file_and_fix(tmp_path: Path) -> None:
    """A missing artifact raises ModelError naming the file and `earlywarn train`."""
    with pytest.raises(ModelError, match=r"model\.joblib.*earlywarn train"):
        ThreatClassifier.load(tmp_path)


def test_corrupt_model_names_file_and_fix(tmp_path: Path) -> None:
    """A corrupt artifact raises ModelError, not a pickle error."""
    (tmp_path / "model.joblib").write_bytes(b"not a pickle at all")
    with pytest.raises(ModelError, match="earlywarn train"):
        ThreatClassifier.load(tmp_path)


def test_foreign_pickle_is_refused(tmp_path: Path) -> None:
    """A joblib file that is not an earlywarn artifact is refused as incompatible."""
    import joblib

    joblib.dump({"something": "else"}, tmp_path / "model.joblib")
    with pytest.raises(ModelError, match="earlywarn train"):
        ThreatClassifier.load(tmp_path)


def _artifact_without(tmp_path: Path, **changes: object) -> Path:
    """The shipped artifact rewritten into tmp_path with ``changes`` (None: key removed)."""
    artifact = dict(joblib.load(SHIPPED / "model.joblib"))
    for key, value in changes.items():
        if value is None:
            del artifact[key]
        else:
            artifact[key] = value
    joblib.dump(artifact, tmp_path / "model.joblib")
    return tmp_path


def test_artifact_without_casualty_backstop_is_refused(tmp_path: Path) -> None:
    """A format-5 artifact with no casualty backstop raises ModelError with the retrain hint."""
    assert ARTIFACT_FORMAT == 5
    with pytest.raises(ModelError, match=r"no casualty backstop.*earlywarn train"):
        ThreatClassifier.load(_artifact_without(tmp_path, casualty_backstop=None))


def test_artifact_whose_casualty_backstop_is_foreign_is_refused(tmp_path: Path) -> None:
    """A format-5 artifact whose casualty backstop is some other object raises ModelError."""
    with pytest.raises(ModelError, match=r"no casualty backstop.*earlywarn train"):
        ThreatClassifier.load(_artifact_without(tmp_path, casualty_backstop={"not": "a model"}))


def test_format_4_artifact_is_refused(tmp_path: Path) -> None:
    """An artifact of the format before the casualty backstop (4) is refused: retrain."""
    artifact = {
        "format": 4,
        "sklearn_version": sklearn.__version__,
        "pipeline": joblib.load(SHIPPED / "model.joblib")["pipeline"],
        "metadata": {},
    }
    joblib.dump(artifact, tmp_path / "model.joblib")
    with pytest.raises(ModelError, match=r"format 5.*earlywarn train"):
        ThreatClassifier.load(tmp_path)


def test_shipped_model_reads_casualties_in_a_batch(classifier: ThreatClassifier) -> None:
    """read_casualties gives one count per text, in order; a plain text keeps the rules' counts."""
    texts = ["Sicarios asesinan a trece mineros en un socavón de Pataz", "Precio del oro sube"]
    assert classifier.casualty_backstop is not None
    assert classifier.read_casualties(texts) == [Severity(killed=13), Severity()]
    assert classifier.read_casualties([]) == []


def test_classifier_without_backstop_reads_casualties_by_the_rules() -> None:
    """A classifier built from a bare pipeline (no backstop) gives the rules' counts."""
    bare = ThreatClassifier(joblib.load(SHIPPED / "model.joblib")["pipeline"], {})
    texts = [text for text, _ in CLEAR_CASES]
    assert bare.casualty_backstop is None
    assert bare.read_casualties(texts) == [extract_severity(text) for text in texts]


def test_acled_mapping_covers_taxonomy() -> None:
    """Every category has an ACLED entry; only not_relevant maps to None."""
    assert set(ACLED_TYPES) == set(Category)
    assert acled_type(Category.NOT_RELEVANT) is None
    assert acled_type(Category.SABOTAGE) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
