"""Work in health: clinical occupations are a trade, the statistical sciences are data work.

* **Clinical and healthcare occupations** (:data:`CLINICAL`): a hospital's medical or
  biomedical scientist, a laboratory technician, a doctor, registrar or GP, a nurse, a
  pharmacy technician, a radiographer or a physiotherapist does clinical work, not data
  work, even where the title holds a data noun ("Medical Scientist", "Clinical Scientist")
  or the employer is a research hospital. Like an engineering trade
  (:mod:`skillgap.text.trade_work`) such a job counts as related work only when its own
  lines show software or data analysis work, or when its title names data work as its
  subject ("Clinical Scientist (Bioinformatics)", "Nurse Informatics Analyst").
* **The statistical sciences** (:data:`STATISTICAL_SCIENCE`): a biostatistician's,
  epidemiologist's, biometrician's, econometrician's or psychometrician's work is data
  work, in the languages CVs are read in ("Biostatistiker", "biostatisticienne",
  "bioestadístico", "Estatístico").
"""

from __future__ import annotations

import re
from typing import Final

#: The statistical sciences' words, as a title or a degree names them (an alternation for
#: :data:`skillgap.text.work` to embed): "Principal Biostatistician", "Biostatistiker",
#: "Geostatistician", "Epidemiologist", "Estadístico", "bioestatística".
STATISTICAL_SCIENCE: Final = (
    r"(?:bio|geo|psycho)?statist\w*|(?:bio)?estad[íi]stic\w*|(?:bio)?estat[íi]stic\w*|"
    r"epidemiolog\w*|épidémiolog\w*|biometri\w*|econometri\w*|psychometri\w*"
)

#: Clinical and healthcare occupations: the scientists and technicians of a hospital's
#: laboratory, doctors, nurses, pharmacy staff and the allied health professions.
CLINICAL: Final = re.compile(
    r"\b(?:(?:bio)?medical\s+scientists?|clinical\s+scientists?|healthcare\s+scientists?|"
    r"(?:medical|clinical|hospital|biomedical)\s+lab(?:oratory)?\s+"
    r"(?:scientists?|technicians?|technologists?|assistants?)|"
    r"lab(?:oratory)?\s+technicians?|medical\s+technologists?|"
    # doctors: "Foundation Doctor", "Specialty Registrar", "Locum GP", "Core Medical Trainee"
    r"doctors?|house\s+officer|registrars?|general\s+practitioner|surgeons?|"
    r"(?:locum|salaried|sessional)\s+(?-i:GP)|(?-i:GP)\s+(?:registrar|trainee|partner)|"
    r"physicians?|(?:medical|specialty|core\s+medical|surgical)\s+trainee|"
    r"anaesthetist|radiologist|cardiologist|oncologist|pathologist|ha?ematologist|"
    r"dermatologist|neurologist|an(?:a)?esthesiologist|psychiatrist|p(?:a)?ediatrician|"
    r"obstetrician|gyn(?:a)?ecologist|"
    # nursing, pharmacy and the allied health professions
    r"nurses?|midwi(?:fe|ves)|paramedic|pharmacists?|pharmacy\s+(?:technician|assistant|"
    r"dispenser)|dispensers?|radiographer|sonographer|phlebotomist|physiotherapist|"
    r"(?:physical|occupational|respiratory|speech(?:\s+and\s+language)?)\s+therapist|"
    r"dietit(?:i|c)an|optometrist|audiologist|dentist|dental\s+(?:nurse|hygienist|assistant)|"
    r"(?:health\s?care|nursing|care|medical)\s+assistant|veterinar\w+|vet\s+surgeon|"
    # German, French, Spanish, Portuguese and Italian
    r"\w*ärzt(?:in|e)?|\w*arzt|krankenpfleger\w*|krankenschwester|altenpfleger\w*|"
    r"pflegefach\w*|apotheker\w*|medizinisch-technische[rn]?\s+\w*assistent\w*|"
    r"médecin|infirmi[eè]re?s?|pharmacien\w*|"
    r"sage-femme|aide-soignant\w*|médic[oa]s?|enfermer[oa]s?|enfermeir[oa]s?|"
    r"farmac[ée]utic[oa]s?|farmacista|infermier[ea])\b",
    re.I,
)

#: Data or engineering work a title names beside a clinical occupation, as its subject
#: ("Clinical Scientist (Bioinformatics)") or as another occupation ("Nurse Data Analyst",
#: "Systems Engineer, Doctors Without Borders"): the other rules read such a title.
_OTHER_THAN_CLINICAL: Final = re.compile(
    r"\b(?:data|daten\w*|données|datos|dados|dati|\w*informati\w*|analyt\w*|\w*analyst\w*|"
    r"analista|machine\s+learning|ml|ai|computational|software|developer|programmer|"
    r"engineer\w*|scientist|researcher|architect|administrator|"
    rf"{STATISTICAL_SCIENCE})\b",
    re.I,
)


def names_clinical(title: str) -> bool:
    """Whether a job's title names clinical or healthcare work, and no data work beside it.

    ``Medical Scientist (Senior from 2016)``, ``Locum GP / Emergency Medicine``,
    ``Pharmacy Technician``: clinical work. ``Clinical Scientist (Bioinformatics)``: its
    subject is data work, so the other rules read the title.
    """
    rest = CLINICAL.sub(" ", title)
    return rest != title and not _OTHER_THAN_CLINICAL.search(rest)
