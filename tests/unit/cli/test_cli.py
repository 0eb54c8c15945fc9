"""The command line: help texts, check-config, and the enrich / replay / classify / geolocate
contracts that analysts and scripts rely on."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from earlywarn.cli.main import cli

SECRET = "whsec_dGhpcy1pcy1hLXZlcnktc2VjcmV0LXRlc3Qta2V5IQ=="


@pytest.fixture(scope="module")
def config(repo_root: Path) -> Path:
    return repo_root / "config" / "earlywarn.yaml"


@pytest.fixture(scope="module")
def pataz(repo_root: Path) -> Path:
    return repo_root / "tests" / "data" / "pataz_signals.jsonl"


def invoke(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=stdin, catch_exceptions=False)


# --------------------------------------------------------------------------- help


def test_top_level_help_lists_every_command() -> None:
    """`earlywarn --help` exits 0 and names every subcommand."""
    result = invoke("--help")
    assert result.exit_code == 0
    for name in cli.commands:
        assert name in result.stdout


def test_every_subcommand_explains_itself() -> None:
    """`earlywarn <command> --help` exits 0 with a description and every option documented."""
    group = cli
    assert isinstance(group, click.Group)
    for name, command in group.commands.items():
        result = invoke(name, "--help")
        assert result.exit_code == 0, name
        assert command.help and len(command.help.split()) >= 5, f"{name} has no description"
        assert result.stdout.startswith(f"Usage: cli {name}") or "Usage:" in result.stdout
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert param.help, f"{name} {param.opts[0]} has no help text"


# --------------------------------------------------------------------------- check-config


def test_check_config_valid(config: Path) -> None:
    """A valid config: exit 0, the resolved settings on stdout as JSON, 'valid' on stderr."""
    result = invoke("check-config", "--config", str(config), env={"EARLYWARN_INTAKE_TOKEN": ""})
    assert result.exit_code == 0, result.stderr
    settings = json.loads(result.stdout)
    assert settings["detect"]["min_count"] >= 1
    assert "configuration is valid" in result.stderr
    assert "EARLYWARN_INTAKE_TOKEN: NOT SET" in result.stderr


def test_check_config_shows_secrets_only_as_set(config: Path) -> None:
    """Secrets in the environment are reported as 'set'; their values appear nowhere."""
    env = {"EARLYWARN_INTAKE_TOKEN": SECRET, "EARLYWARN_DEMO_WEBHOOK_SECRET": SECRET}
    result = invoke("check-config", "--config", str(config), env=env)
    assert result.exit_code == 0
    assert "EARLYWARN_INTAKE_TOKEN: set" in result.stderr
    assert "EARLYWARN_DEMO_WEBHOOK_SECRET: set" in result.stderr
    assert SECRET not in result.output


def test_check_config_applies_env_overrides(config: Path) -> None:
    """EARLYWARN_SECTION__KEY overrides show up in the printed configuration."""
    result = invoke(
        "check-config", "--config", str(config), env={"EARLYWARN_DETECT__MIN_COUNT": "7"}
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["detect"]["min_count"] == 7


def test_check_config_invalid_key_exits_2_naming_it(tmp_path: Path) -> None:
    """An unknown key: exit code 2 and a message naming the key, no traceback."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("detect:\n  min_cuont: 3\n", encoding="utf-8")
    result = invoke("check-config", "--config", str(bad))
    assert result.exit_code == 2
    assert "detect.min_cuont" in result.stderr
    assert "Traceback" not in result.output


def test_missing_config_file_exits_2(tmp_path: Path) -> None:
    """A --config that does not exist is an invalid configuration (exit 2)."""
    result = invoke("check-config", "--config", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr


# --------------------------------------------------------------------------- enrich

PLACE_KEYS = {"department_ubigeo", "province_ubigeo", "district_ubigeo", "name", "precision"}


def test_enrich_one_line_per_input_line_in_order(config: Path, pataz: Path, tmp_path: Path) -> None:
    """Each input line gives one output line, in order, with the documented fields."""
    out = tmp_path / "enriched.jsonl"
    result = invoke("enrich", "-i", str(pataz), "-o", str(out), "--config", str(config))
    assert result.exit_code == 0, result.stderr
    inputs = [json.loads(line) for line in pataz.read_text(encoding="utf-8").splitlines()]
    outputs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [o["title"] for o in outputs] == [i["title"] for i in inputs]
    for line in outputs:
        assert {"category", "confidence", "killed", "injured", "kidnapped", "place"} <= line.keys()
        assert set(line["place"]) == PLACE_KEYS
        assert 0.0 <= line["confidence"] <= 1.0
    first = outputs[0]
    assert first["category"] == "armed_attack" and first["injured"] == 2
    assert first["place"]["department_ubigeo"] == "13"
    assert first["place"]["province_ubigeo"] == "1308"
    market = outputs[3]
    assert market["category"] == "not_relevant"
    assert market["place"]["department_ubigeo"] is None


def test_enrich_bad_lines_answer_in_place(config: Path) -> None:
    """A bad line — unreadable, invalid or blank — gives {"error", "reason"} at its position."""
    lines = [
        '{"title": "Sicarios asesinan a dos mineros en Pataz", "published_at": '
        '"2026-11-24T13:00:00Z"}',
        "{not json",
        "",
        '{"title": "Robo de mineral en Chala", "kind": "rumour"}',
        '{"title": "Extorsionadores cobran cupos a mineros de Pataz"}',
    ]
    result = invoke("enrich", "--config", str(config), stdin="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == len(lines)
    assert outputs[0]["category"] == "homicide" and outputs[0]["killed"] == 2
    assert outputs[1]["reason"] == "decode_error" and "line 2" in outputs[1]["error"]
    assert outputs[2]["reason"] == "decode_error" and "line 3" in outputs[2]["error"]
    assert outputs[3]["reason"] == "invalid_signal" and "rumour" in outputs[3]["error"]
    assert outputs[4]["category"] == "extortion"
    for bad in outputs[1:4]:
        assert set(bad) == {"error", "reason"}


# --------------------------------------------------------------------------- replay


def test_replay_writes_alerts_dead_letters_and_a_summary(
    config: Path, pataz: Path, tmp_path: Path
) -> None:
    """replay writes alerts as JSONL, rejected records to --dead-letters, a summary to stderr."""
    source = tmp_path / "signals.jsonl"
    source.write_text(pataz.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    alerts_path, dead_path = tmp_path / "alerts.jsonl", tmp_path / "dead.jsonl"
    result = invoke(
        "replay",
        "-i",
        str(source),
        "-o",
        str(alerts_path),
        "--dead-letters",
        str(dead_path),
        "--until",
        "2026-11-28T00:00:00Z",
        "--no-progress",
        "--config",
        str(config),
    )
    assert result.exit_code == 0, result.stderr
    alerts = [json.loads(line) for line in alerts_path.read_text(encoding="utf-8").splitlines()]
    assert [a["status"] for a in alerts] == ["firing", "resolved"]
    assert alerts[0]["fingerprint"] == alerts[1]["fingerprint"]
    assert alerts[0]["escalation"]["region"] == "13"
    dead = [json.loads(line) for line in dead_path.read_text(encoding="utf-8").splitlines()]
    assert {(d["reason"], d["error"].split(":")[0]) for d in dead if d["reason"] != "unknown_place"}
    assert sorted(d["reason"] for d in dead) == ["decode_error", "unknown_place"]
    assert any(d["error"].startswith("line 11:") for d in dead)
    summary = json.loads(result.stderr.strip().splitlines()[-1])
    assert summary["signals"] == 10 and summary["alerts"] == 2
    assert summary["dead_letters"] == 2


def test_replay_to_stdout(config: Path, pataz: Path) -> None:
    """With -o - (the default) alerts go to stdout, one JSON object per line."""
    result = invoke("replay", "-i", str(pataz), "--no-progress", "--config", str(config))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and all(json.loads(line)["schema"] == 1 for line in lines)


def test_replay_bad_until_is_a_usage_error(config: Path, pataz: Path) -> None:
    """An --until that is not an RFC 3339 instant is a usage error naming the option."""
    result = invoke(
        "replay", "-i", str(pataz), "--until", "yesterday", "--no-progress", "--config", str(config)
    )
    assert result.exit_code == 2
    assert "--until" in result.stderr
    assert "Traceback" not in result.output


def test_replay_missing_input_is_a_clear_error(config: Path, tmp_path: Path) -> None:
    """A missing input file is reported by name, without a traceback."""
    missing = tmp_path / "missing.jsonl"
    result = invoke("replay", "-i", str(missing), "--no-progress", "--config", str(config))
    assert result.exit_code != 0
    assert "missing.jsonl" in result.stderr
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- classify, geolocate


def test_classify_shows_category_probabilities_and_casualties(config: Path) -> None:
    """classify prints the category, ranked probabilities and the casualty counts."""
    result = invoke(
        "classify",
        "Sicarios asesinan a trece mineros en Pataz",
        "--top",
        "3",
        "--config",
        str(config),
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("category:   homicide")
    assert len([line for line in lines if line.startswith("  ")]) == 3
    assert "killed=13" in result.stdout


def test_classify_casualties_come_from_the_backstop(config: Path) -> None:
    """classify shows the backstop's count for a kind the rules read as none."""
    text = (
        "Asaltan planta de beneficio en Secocha. Seis encapuchados redujeron al vigilante, "
        "lo dejaron amarrado en la caseta y escaparon en dos motos."
    )
    result = invoke("classify", text, "--config", str(config))
    assert result.exit_code == 0
    assert "killed=0 injured=0 kidnapped=1" in result.stdout


def test_geolocate_text_and_point(config: Path) -> None:
    """geolocate places a text by name and a field point by coordinates, with evidence."""
    result = invoke("geolocate", "Ataque en el distrito de Pataz", "--config", str(config))
    assert result.exit_code == 0
    assert "department: 13 La Libertad" in result.stdout
    assert "district:   130809" in result.stdout
    assert "evidence:" in result.stdout
    point = invoke("geolocate", "", "--lat", "-7.75", "--lon", "-77.6", "--config", str(config))
    assert point.exit_code == 0
    assert "department: 13" in point.stdout


def test_geolocate_point_outside_peru_is_a_clear_error(config: Path) -> None:
    """A point outside Peru is reported as such, without a traceback."""
    result = invoke("geolocate", "", "--lat", "4.711", "--lon", "-74.072", "--config", str(config))
    assert result.exit_code != 0
    assert "outside Peru" in result.stderr
    assert "Traceback" not in result.output


def test_geolocate_needs_both_coordinates(config: Path) -> None:
    """--lat without --lon is a usage error, not a silent fall-back to the text."""
    result = invoke("geolocate", "Pataz", "--lat", "-7.75", "--config", str(config))
    assert result.exit_code == 2
    assert "--lat and --lon go together" in result.stderr


def test_non_utf8_input_is_a_clear_usage_error(tmp_path: Path) -> None:
    """A Latin-1 JSONL file gives exit 2 and a message saying to convert it, not a traceback."""
    latin1 = tmp_path / "signals.jsonl"
    latin1.write_bytes('{"title": "Ataque en Pataz, Perú", "text": "ñ"}\n'.encode("latin-1"))
    result = CliRunner().invoke(cli, ["enrich", "-i", str(latin1), "-o", "-"])
    assert result.exit_code == 2
    assert "not UTF-8" in result.output
    assert "Traceback" not in result.output


def test_check_config_lists_named_intake_tokens_as_set_or_not(tmp_path: Path) -> None:
    """Each named reporter token is shown as set / NOT SET by its variable, never its value."""
    config = tmp_path / "c.yaml"
    config.write_text(
        "intake:\n  tokens:\n    - {name: patrol-pataz, env: TEST_PATROL_TOKEN}\n"
        "    - {name: guard-vijus, env: TEST_GUARD_TOKEN}\n"
    )
    result = CliRunner().invoke(
        cli, ["check-config", "--config", str(config)], env={"TEST_PATROL_TOKEN": "s3cr3t-value"}
    )
    assert result.exit_code == 0, result.output
    assert "patrol-pataz" in result.stderr and "TEST_PATROL_TOKEN: set" in result.stderr
    assert "TEST_GUARD_TOKEN: NOT SET" in result.stderr
    assert "s3cr3t-value" not in result.stdout + result.stderr
