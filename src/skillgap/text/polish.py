"""A Polish CV's words: its month names, its "to now", its section headings, its leave.

The rules that read a CV are the same in every language; this module holds the Polish
words they are read with, as :mod:`skillgap.text.italian` holds the Italian ones:

* **months** (:data:`MONTHS`, spliced into :mod:`skillgap.text.dates`): each month's name
  as a CV writes it, in the nominative ("marzec 2022"), the genitive ("od marca 2022") and
  short ("wrz 2021"), with and without its diacritics ("wrzesień", "wrzesien");
* **ongoing** (:data:`ONGOING`): "obecnie", "do dziś", "do teraz", "nadal", "aktualnie";
* **headings** (:data:`HEADINGS`, spliced into :data:`skillgap.text.sections.KINDS`):
  "Doświadczenie zawodowe" (jobs), "Wykształcenie", "Edukacja" (education), "Umiejętności",
  "Kompetencje" (skills), "Certyfikaty", "Kursy i szkolenia", "Publikacje", "Projekty",
  "Języki obce", "Wolontariat", "Zainteresowania", "Profil zawodowy", "O mnie" (summary),
  "Dane kontaktowe"; and a posting's "Wymagania", "Czego oczekujemy" (required), "Mile
  widziane" (nice), "Obowiązki", "Zakres obowiązków" (duties), "Oferujemy", "O nas";
* **leave** (:data:`LEAVE`): "Urlop macierzyński", "urlop rodzicielski", "urlop
  wychowawczy", "urlop bezpłatny", taken off the job that holds it as any leave is.
"""

from __future__ import annotations

from typing import Final

#: A month's names, January first: nominative, genitive, short, each with and without
#: its diacritics ("marzec" and "mar", "maj" are already other languages' words too).
MONTHS: Final = (
    "styczeń styczen stycznia sty",
    "luty lutego lut",
    "marzec marca",
    "kwiecień kwiecien kwietnia kwi",
    "maja",
    "czerwiec czerwca cze",
    "lipiec lipca lip",
    "sierpień sierpien sierpnia sie",
    "wrzesień wrzesien września wrzesnia wrz",
    "październik pazdziernik października pazdziernika paź",
    "listopad listopada lis",
    "grudzień grudzien grudnia gru",
)

#: "To now" after a range's dash: "marzec 2022 – obecnie", "03.2022 – do dziś".
ONGOING: Final = (
    r"obecnie|aktualnie|nadal|(?:do\s+)?(?:dziś|dzis|dzisiaj|teraz)|do\s+chwili\s+obecnej"
)

#: Heading words to a section kind, as :data:`skillgap.text.sections.KINDS` holds them (the
#: first that matches wins, so volunteering and languages come before the jobs and skills
#: words their headings share).
HEADINGS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # a posting's: "Mile widziane", "Dodatkowym atutem będzie" (nice); "Wymagania",
    # "Nasze wymagania", "Czego oczekujemy", "Kogo szukamy" (required)
    ("nice", ("mile widzian", "atutem", "dodatkowe atuty")),
    ("required", ("wymagania", "czego oczekujemy", "oczekujemy", "kogo szukamy")),
    ("duties", ("obowiązki", "zakres obowiązków", "twoje zadania", "czym będziesz")),
    ("benefits", ("oferujemy", "co oferujemy")),
    ("about", ("o nas", "o firmie")),
    ("volunteering", ("wolontariat",)),
    ("languages", ("języki obce", "znajomość języków", "języki")),
    ("experience", ("doświadczenie zawodowe", "doświadczenie", "historia zatrudnienia")),
    ("education", ("wykształcenie", "edukacja")),
    ("skills", ("umiejętności", "kompetencje", "umiejętności techniczne")),
    ("certifications", ("certyfikaty", "kursy i szkolenia", "szkolenia")),
    ("publications", ("publikacje",)),
    ("projects", ("projekty",)),
    ("interests", ("zainteresowania",)),
    ("summary", ("profil zawodowy", "o mnie", "podsumowanie")),
    ("contact", ("dane kontaktowe", "kontakt", "dane osobowe")),
)

#: A leave's words: "Urlop macierzyński", "urlop rodzicielski", "urlop wychowawczy".
LEAVE: Final = (
    r"urlop(?:\s+(?:macierzyński|macierzynski|rodzicielski|wychowawczy|ojcowski|"
    r"bezpłatny|bezplatny))?"
)

#: A title's words for data and research work: "Analityk danych", "Analityczka", "Badacz".
CORE_WORK: Final = r"anality(?:k|czk)\w*|danych|badacz\w*|badaczk\w*"
#: A title's words for engineering and software work: "Programista Python", "Inżynier danych".
RELATED_WORK: Final = r"programist\w*|in[żz]ynier\w*|informatyk\w*|deweloper\w*|tester\w*"
#: Trades that are not data or engineering work, whatever their subject: "Kelnerka",
#: "Sprzedawca", "Nauczycielka matematyki".
OTHER_WORK: Final = (
    r"kelner\w*|sprzedaw\w*|kasjer\w*|nauczyciel\w*|piel[ęe]gniar\w*|kierowc\w*|kuchar\w*"
)
