# ruff: noqa: E501  (data: long hand-written sentences read better unwrapped)
"""Write corpus/dev.jsonl: hand-written sentences, used as the DEVELOPMENT set.

This was the first test set. It was looked at once to widen the training vocabulary, so it
is no longer blind and now serves for model selection; the reported figures come from
corpus/test.jsonl (corpus/test_source.txt), written later by a different method.


Every sentence below was written for the test set on its own, with different wording and
structure from the training phrase pieces (whole headlines, not title/body combinations).
Each sentence is rendered at a few places from a separate place list (written as "el distrito
de ...", "la provincia de ...") so the model is also tested on place phrasings it has not seen.
Deterministic: ``python corpus/write_dev.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7
RENDERINGS = 4

PLACES = [
    "el distrito de Pataz",
    "el anexo de Vijus",
    "el centro poblado Retamas",
    "Llacuabamba (Parcoy)",
    "La Rinconada, en Puno",
    "el distrito de Ananea",
    "el sector La Pampa",
    "Huepetuhe",
    "el puerto de Mazuko",
    "la provincia de Caravelí",
    "Secocha, Camaná",
    "Chala",
    "la provincia de Lucanas",
    "el corredor de Cotabambas",
    "Challhuahuacho",
    "Tambogrande",
    "la sierra de Piura",
    "Hualgayoc",
    "el Cenepa, Amazonas",
    "Condorcanqui",
    "Nasca",
    "la zona de Saramarca",
    "Puerto Inca, Huánuco",
    "la provincia de Marañón",
    "Sancos, Ayacucho",
    "el distrito de Suyo",
    "la zona altoandina de Sandia",
    "Atico",
]

# (category, lang, title, text); "{L}" is the place.
SENTENCES: list[tuple[str, str, str, str]] = [
    # extortion
    (
        "extortion",
        "es",
        "Comerciantes de oro de {L} pagan 'vacuna' a criminales",
        "Acopiadores aseguran que si no entregan la cuota mensual les queman los locales.",
    ),
    (
        "extortion",
        "es",
        "Cobran 'peaje' a cada minero que baja del socavón en {L}",
        "Una mafia cobra por saco de mineral y golpea a quien se niega.",
    ),
    (
        "extortion",
        "es",
        "Amenazan de muerte a socio de cooperativa en {L} para que entregue dinero",
        "El socio recibió audios en los que le exigen 30 mil soles.",
    ),
    (
        "extortion",
        "es",
        "Transportistas mineros de {L} denuncian chantaje",
        "Los choferes de volquetes deben depositar un monto fijo para que no atenten contra sus unidades.",
    ),
    (
        "extortion",
        "es",
        "Mafia exige porcentaje de la producción de oro en {L}",
        "Los extorsionadores se quedan con parte de lo que sacan los pequeños productores.",
    ),
    (
        "extortion",
        "es",
        "Dueño de bocamina en {L} recibe cartas con balas y exigencias de pago",
        "",
    ),
    (
        "extortion",
        "en",
        "Criminal gangs demand 'taxes' from small-scale gold miners in {L}",
        "Miners who refuse to pay are threatened with violence.",
    ),
    (
        "extortion",
        "es",
        "Radio local: mineros de {L} viven bajo la amenaza de los cobradores de cupos",
        "",
    ),
    (
        "extortion",
        "es",
        "Agente de seguridad comunica que llamaron a la oficina exigiendo un pago para no atacar la mina de {L}",
        "",
    ),
    (
        "extortion",
        "es",
        "Empresarios mineros de {L} reciben extorsiones por redes sociales",
        "Piden dinero a cambio de 'protección' para sus operaciones.",
    ),
    # armed_attack
    (
        "armed_attack",
        "es",
        "Tiroteo en una mina de {L}: trabajadores huyen entre las balas",
        "Los agresores llegaron en camionetas y dispararon sin mediar palabra.",
    ),
    ("armed_attack", "es", "Grupo armado irrumpe en labor minera de {L} y hiere a obreros", ""),
    (
        "armed_attack",
        "es",
        "Atacan a tiros a camioneta de empresa minera en {L}",
        "El conductor y un ingeniero sobrevivieron con lesiones de bala.",
    ),
    (
        "armed_attack",
        "es",
        "Disparos y granadas contra socavón en {L}",
        "La ofensiva de la banda busca apoderarse de la veta.",
    ),
    (
        "armed_attack",
        "en",
        "Armed men shoot at mine workers in {L}, several injured",
        "The attackers fled into the hills.",
    ),
    (
        "armed_attack",
        "es",
        "Reportan enfrentamiento a balazos entre bandas dentro de una galería minera en {L}",
        "",
    ),
    (
        "armed_attack",
        "es",
        "Encapuchados balean a guardianes de una planta de beneficio en {L}",
        "Dos guardianes quedaron heridos.",
    ),
    (
        "armed_attack",
        "es",
        "Agente de seguridad comunica tiroteo en la zona de carguío de {L}; hay un herido",
        "",
    ),
    (
        "armed_attack",
        "es",
        "Ataque a mano armada contra campamento de mineros en {L}",
        "Los atacantes usaron fusiles de guerra.",
    ),
    ("armed_attack", "es", "Asaltantes hieren de bala a mineros en la trocha hacia {L}", ""),
    # homicide
    (
        "homicide",
        "es",
        "Mineros asesinados en {L}: la fiscalía abre investigación",
        "Los cuerpos fueron recuperados por rescatistas.",
    ),
    ("homicide", "es", "Minero muere tras ser baleado por sicarios en {L}", ""),
    (
        "homicide",
        "es",
        "Crimen en la mina: ultiman a vigilante en {L}",
        "El agente de seguridad recibió varios impactos de bala.",
    ),
    (
        "homicide",
        "es",
        "Aparecen restos de trabajadores desaparecidos en socavón de {L}",
        "La policía confirmó que fueron asesinados.",
    ),
    ("homicide", "en", "Miners found dead in a tunnel in {L} after gang attack", ""),
    ("homicide", "es", "Matanza en {L}: una banda ejecuta a trabajadores de una contrata", ""),
    (
        "homicide",
        "es",
        "Agente de seguridad comunica que un compañero fue ultimado a balazos en la bocamina de {L}",
        "",
    ),
    (
        "homicide",
        "es",
        "Doble asesinato en campamento minero de {L}",
        "Las víctimas eran padre e hijo, ambos mineros.",
    ),
    ("homicide", "es", "Hallan fosa con cadáveres de mineros en {L}", ""),
    ("homicide", "en", "Peru: gunmen murder security guard at gold mine in {L}", ""),
    # kidnapping
    (
        "kidnapping",
        "es",
        "Plagian a empresario minero en {L} y piden medio millón",
        "La familia recibió fotos del empresario atado.",
    ),
    (
        "kidnapping",
        "es",
        "Mineros retenidos por una banda dentro de un socavón de {L}",
        "Sus familiares no han podido comunicarse con ellos.",
    ),
    ("kidnapping", "es", "Rescatan a trabajador secuestrado en {L}", ""),
    ("kidnapping", "es", "Captores exigen dinero por liberar a mineros en {L}", ""),
    ("kidnapping", "en", "Gunmen abduct mine workers in {L} and demand ransom", ""),
    (
        "kidnapping",
        "es",
        "Agente de seguridad comunica que encapuchados se llevaron al capataz de {L} con rumbo desconocido",
        "",
    ),
    (
        "kidnapping",
        "es",
        "Denuncian desaparición forzada de mineros tras incursión armada en {L}",
        "",
    ),
    ("kidnapping", "es", "Liberan a ingeniero raptado en {L} tras pago de rescate", ""),
    ("kidnapping", "es", "Toman como rehenes a obreros de una mina de {L}", ""),
    ("kidnapping", "en", "Kidnapped miners freed by police in {L}", ""),
    # theft
    (
        "theft",
        "es",
        "Delincuentes se llevan oro de una planta en {L}",
        "Redujeron al personal y abrieron la caja fuerte.",
    ),
    ("theft", "es", "Asalto a volquete cargado de mineral en la vía a {L}", ""),
    ("theft", "es", "Hurtan dinamita de un almacén minero en {L}", ""),
    ("theft", "es", "Chacales saquean galerías de una mina en {L}", ""),
    ("theft", "en", "Thieves steal gold bars from a processing plant in {L}", ""),
    (
        "theft",
        "es",
        "Agente de seguridad comunica que desconocidos se llevaron la carga de mineral del depósito de {L}",
        "",
    ),
    ("theft", "es", "Roban el oro amalgamado de pequeños mineros en {L}", ""),
    ("theft", "es", "Capturan a banda que robaba concentrados de camiones en {L}", ""),
    ("theft", "en", "Ore truck hijacked on the road to {L}", ""),
    ("theft", "es", "Asaltan a comprador de oro en {L} y se llevan su mercadería", ""),
    # invasion
    ("invasion", "es", "Informales se apoderan de concesión de una minera en {L}", ""),
    (
        "invasion",
        "es",
        "Usurpan derecho minero de empresa en {L}",
        "La empresa afirma que los ocupantes llegaron con armas.",
    ),
    ("invasion", "es", "Cientos de mineros ocupan terrenos concesionados en {L}", ""),
    ("invasion", "en", "Informal miners take over a company's concession in {L}", ""),
    (
        "invasion",
        "es",
        "Agente de seguridad comunica que un grupo numeroso entró a la concesión de {L} e instaló carpas",
        "",
    ),
    ("invasion", "es", "Titular minero denuncia toma de su concesión en {L}", ""),
    ("invasion", "es", "Invasores armados expulsan a trabajadores de una mina en {L}", ""),
    ("invasion", "es", "Piden desalojo de mineros que ocupan concesión ajena en {L}", ""),
    ("invasion", "en", "Company reports invasion of its gold concession in {L}", ""),
    ("invasion", "es", "Nueva invasión de socavones de una empresa formal en {L}", ""),
    # illegal_mining_enforcement
    (
        "illegal_mining_enforcement",
        "es",
        "Policía y Fiscalía destruyen campamentos de minería ilegal en {L}",
        "",
    ),
    ("illegal_mining_enforcement", "es", "Inutilizan dragas y motores en operativo en {L}", ""),
    (
        "illegal_mining_enforcement",
        "es",
        "Intervienen a mineros ilegales en {L} y decomisan oro",
        "",
    ),
    ("illegal_mining_enforcement", "en", "Authorities raid illegal gold mining camps in {L}", ""),
    (
        "illegal_mining_enforcement",
        "es",
        "Agente de seguridad comunica que la Policía realiza una interdicción contra mineros ilegales cerca de {L}",
        "",
    ),
    (
        "illegal_mining_enforcement",
        "es",
        "Capturan a cabecilla de red de minería ilegal en {L}",
        "",
    ),
    (
        "illegal_mining_enforcement",
        "es",
        "Decomisan mercurio y combustible para minería ilegal en {L}",
        "",
    ),
    (
        "illegal_mining_enforcement",
        "es",
        "Ejército apoya interdicción contra la minería ilegal en {L}",
        "",
    ),
    (
        "illegal_mining_enforcement",
        "en",
        "Police arrest illegal miners and seize machinery in {L}",
        "",
    ),
    (
        "illegal_mining_enforcement",
        "es",
        "Operativo contra la minería ilegal: queman maquinaria en {L}",
        "",
    ),
    # sabotage
    ("sabotage", "es", "Derriban con explosivos torres eléctricas en {L}", ""),
    ("sabotage", "es", "Nueva voladura de torres de energía afecta a minera en {L}", ""),
    ("sabotage", "es", "Atentado dinamitero contra línea de transmisión en {L}", ""),
    ("sabotage", "en", "Saboteurs blow up electricity pylons near a mine in {L}", ""),
    (
        "sabotage",
        "es",
        "Agente de seguridad comunica explosión en torre de alta tensión cerca de {L}; sin fluido eléctrico",
        "",
    ),
    ("sabotage", "es", "Torres de alta tensión caen tras atentado en {L}", ""),
    ("sabotage", "es", "Hacen volar bocamina con dinamita en {L}", ""),
    ("sabotage", "es", "Colocan explosivos en puente de acceso a mina en {L}", ""),
    ("sabotage", "en", "High-voltage towers toppled by explosives in {L}", ""),
    ("sabotage", "es", "Atentan contra infraestructura eléctrica de una minera en {L}", ""),
    # social_conflict
    ("social_conflict", "es", "Comunidades bloquean carretera hacia mina en {L}", ""),
    ("social_conflict", "es", "Paro de mineros informales paraliza {L}", ""),
    ("social_conflict", "es", "Protestas contra proyecto minero en {L}", ""),
    ("social_conflict", "en", "Protesters block road to copper mine in {L}", ""),
    (
        "social_conflict",
        "es",
        "Agente de seguridad comunica que comuneros cerraron la vía de acceso a {L}",
        "",
    ),
    ("social_conflict", "es", "Pobladores toman puente en rechazo a minera en {L}", ""),
    ("social_conflict", "es", "Marcha de mineros artesanales en {L} exige formalización", ""),
    ("social_conflict", "es", "Huelga de comuneros contra minera en {L} cumple una semana", ""),
    ("social_conflict", "en", "Miners strike and block highway in {L}", ""),
    ("social_conflict", "es", "Diálogo fracasa y se reanuda el bloqueo en {L}", ""),
    # environmental
    ("environmental", "es", "Mercurio envenena ríos de {L}", ""),
    ("environmental", "es", "Bosques arrasados por dragas en {L}", ""),
    ("environmental", "es", "Niños de {L} con mercurio en la sangre", ""),
    ("environmental", "en", "Mercury contamination found in fish near {L}", ""),
    (
        "environmental",
        "es",
        "Agente de seguridad comunica que el agua del río en {L} baja turbia y con olor a químicos",
        "",
    ),
    ("environmental", "es", "Relaves contaminan río en {L}", ""),
    ("environmental", "es", "Pérdida de bosque por minería ilegal en {L} alcanza récord", ""),
    ("environmental", "es", "Evaluación detecta metales pesados en el agua de {L}", ""),
    ("environmental", "en", "Illegal gold mining destroys forest in {L}", ""),
    ("environmental", "es", "Contaminación minera mata peces en {L}", ""),
    # not_relevant: hard negatives with the same words or places
    ("not_relevant", "es", "Oro cierra la semana con ganancias en Nueva York", ""),
    ("not_relevant", "es", "Minera presenta plan de inversión para {L}", ""),
    ("not_relevant", "es", "Club de {L} sufre un ataque de lesiones antes del clásico", ""),
    ("not_relevant", "es", "Familias invaden lote para construir casas en {L}", ""),
    ("not_relevant", "es", "Candidatos a la alcaldía de {L} firman pacto ético", ""),
    ("not_relevant", "es", "Carnaval de {L} reúne a miles de visitantes", ""),
    ("not_relevant", "en", "Gold prices rise as investors seek safe haven", ""),
    ("not_relevant", "es", "Fútbol: el delantero salió al ataque y marcó dos goles", ""),
    ("not_relevant", "es", "Exportaciones de cobre suben en el primer semestre", ""),
    ("not_relevant", "es", "Se inaugura hospital en {L}", ""),
    ("not_relevant", "en", "Mining investment in Peru expected to grow next year", ""),
    (
        "not_relevant",
        "es",
        "Agente de seguridad comunica que el cambio de turno en {L} se realizó sin novedades",
        "",
    ),
    ("not_relevant", "es", "Concurso de marinera en {L} premia a parejas", ""),
    ("not_relevant", "es", "Alcalde de {L} entrega maquinaria agrícola", ""),
    ("not_relevant", "es", "Lluvias intensas en {L}: Senamhi emite aviso", ""),
    ("not_relevant", "es", "Invasión de langostas afecta cultivos en {L}", ""),
    ("not_relevant", "en", "Film festival opens with record attendance", ""),
    ("not_relevant", "es", "Estudiantes de {L} ganan olimpiada de matemáticas", ""),
    ("not_relevant", "es", "Gobierno lanza programa de vivienda en {L}", ""),
    ("not_relevant", "es", "Ataque cardíaco: cómo prevenirlo", ""),
    ("not_relevant", "es", "Acciones de mineras lideran subidas en la bolsa", ""),
    ("not_relevant", "es", "Feria artesanal en {L} por aniversario", ""),
    ("not_relevant", "es", "Nuevo puente mejora la conexión de {L}", ""),
    ("not_relevant", "en", "Copper price slips on weak demand from China", ""),
    ("not_relevant", "es", "Vacunación contra la influenza llega a {L}", ""),
]


def main() -> None:
    rng = random.Random(SEED)
    items: list[dict[str, str]] = []
    for index, (category, lang, title, text) in enumerate(SENTENCES):
        places = rng.sample(PLACES, k=RENDERINGS) if "{L}" in title + text else [""]
        for n, place in enumerate(places):
            items.append(
                {
                    "id": f"dev-{index:03d}-{n}",
                    "title": title.replace("{L}", place),
                    "text": text.replace("{L}", place),
                    "lang": lang,
                    "category": category,
                }
            )
    out = Path(__file__).with_name("dev.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items ({len(SENTENCES)} sentences) to {out}")


if __name__ == "__main__":
    main()
