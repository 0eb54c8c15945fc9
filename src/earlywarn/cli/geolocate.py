"""``earlywarn geolocate``: where a text places its incident, and the evidence."""

from __future__ import annotations

from pathlib import Path

import click

from earlywarn.cli.common import config_option, exits_on_error, settings_from
from earlywarn.enrich.gazetteer import Gazetteer
from earlywarn.enrich.geolocate import Geolocator


@click.command("geolocate")
@click.argument("text")
@click.option("--lat", type=float, default=None, help="Reverse-geocode a field point instead.")
@click.option("--lon", type=float, default=None)
@config_option
@exits_on_error
def geolocate(text: str, lat: float | None, lon: float | None, config_path: Path | None) -> None:
    """Show the UBIGEO department/province/district TEXT points to, with the matched span.

    Example: earlywarn geolocate "Trasladados a Trujillo tras el ataque en Pataz"
    """
    settings = settings_from(config_path)
    geolocator = Geolocator(Gazetteer.load(settings.enrich.extra_gazetteer))
    if lat is not None and lon is not None:
        place = geolocator.reverse_geocode(lat, lon)
    else:
        place = geolocator.locate(text, "")
    click.echo(f"precision:  {place.precision.value}")
    click.echo(f"name:       {place.name}")
    click.echo(f"department: {place.department_ubigeo} {place.department_name or ''}")
    click.echo(f"province:   {place.province_ubigeo}")
    click.echo(f"district:   {place.district_ubigeo}")
    if place.lat is not None:
        click.echo(f"coords:     {place.lat:.4f}, {place.lon:.4f}")
    click.echo(f"evidence:   {place.evidence}")
