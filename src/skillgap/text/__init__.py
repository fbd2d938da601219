"""Free text in: postings and CVs (.txt, .md, .pdf, .docx) read into lines, and skills found.

``read`` (files to lines with positions), ``rules`` (the context rules for ambiguous
names), ``match`` (the one matcher over the catalog's names), ``sections`` (headings and
sentences), ``posting`` (a posting to a draft role), ``cv`` (a CV to a draft profile's
contents), ``dates`` (date ranges and months).
"""
