"""Configuration: validated, frozen, overridable from the environment, secrets kept hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from earlywarn.config import Settings, load_settings, secret_from_env
from earlywarn.errors import ConfigError
from earlywarn.model import Category, Level


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_valid() -> None:
    """The built-in defaults validate and use the embedded broker."""
    settings = Settings()
    assert settings.kafka.bootstrap_servers == ()
    assert settings.detect.min_count >= 1
    assert Settings.model_validate({}) == settings


def test_shipped_config_is_valid(repo_root: Path) -> None:
    """config/earlywarn.yaml loads, and its relative paths point into the repository."""
    settings = load_settings(repo_root / "config" / "earlywarn.yaml", environ={})
    assert settings.enrich.model_path == repo_root / "models" / "threat-classifier"
    assert settings.demo.feeds_dir == repo_root / "config" / "demo" / "feeds"


def test_settings_are_frozen() -> None:
    """Settings cannot be changed after loading."""
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.detect.min_count = 7  # type: ignore[misc]


@pytest.mark.parametrize(
    ("yaml_text", "key"),
    [
        ("kafka:\n  bootstrap_server: [x]\n", "kafka.bootstrap_server"),
        ("detect:\n  min_cuont: 3\n", "detect.min_cuont"),
        ("alerts: {}\n", "alerts"),
        ("kafka:\n  embedded:\n    prot: 9092\n", "kafka.embedded.prot"),
    ],
)
def test_unknown_key_rejected_naming_it(tmp_path: Path, yaml_text: str, key: str) -> None:
    """A misspelt key is a ConfigError whose message names the key (never a silent default)."""
    path = write(tmp_path / "earlywarn.yaml", yaml_text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    assert key in str(caught.value)
    assert str(path) in str(caught.value)
    assert caught.value.exit_code == 2


def test_invalid_value_says_which_and_why(tmp_path: Path) -> None:
    """An out-of-range value names the key and the constraint."""
    path = write(tmp_path / "c.yaml", "detect:\n  min_count: 0\n")
    with pytest.raises(ConfigError, match=r"detect\.min_count: .*greater than or equal to 1"):
        load_settings(path, environ={})


def test_department_codes_must_be_two_digits(tmp_path: Path) -> None:
    """A subscription matching department 'La Libertad' instead of '13' is refused, with a hint."""
    path = write(
        tmp_path / "c.yaml",
        "alert:\n  subscriptions:\n    - name: ops\n      url: http://x\n"
        "      match: {departments: [La Libertad]}\n",
    )
    with pytest.raises(ConfigError, match="2-digit UBIGEO code like '13'"):
        load_settings(path, environ={})


def test_feed_ids_must_be_unique(tmp_path: Path) -> None:
    """Two feeds with one id are refused."""
    path = write(
        tmp_path / "c.yaml",
        "feeds:\n  - {id: rpp, url: http://a}\n  - {id: rpp, url: http://b}\n",
    )
    with pytest.raises(ConfigError, match="feed ids must be unique"):
        load_settings(path, environ={})


def test_match_config_parses_levels_and_categories(tmp_path: Path) -> None:
    """min_level and categories are read into Level and Category values."""
    path = write(
        tmp_path / "c.yaml",
        "alert:\n  subscriptions:\n    - name: ops\n      url: http://x\n"
        "      match: {departments: ['13'], categories: [extortion], min_level: warning}\n",
    )
    match = load_settings(path, environ={}).alert.subscriptions[0].match
    assert match.level is Level.WARNING
    assert match.categories == (Category.EXTORTION,)


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("kafka: [\n", "not valid YAML"),
        ("- kafka\n- detect\n", "top level must be a mapping"),
    ],
)
def test_unreadable_file_is_config_error(tmp_path: Path, yaml_text: str, message: str) -> None:
    """Broken YAML or a non-mapping top level is a ConfigError saying so."""
    path = write(tmp_path / "c.yaml", yaml_text)
    with pytest.raises(ConfigError, match=message):
        load_settings(path, environ={})


def test_missing_file_is_config_error(tmp_path: Path) -> None:
    """A config path that does not exist is a ConfigError naming it."""
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError, match=str(missing)):
        load_settings(missing, environ={})


def test_empty_file_means_defaults(tmp_path: Path) -> None:
    """An empty config file gives the defaults."""
    settings = load_settings(write(tmp_path / "c.yaml", ""), environ={})
    assert settings.detect == Settings().detect


def test_earlywarn_config_variable_names_the_file(tmp_path: Path) -> None:
    """With no path given, EARLYWARN_CONFIG names the file to read."""
    path = write(tmp_path / "c.yaml", "detect:\n  min_count: 9\n")
    settings = load_settings(None, environ={"EARLYWARN_CONFIG": str(path)})
    assert settings.detect.min_count == 9


# --------------------------------------------------------------------------- overrides


def test_env_overrides_are_parsed_as_yaml(tmp_path: Path) -> None:
    """EARLYWARN_SECTION__KEY values are YAML: lists, numbers, booleans, nested keys."""
    path = write(tmp_path / "c.yaml", "detect:\n  min_count: 3\n")
    settings = load_settings(
        path,
        environ={
            "EARLYWARN_KAFKA__BOOTSTRAP_SERVERS": '["kafka-1:9092", "kafka-2:9092"]',
            "EARLYWARN_DETECT__MIN_COUNT": "5",
            "EARLYWARN_INTAKE__ENABLED": "false",
            "EARLYWARN_KAFKA__EMBEDDED__PORT": "19092",
            "EARLYWARN_LOG_LEVEL": "debug",  # no "__": not an override
        },
    )
    assert settings.kafka.bootstrap_servers == ("kafka-1:9092", "kafka-2:9092")
    assert settings.detect.min_count == 5
    assert settings.intake.enabled is False
    assert settings.kafka.embedded.port == 19092
    assert settings.log_level == "info"


def test_env_override_is_validated_too(tmp_path: Path) -> None:
    """An override with an unknown key is rejected like a typo in the file."""
    path = write(tmp_path / "c.yaml", "")
    with pytest.raises(ConfigError, match=r"detect\.min_cuont"):
        load_settings(path, environ={"EARLYWARN_DETECT__MIN_CUONT": "4"})


def test_override_through_a_non_section_is_an_error(tmp_path: Path) -> None:
    """EARLYWARN_LOG_LEVEL__X: log_level is a value, not a section — a ConfigError naming it."""
    path = write(tmp_path / "c.yaml", "log_level: info\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={"EARLYWARN_LOG_LEVEL__X": "1"})
    assert "EARLYWARN_LOG_LEVEL__X" in str(caught.value)
    assert "log_level is a value, not a config section" in str(caught.value)


def test_override_into_an_empty_section(tmp_path: Path) -> None:
    """A section left empty in the file (`detect:` with only comments) takes overrides."""
    path = write(tmp_path / "c.yaml", "detect:\n  # tuned later\n")
    settings = load_settings(path, environ={"EARLYWARN_DETECT__MIN_COUNT": "5"})
    assert settings.detect.min_count == 5


def test_override_into_a_list_is_an_error(tmp_path: Path) -> None:
    """EARLYWARN_FEEDS__0__URL: feeds is a list, so it cannot be overridden key by key."""
    path = write(tmp_path / "c.yaml", "feeds:\n  - {id: rpp, url: http://a}\n")
    with pytest.raises(ConfigError, match="EARLYWARN_FEEDS__0__URL"):
        load_settings(path, environ={"EARLYWARN_FEEDS__0__URL": "http://b"})


def test_override_with_invalid_yaml_is_an_error(tmp_path: Path) -> None:
    """An override value that is not YAML is a ConfigError naming the variable."""
    path = write(tmp_path / "c.yaml", "")
    with pytest.raises(ConfigError, match="EARLYWARN_KAFKA__BOOTSTRAP_SERVERS"):
        load_settings(path, environ={"EARLYWARN_KAFKA__BOOTSTRAP_SERVERS": "[unclosed"})


# --------------------------------------------------------------------------- paths


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    """Relative paths in the file are relative to the file's folder; absolute ones stay."""
    folder = tmp_path / "etc" / "earlywarn"
    path = write(
        folder / "earlywarn.yaml",
        "worker:\n  state_dir: ../state\n"
        "enrich:\n  model_path: models/clf\n"
        f"  extra_gazetteer: [extra.csv, {tmp_path / 'abs.csv'}]\n"
        "demo:\n  feeds_dir: demo/feeds\n",
    )
    settings = load_settings(path, environ={})
    assert settings.worker.state_dir == tmp_path / "etc" / "state"
    assert settings.enrich.model_path == folder / "models" / "clf"
    assert settings.enrich.extra_gazetteer == (folder / "extra.csv", tmp_path / "abs.csv")
    assert settings.demo.feeds_dir == folder / "demo" / "feeds"


# --------------------------------------------------------------------------- secrets


def test_secret_from_env_never_shows_the_value() -> None:
    """The secret is read from the named variable and hidden in repr and str."""
    value = "whsec_c2VjcmV0LXNpZ25pbmcta2V5LWZvci10ZXN0cw=="
    secret = secret_from_env("HOOK_SECRET", {"HOOK_SECRET": value})
    assert secret is not None
    assert secret.get_secret_value() == value
    assert value not in repr(secret) and value not in str(secret)
    assert value not in f"{secret}" and value not in repr({"s": secret})


def test_secret_from_env_unset_or_empty_is_none() -> None:
    """An unset or empty variable means no secret."""
    assert secret_from_env("HOOK_SECRET", {}) is None
    assert secret_from_env("HOOK_SECRET", {"HOOK_SECRET": ""}) is None


def test_a_secret_cannot_be_written_in_the_file(tmp_path: Path) -> None:
    """A subscription with a literal secret is refused: the file names the variable only."""
    path = write(
        tmp_path / "c.yaml",
        "alert:\n  subscriptions:\n    - name: ops\n      url: http://x\n      secret: whsec_abc\n",
    )
    with pytest.raises(ConfigError, match=r"alert\.subscriptions\.0\.secret:"):
        load_settings(path, environ={})
