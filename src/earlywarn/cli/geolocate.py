"""``earlywarn geolocate``: where a text places its incident, its evidence, what was set aside."""

from __future__ import annotations

from pathlib import Path

import click

from earlywarn.cli.common import config_option, exits_on_error, settings_from
from earlywarn.enrich.gazetteer import Gazetteer
from earlywarn.enrich.geolocate import Geolocator
from earlywarn.errors import InvalidRecord
from earlywarn.model import Place


@click.command("geolocate")
@click.argument("text", required=False, default="")
@click.option("--title", default="", help="Headline, weighted above the body text.")
@click.option(
    "--lat", type=float, default=None, help="Latitude: reverse-geocode a field point instead."
)
@click.option("--lon", type=float, default=None, help="Longitude of the field point (with --lat).")
@config_option
@exits_on_error
def geolocate(
    text: str, title: str, lat: float | None, lon: float | None, config_path: Path | None
) -> None:
    """Show the UBIGEO department/province/district TEXT points to, and why.

    Every place name found is listed: kept ones with their weight and readings, set-aside ones
    with the reason (street, person, common word, where victims were taken…), then the
    department tally that decided.

    Examples:

      earlywarn geolocate "Trasladados a Trujillo tras el ataque en Pataz"

      earlywarn geolocate --lat -8.02 --lon -77.48
    """
    settings = settings_from(config_path)
    geolocator = Geolocator(Gazetteer.load(settings.enrich.extra_gazetteer))
    if (lat is None) != (lon is None):
        raise click.UsageError("--lat and --lon go together")
    if lat is not None and lon is not None:
        try:
            detail = geolocator.reverse_geocode_detail(lat, lon)
        except InvalidRecord as exc:  # what the enrich stage would dead-letter, and why
            click.echo(f"earlywarn: dead letter ({exc.reason.value}): {exc.message}", err=True)
            raise SystemExit(exc.exit_code) from exc
        _show(detail.place)
        click.echo(
            f"reference:  {detail.reference.name} ({detail.reference.code}), "
            f"{detail.distance_km:.1f} km away"
        )
        return
    if not (title or text):
        raise click.UsageError("give a TEXT, a --title, or --lat/--lon")
    explanation = geolocator.explain(title, text)
    _show(explanation.place)
    if not explanation.mentions:
        click.echo("names:      none found")
        return
    click.echo("names found:")
    for mention in explanation.mentions:
        mark = "+" if mention.kept else "-"
        click.echo(f"  {mark} {mention.span}: {mention.why}")


def _show(place: Place) -> None:
    click.echo(f"precision:  {place.precision.value}")
    click.echo(f"name:       {place.name}")
    click.echo(f"department: {place.department_ubigeo} {place.department_name or ''}")
    click.echo(f"province:   {place.province_ubigeo}")
    click.echo(f"district:   {place.district_ubigeo}")
    if place.lat is not None and place.lon is not None:
        click.echo(f"coords:     {place.lat:.4f}, {place.lon:.4f}")
    click.echo(f"evidence:   {place.evidence}")
