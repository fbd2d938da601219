"""An Italian CV's words: its section headings, its leave, its other trades.

The rules that read a CV are the same in every language; this module holds the Italian
words they are read with, so that a language's words live in one place:

* **headings** (:data:`HEADINGS`, spliced into :data:`skillgap.text.sections.KINDS`):
  "Esperienze lavorative", "Esperienza professionale", "Percorso professionale" (jobs),
  "Istruzione e formazione", "Titoli di studio" (education), "Competenze", "Conoscenze
  informatiche" (skills), "Certificazioni", "Pubblicazioni", "Progetti", "Lingue",
  "Volontariato", "Interessi", "Profilo" (summary), "Contatti"; and a posting's
  "Requisiti", "Profilo ricercato" and "Chi cerchiamo" (its requirements, never a CV's
  summary), "Cosa farai" and "Mansioni" (its duties), "Cosa offriamo", "Chi siamo";
* **leave** (:data:`LEAVE`): "Congedo di maternità", "congedo parentale", "aspettativa"
  (unpaid leave), taken off the job that holds it as any leave is;
* **other trades** (:data:`OTHER_WORK`): a waiter's, a shop assistant's, a teacher's job
  ("Cameriera", "Commessa", "Insegnante") is not data work whatever its subject.

Dates (month names, "ad oggi", "in corso", "dal 05/2023 al 09/2023") are read in
:mod:`skillgap.text.dates`, and degrees ("Laurea Magistrale", "Laurea Triennale",
"Dottorato di ricerca") in :data:`skillgap.models.common.FOREIGN_DEGREES`, with the other
languages' forms.
"""

from __future__ import annotations

from typing import Final

#: Heading words to a section kind, as :data:`skillgap.text.sections.KINDS` holds them (the
#: first that matches wins, so volunteering and languages come before the jobs and skills
#: words their headings share: "Esperienze di volontariato", "Conoscenze linguistiche").
HEADINGS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # a posting's: "Requisiti preferenziali", "Gradita esperienza" (nice); "Requisiti",
    # "Profilo ricercato", "Il tuo profilo" (required)
    ("nice", ("preferenzial", "gradit")),
    ("required", ("requisiti", "profilo ricercato", "profilo richiesto", "il tuo profilo")),
    ("required", ("chi cerchiamo", "cerchiamo")),
    # a posting's other parts: "Cosa farai", "Mansioni" (duties), "Cosa offriamo", "Chi siamo"
    ("duties", ("cosa farai", "ti occuperai", "mansioni")),
    ("benefits", ("offriamo",)),
    ("about", ("chi siamo",)),
    ("volunteering", ("volontariato", "esperienze di volontariato")),
    ("languages", ("lingue straniere", "conoscenze linguistiche", "competenze linguistiche")),
    (
        "experience",
        (
            *("esperienze lavorative", "esperienza lavorativa", "esperienze professionali"),
            *("esperienza professionale", "esperienze", "percorso professionale", "carriera"),
            *("tirocini", "stage e tirocini"),
        ),
    ),
    ("education", ("formazione", "titoli di studio", "percorso di studi", "studi")),
    ("skills", ("conoscenze", "conoscenze informatiche", "capacità", "strumenti")),
    ("certifications", ("certificazioni", "certificati", "attestati", "abilitazioni")),
    ("publications", ("pubblicazioni",)),
    ("projects", ("progetti",)),
    ("interests", ("interessi", "hobby", "tempo libero")),
    ("service", ("premi", "riconoscimenti")),
    ("summary", ("profilo", "profilo professionale", "sommario", "chi sono", "presentazione")),
    ("contact", ("contatti", "recapiti", "dati personali", "informazioni personali")),
)

#: A leave's words: "Congedo di maternità", "congedo parentale", "aspettativa non retribuita".
LEAVE: Final = (
    r"(?:congedo|aspettativa)(?:\s+(?:(?:di|per)\s+)?(?:maternità|paternità|maternita|"
    r"paternita|parentale|non\s+retribuit[ao]))?"
)

#: Trades that are not data or engineering work, whatever their subject: "Cameriera
#: (part-time)", "Commesso", "Insegnante di matematica".
OTHER_WORK: Final = (
    r"camerier[ea]|commess[oa]|insegnant[ei]|infermier[ea]|cassier[ea]|cuoc[oa]|autista|"
    r"baby[- ]?sitter|animat(?:ore|rice)"
)
