# ruff: noqa: E501  (data: long hand-written sentences read better unwrapped)
"""Generate corpus/train.jsonl from hand-written phrase pieces (project-written, no copied text).

Each category has its own title and body patterns; slots are filled from shared pools of
places, victims, actors and details. Deterministic: ``python corpus/generate.py`` always writes
the same file. The test set (corpus/test.jsonl) is NOT made here: see corpus/write_test.py,
written separately with different phrasing so that test figures are not template recall.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20240813
PER_CATEGORY = 170
# Hard negatives get more examples: a false alarm is the costly error in an alerting system.
PER_CATEGORY_OVERRIDE = {"not_relevant": 420}
FIELD_SHARE = 0.19  # about 15 % survive de-duplication
EN_SHARE = 0.12

# (locality, province, department)
PLACES = [
    ("Pataz", "Pataz", "La Libertad"),
    ("Vijus", "Pataz", "La Libertad"),
    ("Retamas", "Pataz", "La Libertad"),
    ("Llacuabamba", "Pataz", "La Libertad"),
    ("Tayabamba", "Pataz", "La Libertad"),
    ("Huamachuco", "Sánchez Carrión", "La Libertad"),
    ("La Rinconada", "San Antonio de Putina", "Puno"),
    ("Ananea", "San Antonio de Putina", "Puno"),
    ("Cerro Lunar", "San Antonio de Putina", "Puno"),
    ("Sandia", "Sandia", "Puno"),
    ("La Pampa", "Tambopata", "Madre de Dios"),
    ("Huepetuhe", "Manu", "Madre de Dios"),
    ("Mazuko", "Tambopata", "Madre de Dios"),
    ("Delta 1", "Tambopata", "Madre de Dios"),
    ("Chala", "Caravelí", "Arequipa"),
    ("Secocha", "Camaná", "Arequipa"),
    ("Atico", "Caravelí", "Arequipa"),
    ("Caravelí", "Caravelí", "Arequipa"),
    ("Lucanas", "Lucanas", "Ayacucho"),
    ("Sancos", "Huanca Sancos", "Ayacucho"),
    ("Challhuahuacho", "Cotabambas", "Apurímac"),
    ("Las Bambas", "Cotabambas", "Apurímac"),
    ("Tambogrande", "Piura", "Piura"),
    ("Suyo", "Ayabaca", "Piura"),
    ("Las Lomas", "Piura", "Piura"),
    ("Hualgayoc", "Hualgayoc", "Cajamarca"),
    ("Celendín", "Celendín", "Cajamarca"),
    ("Cenepa", "Condorcanqui", "Amazonas"),
    ("Santa María de Nieva", "Condorcanqui", "Amazonas"),
    ("Nasca", "Nasca", "Ica"),
    ("Saramarca", "Palpa", "Ica"),
    ("Llipata", "Palpa", "Ica"),
    ("Puerto Inca", "Puerto Inca", "Huánuco"),
    ("Huacrachuco", "Marañón", "Huánuco"),
    ("Parcoy", "Pataz", "La Libertad"),
    ("Quiruvilca", "Santiago de Chuco", "La Libertad"),
    ("Nazca", "Nasca", "Ica"),
    ("Ocoña", "Camaná", "Arequipa"),
    ("Tambopata", "Tambopata", "Madre de Dios"),
    # Added so that every department of src/earlywarn/data/mining_localities.csv (and the other
    # mining regions) is in training: Áncash, Cusco, Lima, Moquegua, Pasco, Tacna, Junín,
    # Huancavelica, Loreto.
    ("San Marcos", "Huari", "Áncash"),
    ("Huarmey", "Huarmey", "Áncash"),
    ("Espinar", "Espinar", "Cusco"),
    ("Quince Mil", "Quispicanchi", "Cusco"),
    ("Santo Tomás", "Chumbivilcas", "Cusco"),
    ("Oyón", "Oyón", "Lima"),
    ("Huarochirí", "Huarochirí", "Lima"),
    ("Cuajone", "Mariscal Nieto", "Moquegua"),
    ("Cerro de Pasco", "Pasco", "Pasco"),
    ("Toquepala", "Jorge Basadre", "Tacna"),
    ("Morococha", "Yauli", "Junín"),
    ("Lircay", "Angaraes", "Huancavelica"),
    ("Nanay", "Maynas", "Loreto"),
    ("Boca Colorado", "Manu", "Madre de Dios"),
    ("Crucero", "Carabaya", "Puno"),
    ("Tambobamba", "Cotabambas", "Apurímac"),
    ("Puquio", "Lucanas", "Ayacucho"),
    ("Marcona", "Nasca", "Ica"),
    ("Bambamarca", "Hualgayoc", "Cajamarca"),
    ("Paimas", "Ayabaca", "Piura"),
    ("Llata", "Huamalíes", "Huánuco"),
    ("Aguaytía", "Padre Abad", "Ucayali"),
]
# UBIGEO department codes, recorded on each item so coverage can be checked.
DEPARTMENT_UBIGEO = {
    "Amazonas": "01",
    "Áncash": "02",
    "Apurímac": "03",
    "Arequipa": "04",
    "Ayacucho": "05",
    "Cajamarca": "06",
    "Cusco": "08",
    "Huancavelica": "09",
    "Huánuco": "10",
    "Ica": "11",
    "Junín": "12",
    "La Libertad": "13",
    "Lima": "15",
    "Loreto": "16",
    "Madre de Dios": "17",
    "Moquegua": "18",
    "Pasco": "19",
    "Piura": "20",
    "Puno": "21",
    "Tacna": "23",
    "Ucayali": "25",
}
MINES = [
    "la minera Poderosa",
    "la compañía Marsa",
    "una contrata minera",
    "una bocamina",
    "el socavón Santa Rosa",
    "la concesión El Dorado",
    "el tajo San Juan",
    "una cooperativa minera",
    "la unidad minera",
    "un campamento minero",
    "la planta de beneficio",
    "el asentamiento minero",
    "una labor artesanal",
    "la concesión aurífera",
]
WORKERS = [
    "mineros",
    "trabajadores",
    "mineros artesanales",
    "vigilantes",
    "obreros",
    "socavoneros",
    "operarios",
    "comuneros",
    "trabajadores de una contrata",
    "mineros formales",
    "pallaqueras",
]
WORKER_1 = [
    "un minero",
    "un vigilante",
    "un trabajador",
    "un operario",
    "un dirigente minero",
    "un empresario minero",
    "una pallaquera",
    "un guardia de seguridad",
    "un contratista",
    "un chofer de volquete",
    "un ingeniero de mina",
]
ACTORS = [
    "una banda criminal",
    "sujetos encapuchados",
    "delincuentes armados",
    "una organización criminal",
    "hombres armados",
    "presuntos sicarios",
    "mineros ilegales",
    "una facción armada",
    "desconocidos",
    "integrantes de una banda",
    "criminales con fusiles",
]
NUMS = [
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "diez",
    "doce",
    "trece",
    "2",
    "3",
    "4",
    "5",
    "6",
    "9",
    "11",
    "13",
    "al menos tres",
    "más de diez",
]
WHEN = [
    "la madrugada de este lunes",
    "la noche del sábado",
    "este domingo",
    "ayer por la tarde",
    "el pasado fin de semana",
    "la mañana del jueves",
    "en horas de la noche",
    "esta madrugada",
    "el martes",
    "durante la noche",
]
SOURCE = [
    "según la Policía",
    "informó la fiscalía",
    "confirmó la PNP",
    "según pobladores",
    "reportó la prensa local",
    "según fuentes policiales",
    "informó el alcalde",
    "según la empresa",
    "indicaron testigos",
    "de acuerdo con el parte policial",
]

# Category -> (titles, bodies). Slots: {p} locality, {prov}, {dep}, {n} number, {w} workers,
# {w1} one worker, {a} actor, {m} mine, {t} when, {s} source.
ES: dict[str, tuple[list[str], list[str]]] = {
    "extortion": (
        [
            "Mineros de {p} denuncian cobro de cupos",
            "Extorsionadores exigen pagos a mineros en {p}",
            "{a} cobra cupos a mineros de {dep}",
            "Extorsión a {m} en {p}",
            "Mineros artesanales pagan cupos para poder trabajar en {p}",
            "Dejan carta extorsiva en {m} de {p}",
            "Piden dinero a cambio de no atacar socavones en {p}",
            "Ola de extorsiones golpea a la minería en {prov}",
            "Exigen un porcentaje de la producción de oro a mineros de {p}",
            "Banda se queda con parte del oro de los mineros de {p}",
        ],
        [
            "{a} exige a los {w} un pago semanal por cada bocamina, {s}.",
            "Los {w} reciben mensajes por WhatsApp amenazando con volar sus socavones si no pagan.",
            "Los extorsionadores pidieron {n} mil soles al mes a {m}, {s}.",
            "Dejaron un explosivo con una nota exigiendo dinero en la entrada de {m}.",
            "Los dueños de volquetes denuncian que deben pagar un cupo para transitar por la zona.",
            "Los mineros denuncian cobros de cupos y amenazas de muerte contra sus familias en {p}.",
            "Quien no paga la cuota es amenazado; muchos {w} han dejado de denunciar por miedo.",
            "Las víctimas pagan por cada tonelada de mineral extraída, {s}.",
            "Los cobradores exigen parte de la producción a cambio de dejarlos trabajar.",
        ],
    ),
    "armed_attack": (
        [
            "Ataque armado contra {w} en {p}",
            "Balacera en {m} de {p} deja {n} heridos",
            "{a} dispara contra {w} en {p}",
            "Atacan a balazos campamento minero en {p}",
            "Enfrentamiento armado en socavón de {p}",
            "Emboscan a {w} en {prov}",
            "Disparan contra bus de {w} en {dep}",
            "Asalto armado a bocamina en {p} deja heridos",
            "Balean a {w1} en {p}: sobrevive herido",
            "Hieren de bala a {w} durante ataque en {p}",
            "Tiroteo en campamento minero de {p}",
            "Ataque con explosivos y disparos contra mineros en {p} deja heridos",
        ],
        [
            "{a} atacó con armas de fuego a los {w} que salían del socavón {t}, {s}.",
            "Los atacantes dispararon ráfagas contra el campamento y {n} trabajadores resultaron heridos.",
            "Hubo un intercambio de disparos dentro de la labor minera; los heridos fueron evacuados.",
            "Sujetos con armas largas irrumpieron en {m} y balearon a los vigilantes.",
            "{n} {w} resultaron heridos de bala tras el ataque en {p}, {s}.",
            "El bus que trasladaba al personal fue atacado a balazos en la carretera hacia {p}.",
            "Los heridos fueron trasladados al centro de salud de {prov}; los agresores huyeron.",
            "Los vigilantes repelieron el ataque de {a} que intentó tomar la bocamina.",
        ],
    ),
    "homicide": (
        [
            "Asesinan a {n} {w} en {p}",
            "Hallan cuerpos de {n} {w} en socavón de {p}",
            "Matan a {w1} en {p}",
            "Crimen en {p}: asesinan a {w1}",
            "{n} muertos en ataque a mina de {p}",
            "Sicarios asesinan a {w1} en {dep}",
            "Encuentran sin vida a {w1} en {p}",
            "Masacre de mineros en {prov}",
            "Ultiman a balazos a {w1} en {p}",
            "Muere {w1} tras ataque de sicarios en {p}",
            "Muere {w1} tras ser baleado en {p}",
            "{w1} muere baleado por desconocidos en {p}",
            "Acribillan a {w1} cerca de {m}",
            "Recuperan restos de {w} asesinados en {p}",
            "Ejecutan a {n} {w} en {dep}",
        ],
        [
            "Los cuerpos de los {w} fueron encontrados con signos de tortura dentro de una bocamina, {s}.",
            "{w1} fue asesinado a balazos cuando salía de su turno {t}, {s}.",
            "La fiscalía investiga el asesinato de {n} {w}; los cadáveres estaban maniatados.",
            "Sicarios en moto dispararon contra {w1}, que murió en el acto.",
            "La víctima había denunciado amenazas por no pagar cupos; fue ejecutada {t}.",
            "Ya son {n} los {w} asesinados este año en {prov}, {s}.",
            "Los trabajadores fueron ultimados por {a} que busca controlar la zona.",
            "Peritos de criminalística levantaron los cadáveres en {p}.",
        ],
    ),
    "kidnapping": (
        [
            "Secuestran a {n} {w} en {p}",
            "Rapto de {w1} en {p}",
            "{a} secuestra a mineros en {dep}",
            "Liberan a {w} secuestrados en {p}",
            "Piden rescate por {w1} secuestrado en {p}",
            "Desaparecen {n} {w} tras ser capturados por {a}",
            "Toman como rehenes a {w} en {p}",
            "Secuestro de trabajadores en {m} de {p}",
            "Plagio de {w1} en {p}: exigen rescate",
            "Capturan y se llevan a {w} con rumbo desconocido en {p}",
            "Mantienen cautivos a {w} en {p}",
            "Reportan desaparecidos a {n} {w} tras ser llevados por {a} en {p}",
        ],
        [
            "{a} se llevó a los {w} a la fuerza y luego exigió un rescate a sus familias, {s}.",
            "{w1} fue secuestrado {t} y sus captores piden dinero por su liberación.",
            "Los {n} trabajadores permanecen retenidos dentro de un socavón controlado por {a}.",
            "Las familias denuncian que los mineros fueron raptados y no saben de su paradero.",
            "La Policía rescató a {n} {w} que habían sido secuestrados en {p}.",
            "Los captores retuvieron a los trabajadores varios días dentro de la mina.",
            "Secuestraron al ingeniero cuando se dirigía a {m} y pidieron rescate en dólares.",
            "Los rehenes fueron liberados tras la intervención de la Dirincri, {s}.",
        ],
    ),
    "theft": (
        [
            "Roban mineral de {m} en {p}",
            "Asaltan camión con concentrado en {dep}",
            "Robo de oro en {p}",
            "Asaltan convoy minero en la ruta a {p}",
            "Delincuentes roban explosivos de polvorín en {p}",
            "Roban {n} kilos de oro en {p}",
            "Asalto a planta de beneficio en {p}",
            "Acopiador de oro asaltado en {p}",
            "Hurtan explosivos de almacén en {p}",
            "Chacales roban mineral de socavones en {p}",
            "Se llevan oro de planta de beneficio en {p}",
        ],
        [
            "{a} interceptó el camión que llevaba mineral y se llevó la carga, {s}.",
            "Los asaltantes redujeron a los vigilantes y sustrajeron sacos de mineral aurífero.",
            "Robaron barras de oro y dinero en efectivo de un acopiador {t}.",
            "Los ladrones ingresaron a la planta y se llevaron concentrado de oro valorizado en miles de soles.",
            "Los llamados chacales ingresan a las labores para robar mineral de los socavones.",
            "Asaltaron a un volquete que transportaba mineral por la carretera a {p}.",
            "El polvorín fue forzado y se llevaron cajas de dinamita y fulminantes, {s}.",
            "Los delincuentes se llevaron el carmín y la producción de toda una semana.",
        ],
    ),
    "invasion": (
        [
            "Invaden concesión minera en {p}",
            "Mineros ilegales toman socavón en {p}",
            "Invasión de concesión de {m} en {p}",
            "Denuncian usurpación de concesión en {dep}",
            "Ocupan tajo de mina formal en {p}",
            "Toma de bocaminas en {p}",
            "Invasores ingresan a concesión aurífera en {prov}",
            "Disputa por socavón: invasores ocupan labor en {p}",
            "Se apoderan de concesión de {m} en {p}",
            "Empresa denuncia que invasores ocupan su derecho minero en {dep}",
        ],
        [
            "Un grupo de mineros informales ingresó sin permiso a la concesión de {m} y ocupó las labores, {s}.",
            "La empresa denunció la usurpación de su concesión por parte de invasores armados.",
            "Los invasores abrieron nuevas bocaminas dentro del derecho minero de la compañía.",
            "Cientos de personas tomaron el terreno de la concesión y levantaron campamentos.",
            "{a} se apoderó de un socavón de {m} y expulsó a los trabajadores.",
            "El titular de la concesión pidió a la Fiscalía el desalojo de los invasores.",
            "La invasión de la concesión ocurrió {t}, según la denuncia de la empresa.",
            "Los ocupantes ilegales se niegan a retirarse del área concesionada en {p}.",
        ],
    ),
    "illegal_mining_enforcement": (
        [
            "Operativo contra minería ilegal en {p}",
            "Destruyen maquinaria de minería ilegal en {p}",
            "Interdicción en {p}: decomisan dragas",
            "Detienen a {n} mineros ilegales en {p}",
            "Fiscalía y PNP intervienen campamento ilegal en {p}",
            "Incautan mercurio y oro en operativo en {dep}",
            "Golpe a la minería ilegal en {prov}",
            "Capturan a red de minería ilegal en {p}",
            "Queman campamentos de minería ilegal en {p}",
            "Detienen a cabecilla de minería ilegal en {dep}",
            "Interdicción con apoyo del Ejército en {p}",
        ],
        [
            "La Fiscalía Especializada en Materia Ambiental y la Policía destruyeron dragas y motores, {s}.",
            "En el operativo se incautaron {n} kilos de oro y se detuvo a varios mineros ilegales.",
            "La interdicción inutilizó cargadores frontales, motobombas y campamentos ilegales.",
            "Las Fuerzas Armadas apoyaron la intervención contra la minería ilegal en {p}.",
            "Se decomisaron explosivos, insumos químicos y balones de gas en la zona de {p}.",
            "Los detenidos no contaban con REINFO vigente y operaban fuera de la ley.",
            "La Marina intervino balsas gasíferas en el río durante el operativo {t}.",
            "La SUNAT y la Policía incautaron un cargamento de oro de origen ilegal en {p}.",
        ],
    ),
    "sabotage": (
        [
            "Derriban torre de alta tensión en {p}",
            "Vuelan torre eléctrica en {prov}",
            "Atentado con explosivos contra torre de energía en {p}",
            "Dinamitan torres que abastecen a minera en {dep}",
            "Sabotaje deja sin energía a {m} en {p}",
            "Detonan explosivos en bocamina de {p}",
            "Atentado contra torres de alta tensión en {p}",
            "Vuelan puente de acceso a mina en {p}",
        ],
        [
            "{a} colocó explosivos en la base de la torre de alta tensión y la derribó, {s}.",
            "La voladura de las torres dejó sin energía a la unidad minera y a poblados cercanos.",
            "Es el tercer atentado contra torres eléctricas en {prov} este mes.",
            "Las torres fueron dinamitadas {t}; la empresa eléctrica trabaja en la reposición.",
            "Detonaron cargas de dinamita en la bocamina para inutilizarla.",
            "Los explosivos destruyeron la línea de transmisión que abastece a {m}.",
            "Un artefacto explosivo fue detonado en el puente de acceso al campamento.",
            "Los saboteadores atacaron la infraestructura eléctrica con anfo y dinamita.",
        ],
    ),
    "social_conflict": (
        [
            "Bloquean corredor minero en {p}",
            "Paro de mineros artesanales en {dep}",
            "Comuneros bloquean vía a {m}",
            "Protesta contra minera en {p}",
            "Mineros informales marchan en Lima por ampliación del REINFO",
            "Huelga indefinida en {p}",
            "Dirigentes de {p} anuncian paro contra el proyecto minero",
            "Enfrentamiento entre comuneros y policías en {p}",
        ],
        [
            "Los comuneros bloquearon la carretera con piedras y troncos exigiendo diálogo, {s}.",
            "Los mineros artesanales acatan un paro indefinido y bloquean las vías de {p}.",
            "Los manifestantes exigen que la empresa cumpla sus compromisos sociales.",
            "La Defensoría del Pueblo registró el conflicto social y pidió una mesa de diálogo.",
            "Cientos de pobladores protestan contra la contaminación y el paso de camiones.",
            "Los huelguistas tomaron el puente y se enfrentaron con la Policía {t}.",
            "El bloqueo del corredor minero impide el traslado de concentrado desde {p}.",
            "Las comunidades campesinas rechazan la ampliación del proyecto minero en {prov}.",
        ],
    ),
    "environmental": (
        [
            "Ríos de {dep} contaminados con mercurio",
            "Deforestación por minería ilegal en {p}",
            "Mercurio en peces y pobladores de {p}",
            "Derrame de relaves en río de {p}",
            "Minería ilegal arrasa bosques en {prov}",
            "Alerta por contaminación minera en {p}",
            "Estudio halla mercurio en sangre de niños de {p}",
            "Relavera colapsa y contamina río en {dep}",
            "Miles de hectáreas de bosque perdidas en {p}",
            "Metales pesados en el agua de {p}",
            "Peces muertos en río de {p} por contaminación minera",
        ],
        [
            "Un estudio encontró niveles de mercurio muy por encima de lo permitido en el río, {s}.",
            "La minería ilegal ha deforestado miles de hectáreas de bosque amazónico en {p}.",
            "Los pobladores reportan peces muertos y agua turbia después del derrame de relaves.",
            "Las imágenes satelitales muestran la pérdida de bosque por dragas y motobombas.",
            "La OEFA evaluó la calidad del agua tras la denuncia de contaminación en {p}.",
            "El uso de mercurio en la amalgamación contamina el aire y los ríos de {prov}.",
            "Las comunidades nativas denuncian que el río ya no es apto para consumo.",
            "Los relaves mineros cubrieron chacras y pastizales cerca de {p}.",
        ],
    ),
    "not_relevant": (
        [
            "Precio del oro alcanza nuevo récord",
            "Minera anuncia inversión de US$ 500 millones en {dep}",
            "{dep}: equipo local prepara ataque para la final",
            "Invasión de terrenos en {p} para viviendas",
            "Elecciones regionales en {dep}: candidatos debaten",
            "Festival de la Virgen de la Candelaria en Puno",
            "Producción de cobre de Perú crece en el trimestre",
            "Turismo en {p} crece durante feriado largo",
            "Clima: heladas afectarán {dep}",
            "Cosecha de café en {dep} supera expectativas",
            "Colegio de {p} gana concurso escolar",
            "MEM aprueba estudio de impacto ambiental de proyecto en {dep}",
            "Bolsa de Valores de Lima sube impulsada por mineras",
            "Feria gastronómica en {p}",
            "Ataque de asma: recomendaciones de salud",
            "Municipio de {p} inaugura obra de agua potable",
            "Derrumbe en mina de {p} deja trabajadores atrapados",
            "Mineros mueren por inhalar gases en socavón de {p}",
            "Extorsionadores atacan bus de transporte urbano en Lima",
            "Asesinan a comerciante de celulares en Chiclayo",
            "Secuestro en telenovela: el final que nadie esperaba",
            "Roban celulares en concierto de Lima",
            "Ataque cardíaco: cómo prevenirlo",
            "Huelga de profesores llega a {dep}",
            "Paro de transportistas contra el alza del combustible",
            "Medalla de oro para deportista de {dep}",
            "Explosión de balón de gas en restaurante de {p}",
            "Bomberos controlan incendio forestal en {dep}",
            "Empresa minera reporta utilidades récord",
            "Sismo sacude {dep} sin causar daños",
            "Congreso amplía plazo de formalización minera",
            "Hinchas de {p} celebran el ascenso de su equipo",
        ],
        [
            "El precio internacional del oro subió por la demanda de bancos centrales.",
            "La compañía minera proyecta iniciar la construcción el próximo año, informó el gerente.",
            "El delantero dijo que el equipo saldrá al ataque desde el primer minuto.",
            "Familias invadieron un terreno municipal para construir viviendas, informó el alcalde.",
            "Los candidatos al gobierno regional presentaron sus planes de gobierno en {p}.",
            "Miles de danzantes participaron en la fiesta patronal con trajes de luces.",
            "Las exportaciones mineras sumaron millones de dólares según el BCRP.",
            "Los hoteles de {p} registraron alta ocupación durante el feriado.",
            "El Senamhi pronostica temperaturas bajo cero en las zonas altoandinas.",
            "El ministerio anunció becas para estudiantes de {dep}.",
            "La empresa firmó un convenio de responsabilidad social para construir una posta médica.",
            "El Congreso debatió el presupuesto del sector educación.",
            "El equipo de {p} empató con el visitante en el estadio municipal.",
            "El gobierno regional inauguró una carretera que une {p} con la capital de provincia.",
            "El Ingemmet publicó el catastro minero actualizado del mes.",
            "Los productores de palta esperan un buen año exportador.",
            "Los rescatistas trabajan para sacar a los mineros atrapados tras el derrumbe.",
            "La policía investiga el crimen ocurrido en el mercado de la ciudad.",
            "El mototaxista fue asaltado cuando esperaba pasajeros, informó la comisaría.",
            "La procesión recorrió las calles principales de {p} con cientos de fieles.",
            "El precio del cobre cayó por la menor demanda de China.",
            "La empresa anunció que la producción de oro creció en el trimestre.",
        ],
    ),
}

# Field reports from guards and patrols: terse, first person, with times.
FIELD: dict[str, list[str]] = {
    "extortion": [
        "Parte de ronda: desconocidos exigen pago a los operarios para dejarlos trabajar en {p}.",
        "Supervisor de seguridad comunica mensaje extorsivo recibido en la oficina de {m}.",
        "Informe de turno: choferes dicen que pagaron cupo en el control de {p}.",
        "Guard reports extortion call demanding money from the site manager.",
        "Vigilante reporta que sujetos llegaron a la bocamina a exigir cupo, amenazan volver.",
        "Patrulla informa: dejaron nota pidiendo pago semanal en garita de {p}.",
        "Guardia reporta llamada extorsiva al supervisor, piden {n} mil soles.",
        "Reporte de campo: mineros de nivel 2 dicen que les cobran cuota para entrar.",
    ],
    "armed_attack": [
        "Parte de ronda: disparos contra la camioneta de relevo en el acceso a {p}.",
        "Supervisor de seguridad comunica ataque armado a la garita, {n} heridos.",
        "Informe de turno: sujetos armados disparan al campamento de {p}.",
        "Security patrol reports shots fired at the camp, guards wounded.",
        "Vigilante reporta disparos contra la garita de {p}, {n} compañeros heridos.",
        "Patrulla bajo fuego en acceso a socavón, solicitamos apoyo.",
        "Guardia informa ataque con armas largas en campamento, heridos en camino a posta.",
        "Reporte de campo: balacera en bocamina norte, atacantes huyeron al cerro.",
    ],
    "homicide": [
        "Parte de ronda: hallamos a un trabajador muerto a balazos en {p}.",
        "Supervisor de seguridad comunica que asesinaron a {n} mineros en la labor.",
        "Informe de turno: vigilante de la contrata fue asesinado en su puesto.",
        "Guard reports worker found shot dead near the tunnel entrance.",
        "Vigilante reporta hallazgo de cadáver en labor abandonada de {p}.",
        "Patrulla informa: compañero de seguridad asesinado en garita 3.",
        "Guardia reporta {n} trabajadores muertos en socavón tras ataque nocturno.",
        "Reporte de campo: encontramos cuerpo sin vida de minero en quebrada de {p}.",
    ],
    "kidnapping": [
        "Parte de ronda: grupo armado se llevó a {n} trabajadores de {p}.",
        "Supervisor de seguridad comunica secuestro del ingeniero de turno.",
        "Informe de turno: operarios retenidos por encapuchados en la bocamina.",
        "Security patrol reports two workers abducted by armed men.",
        "Vigilante reporta que se llevaron a {n} operarios a la fuerza, camioneta sin placa.",
        "Patrulla informa: supervisor no aparece, captores llamaron pidiendo rescate.",
        "Guardia reporta trabajadores retenidos dentro de socavón por grupo armado.",
        "Reporte de campo: secuestraron al chofer del volquete en la ruta a {p}.",
    ],
    "theft": [
        "Parte de ronda: robaron cable y mineral de la cancha de {p}.",
        "Supervisor de seguridad comunica faltante de explosivos en el polvorín.",
        "Informe de turno: asaltaron el volquete con mineral en la ruta a {p}.",
        "Guard reports ore stolen from the stockpile overnight.",
        "Vigilante reporta robo de sacos de mineral en cancha de {p}.",
        "Patrulla informa: asaltaron camión de concentrado en la curva, carga perdida.",
        "Guardia reporta polvorín forzado, faltan cajas de explosivos.",
        "Reporte de campo: chacales ingresaron al nivel 4 y se llevaron mineral.",
    ],
    "invasion": [
        "Parte de ronda: invasores ocupan la zona de exploración de {p}.",
        "Supervisor de seguridad comunica toma de bocaminas por informales.",
        "Informe de turno: personas ajenas se instalan dentro de la concesión.",
        "Security patrol reports squatters occupying the concession.",
        "Vigilante reporta ingreso de grupo de invasores a la concesión por el lado sur.",
        "Patrulla informa: ocuparon bocamina 7, levantaron carpas dentro de la concesión.",
        "Guardia reporta personas ajenas trabajando en nuestra labor, no se retiran.",
        "Reporte de campo: invasión de tajo en {p}, cerca de cien personas.",
    ],
    "illegal_mining_enforcement": [
        "Parte de ronda: policía interviene labores ilegales en el cerro vecino de {p}.",
        "Supervisor de seguridad comunica paso de operativo contra minería ilegal.",
        "Informe de turno: fiscalía destruye dragas en el río cerca de {p}.",
        "Guard reports police raid on illegal miners next to the site.",
        "Vigilante reporta llegada de fiscalía y policía para operativo contra dragas en {p}.",
        "Patrulla informa: interdicción en curso en el río, queman motores.",
        "Guardia reporta detención de mineros ilegales en quebrada vecina.",
        "Reporte de campo: operativo de la Marina destruye balsas en {p}.",
    ],
    "sabotage": [
        "Parte de ronda: volaron una torre de energía de la línea a {p}.",
        "Supervisor de seguridad comunica explosión en la subestación, sin energía.",
        "Informe de turno: cortaron y quemaron el cable de la bomba de agua.",
        "Security patrol reports pylon blown up, power to the plant lost.",
        "Vigilante reporta explosión en torre de alta tensión, sin energía en planta.",
        "Patrulla informa: derribaron torre 14 con dinamita durante la noche.",
        "Guardia reporta detonación en bocamina, acceso bloqueado por escombros.",
        "Reporte de campo: sabotaje a línea eléctrica que abastece a {p}.",
    ],
    "social_conflict": [
        "Parte de ronda: comuneros bloquean el acceso a la mina en {p}.",
        "Supervisor de seguridad comunica paro de trabajadores de la contrata.",
        "Informe de turno: manifestantes frente a la garita con pancartas.",
        "Guard reports community roadblock at the access road.",
        "Vigilante reporta bloqueo de la vía de acceso por comuneros, camiones detenidos.",
        "Patrulla informa: piquete de huelguistas en el puente, paro indefinido.",
        "Guardia reporta marcha de pobladores hacia la garita principal.",
        "Reporte de campo: bloqueo del corredor minero con piedras a la altura de {p}.",
    ],
    "environmental": [
        "Parte de ronda: relave en la quebrada aguas abajo de {p}.",
        "Supervisor de seguridad comunica tala y quema de bosque por informales.",
        "Informe de turno: mancha de aceite y lodo en el río.",
        "Security patrol reports tailings leak reaching the stream.",
        "Vigilante reporta agua de color extraño y peces muertos río abajo de {p}.",
        "Patrulla informa: nueva zona deforestada por dragas cerca del campamento.",
        "Guardia reporta fuga de relaves en la cancha, llega a la quebrada.",
        "Reporte de campo: quema de amalgama con mercurio a cielo abierto en {p}.",
    ],
    "not_relevant": [
        "Parte de ronda: sin novedad en el perímetro de {p}.",
        "Supervisor de seguridad comunica simulacro de sismo en el campamento.",
        "Informe de turno: llegada de cisternas de combustible, documentos en regla.",
        "Guard reports quiet shift, all checkpoints normal.",
        "Vigilante reporta turno sin novedad en garita de {p}.",
        "Patrulla informa: ronda completada, sin incidentes.",
        "Guardia reporta llegada de proveedores de alimentos al campamento.",
        "Reporte de campo: mantenimiento programado de la camioneta, sin novedad.",
    ],
}

EN: dict[str, list[str]] = {
    "extortion": [
        "Extortionists threaten miners in {p} who refuse to pay",
        "Racketeers in {dep} squeeze small miners for cash",
        "Gangs extort artisanal miners in {p}, demanding weekly payments",
        "Miners in {dep} say criminals charge protection fees to work their tunnels",
    ],
    "armed_attack": [
        "Shots fired at miners in {p}; {n} hurt",
        "Attackers wound guards at a mine in {dep}",
        "Miners injured in shooting at {p} mine",
        "Gunmen open fire on miners at a gold mine in {p}",
        "Armed attack on mining camp in {dep} leaves {n} wounded",
    ],
    "homicide": [
        "Gunmen kill {n} miners in {p}",
        "Miner shot dead in {p}",
        "Murder of mine guard in {dep}",
        "Killers murder workers at a gold mine in {p}",
        "{n} miners killed in {p}, Peru, police say",
        "Bodies of murdered gold miners found in a tunnel in {dep}",
    ],
    "kidnapping": [
        "Workers held hostage at a mine in {p}",
        "Mine engineer abducted in {dep}",
        "Ransom demanded for kidnapped miner in {p}",
        "Miners kidnapped in {p}; captors demand ransom",
        "Armed group abducts {n} workers from a mine in {dep}",
    ],
    "theft": [
        "Gold stolen from processing plant in {p}",
        "Bandits rob ore and explosives in {dep}",
        "Robbers steal gold ore from a mine in {p}",
        "Truck carrying mineral concentrate hijacked in {dep}",
    ],
    "invasion": [
        "Informal miners seize part of a mining concession in {p}",
        "Occupation of mine concession in {dep} continues",
        "Illegal miners invade concession of a gold company in {p}",
        "Squatters occupy mining concession in {dep}, company says",
    ],
    "illegal_mining_enforcement": [
        "Police raid illegal mine and seize gold in {p}",
        "Troops and prosecutors dismantle illegal mining camp in {dep}",
        "Peruvian police destroy illegal mining dredges in {p}",
        "Crackdown on illegal gold mining in {dep} leads to arrests",
    ],
    "sabotage": [
        "Bomb attack knocks down power line to mine in {p}",
        "Dynamite destroys electricity tower in {dep}",
        "Power pylons blown up near mine in {p}",
        "Explosives topple high-voltage tower supplying a mine in {dep}",
    ],
    "social_conflict": [
        "Communities protest against mine in {p}",
        "Roadblocks by residents halt mine traffic in {dep}",
        "Protesters block mining corridor in {dep}",
        "Artisanal miners strike and block roads in {p}",
    ],
    "environmental": [
        "Forest loss from gold dredges in {p}",
        "Toxic tailings spill into river in {dep}",
        "Residents of {p} show high mercury levels",
        "Study finds mercury in river water and fish in {dep}",
        "Mercury pollution from illegal gold mining poisons rivers in {dep}",
        "Illegal mining deforestation spreads in {p}",
    ],
    "not_relevant": [
        "Heart attack risk rises with age, doctors say",
        "Football: {dep} side goes on the attack",
        "Housing squatters settle on land in {p}",
        "Copper price falls",
        "New school opens in {p}",
        "Gold price hits record high on central bank buying",
        "Mining company announces investment in {dep}",
        "Peru's copper output rises in the quarter",
        "Local team prepares attack for the final in {dep}",
        "Festival draws tourists to {p}",
        "Regional elections in {dep}: candidates debate",
    ],
}
EN_BODY = [
    "Police said an investigation was under way.",
    "Local authorities confirmed the report.",
    "The incident happened overnight, according to residents.",
    "Officials gave no further details.",
    "The company said it was cooperating with authorities.",
    "",
]


def _slots(rng: random.Random) -> dict[str, str]:
    """One draw of every slot; title and body of one item share it (one place per story)."""
    place, prov, dep = rng.choice(PLACES)
    return {
        "p": place,
        "prov": prov,
        "dep": dep,
        "n": rng.choice(NUMS),
        "w": rng.choice(WORKERS),
        "w1": rng.choice(WORKER_1),
        "a": rng.choice(ACTORS),
        "m": rng.choice(MINES),
        "t": rng.choice(WHEN),
        "s": rng.choice(SOURCE),
    }


def _fill(pattern: str, slots: dict[str, str]) -> str:
    return pattern.format(**slots)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def generate(rng: random.Random) -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    seen: set[str] = set()
    for category, (titles, bodies) in ES.items():
        made = 0
        attempts = 0
        wanted = PER_CATEGORY_OVERRIDE.get(category, PER_CATEGORY)
        while made < wanted and attempts < wanted * 20:
            attempts += 1
            roll = rng.random()
            slots = _slots(rng)
            lang = "es"
            kind = "news"
            if roll < FIELD_SHARE:
                kind = "field"
                pattern = rng.choice(FIELD[category])
                title = _cap(_fill(pattern, slots))
                lang = "en" if pattern.startswith(("Guard reports", "Security patrol")) else "es"
                text = ""
                if lang == "es" and rng.random() < 0.5:
                    text = _cap(_fill(rng.choice(WHEN), slots)) + "."
            elif roll < FIELD_SHARE + EN_SHARE:
                lang = "en"
                title = _cap(_fill(rng.choice(EN[category]), slots))
                text = rng.choice(EN_BODY)
            else:
                title = _cap(_fill(rng.choice(titles), slots))
                picked = rng.sample(bodies, k=rng.choice([1, 1, 2]))
                text = " ".join(_cap(_fill(b, slots)) for b in picked)
            key = title + "|" + text
            if key in seen:
                continue
            seen.add(key)
            made += 1
            uses_place = any(f"{{{k}}}" in title + text for k in ("p", "prov", "dep")) or (
                slots["p"] in title + text or slots["dep"] in title + text
            )
            items.append(
                {
                    "id": f"train-{category}-{made:04d}",
                    "title": title,
                    "text": text,
                    "lang": lang,
                    "kind": kind,
                    "category": category,
                    "region": DEPARTMENT_UBIGEO[slots["dep"]] if uses_place else "",
                }
            )
    return items


def main() -> None:
    rng = random.Random(SEED)
    items = generate(rng)
    rng.shuffle(items)
    out = Path(__file__).with_name("train.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {out}")


if __name__ == "__main__":
    main()
