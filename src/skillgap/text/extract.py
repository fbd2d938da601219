"""``skillgap extract``: a document's skills, section by section, as a report model."""

from __future__ import annotations

from skillgap.catalog.index import CatalogIndex
from skillgap.models.result import CatalogInfo
from skillgap.models.text import ExtractReport, SkillCount, SkillMention
from skillgap.text.match import Found, Matcher
from skillgap.text.read import TextDocument
from skillgap.text.sections import NOT_SKILLS, Section, split


def found_by_section(
    document: TextDocument, catalog: CatalogIndex
) -> list[tuple[Section, list[Found]]]:
    """Each section of the document with the skills it names (perks and hobbies left out)."""
    matcher = Matcher(catalog)
    matcher.learn_names(document.lines)
    return [
        (section, matcher.find(section.lines))
        for section in split(document.lines)
        if section.kind not in NOT_SKILLS
    ]


def extract_report(document: TextDocument, catalog: CatalogIndex) -> ExtractReport:
    """Every skill the document names, where, and the sentence: what ``extract`` prints."""
    mentions: list[SkillMention] = []
    counts: dict[str, list[int]] = {}
    for section, found in found_by_section(document, catalog):
        for f in found:
            mentions.append(
                SkillMention(
                    id=f.id,
                    name=f.name,
                    text=f.text,
                    line=f.line,
                    column=f.column,
                    sentence=f.sentence,
                    section=section.heading,
                )
            )
            counts.setdefault(f.id, [0, f.line])[0] += 1
    info = catalog.catalog
    return ExtractReport(
        source=document.source,
        kind=document.kind,
        sha256=document.sha256,
        catalog=CatalogInfo(version=info.version, date=info.date)
        if info.version is not None or info.date is not None
        else None,
        skills=mentions,
        found=[
            SkillCount(id=k, name=catalog.skill_name(k), count=n, first_line=first)
            for k, (n, first) in counts.items()
        ],
    )
